// Records made by earlier versions keep opening (test/fixtures/journals/README.md): every fixture journal is
// read as an untrusted file, replayed, reopened in an engine that carries on, and reported with the figures
// its expected-metrics.json records; the figures its own version wrote are checked where their definition
// has not changed since.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkedContentOfCreated,
  contentOfCreated,
  decodeJournal,
  ExerciseEngine,
  replay,
  type ExerciseMetrics,
} from '../core/index';
import { JournalEventStore, PROJECT_ROOT } from '../node-adapters/index';
import { runCli } from './fixtures/cli-harness';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const read = (folder: string, file: string) => readFileSync(path.join(FIXTURES, folder, file), 'utf8');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-fixture-'));

/** metrics.json as version 1 wrote it: expected actions by separate counts, exchanges of messages only. */
interface MetricsV1 extends Omit<ExerciseMetrics, 'schemaVersion' | 'expectedActions' | 'exchange'> {
  expectedActions: Record<'met' | 'markedMet' | 'missed' | 'markedUnmet' | 'open' | 'released', number>;
  exchange: { edges: { fromOrg: string; toOrg: string; messages: number; blocked: number }[] };
}

describe('fixture journals made by earlier versions', { timeout: 120_000 }, () => {
  it('are there to check', () => {
    expect(folders).toEqual(expect.arrayContaining(['doctrine-combined-v1', 'hand-played-combined-v1']));
  });

  describe.each(folders)('%s', (folder) => {
    const text = read(folder, 'events.jsonl');

    it('reads as a file from outside, every line and embedded document checked, and replays to an ended exercise', () => {
      const decoded = decodeJournal(text, { trusted: false });
      expect(decoded.problems).toEqual([]);
      expect(decoded.torn).toBeNull();
      expect(decoded.events).toHaveLength(text.split('\n').length - 1);
      // The parsed documents an earlier version embedded, migrated, are the ones its sources give today.
      const state = replay(decoded.events, checkedContentOfCreated(decoded.events[0]!));
      expect(state.clock.status).toBe('ended');
      expect(state.lastSeq).toBe(decoded.events.length);
    });

    it('reopens in an engine from its journal file, with the same state, and the log carries on', async () => {
      const folderCopy = tempDir();
      const file = path.join(folderCopy, 'events.jsonl');
      copyFileSync(path.join(FIXTURES, folder, 'events.jsonl'), file);
      const events = decodeJournal(text, { trusted: false }).events;
      const { store } = await JournalEventStore.open(file, events[0]!.exerciseId);
      try {
        const engine = await ExerciseEngine.open(store);
        expect(engine.state).toEqual(replay(events, contentOfCreated(events[0]!)));
        // After ENDEX only evaluation is recorded: a late observation is appended after the last event.
        const reply = await engine.execute(
          {
            commandId: 'after-reopening',
            type: 'observation/record',
            issuedBy: { role: 'lead-evaluator', station: 'test' },
            payload: { text: 'Read again by a later version.' },
          },
          engine.state.lastWallMs + 1000,
        );
        expect(reply).toEqual({ ok: true, commandId: 'after-reopening', seqs: [events.length + 1] });
      } finally {
        await store.close();
      }
    });

    it('reports the figures its expected-metrics.json records, and the same summary', async () => {
      const out = tempDir();
      const result = await runCli('report', path.join(FIXTURES, folder, 'events.jsonl'), '--out', out);
      expect(result.code, result.all).toBe(0);
      expect(readFileSync(path.join(out, 'metrics.json'), 'utf8')).toBe(
        read(folder, 'expected-metrics.json'),
      );
      expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toBe(read(folder, 'expected-summary.md'));
    });

    it('keeps every figure its own version wrote whose definition has not changed', () => {
      const written = JSON.parse(read(folder, 'metrics.json')) as MetricsV1 & { schemaVersion?: number };
      const now = JSON.parse(read(folder, 'expected-metrics.json')) as ExerciseMetrics;
      if (written.schemaVersion !== undefined) return; // made by a version that wrote today's format
      const { expectedActions: before, exchange: exchangedBefore, ...unchanged } = written;
      const { expectedActions: after, exchange: exchangedAfter, schemaVersion, ...current } = now;
      expect(schemaVersion).toBe(2);
      // Stages, windows, acknowledgement, information sharing, legal clocks, consistency, evaluation.
      expect(current).toEqual(unchanged);
      // Expected actions: the same counts, under the one status vocabulary.
      expect(after.byStatus).toEqual({
        open: before.open,
        met: before.met,
        missed: before.missed,
        'marked-met': before.markedMet,
        'marked-unmet': before.markedUnmet,
      });
      expect(after.released).toBe(before.released);
      // The exchange graph now also counts injects and link products: the messages and the blocked deliveries
      // between two organisations are what they were.
      for (const edge of exchangedBefore.edges) {
        const same = exchangedAfter.edges.find(
          (candidate) => candidate.fromOrg === edge.fromOrg && candidate.toOrg === edge.toOrg,
        );
        expect(same, `${edge.fromOrg} → ${edge.toOrg}`).toMatchObject({
          messages: edge.messages,
          blocked: edge.blocked,
        });
      }
    });
  });
});
