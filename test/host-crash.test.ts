// Durability of the exercise host (issue 15 §2), the short run: the host as `npm start` runs it, a console and
// four stations over its socket, four SIGKILLs at seeded-random moments, each followed by a restart on the same
// data folder and port. Every acknowledged command must be in the journal, once, with contiguous seqs, and the
// clock resumed after every restart without scenario time advancing across the gap. The full run (a hundred
// kills and more) is `npm run crash-test`, over the same module (test/fixtures/crash-run.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseEvent } from '../core/index';
import { auditCrashJournal, crashAuditFailures } from './fixtures/crash-audit';
import { crashRunFailures, runCrash } from './fixtures/crash-run';
import { logEvent } from './fixtures/log-event';

const KILLS = 4;
const SEED = 15;
/** Four restarts of a process that loads its TypeScript with tsx, on a loaded 2-core machine. */
const RUN_MS = 300_000;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the exercise host killed mid-write, over its socket', () => {
  it(
    'keeps every acknowledged command once, with contiguous seqs, and resumes the clock after each restart',
    async () => {
      const dataFolder = mkdtempSync(path.join(tmpdir(), 'host-crash-'));
      folders.push(dataFolder);
      const report = await runCrash({ kills: KILLS, seed: SEED, dataFolder });

      expect(report.kills).toHaveLength(KILLS);
      // Stations and the console were acknowledged between every two kills (each kill waits for more).
      expect(report.acknowledged).toBeGreaterThan(KILLS);
      expect(report.lost).toEqual([]);
      expect(report.duplicates).toEqual([]);
      expect(report.seqGaps).toEqual([]);
      expect(report.restartsRunning).toBe(KILLS);
      expect(report.resumedAfterRestart).toBe(KILLS);
      expect(report.resumesInJournal).toBe(KILLS);
      expect(report.timeAdvanced).toEqual([]);
      expect(crashRunFailures(report)).toEqual([]);
    },
    RUN_MS,
  );
});

describe('the crash audit', () => {
  const command = (event: ExerciseEvent, commandId: string): ExerciseEvent => ({ ...event, commandId });
  const speed = (seq: number, commandId: string) =>
    command(logEvent(seq, 'clock.speed-changed', { speed: 5 }), commandId);
  const resumed = (seq: number, scenarioMs: number, gapMs: number) =>
    logEvent(seq, 'clock.resumed', { gapMs, afterRestart: true }, { scenarioMs });
  const started = command(logEvent(1, 'exercise.started', {}), 'startex');

  it('passes a journal that kept everything, once, and resumed where the clock stood at the last sign of life', () => {
    // Killed after seq 3; the restarted host resumed at once, a wall second later (logEvent's spacing).
    const events = [started, speed(2, 'a'), speed(3, 'b'), resumed(4, 3 * 60_000, 1_000), speed(5, 'c')];
    const audit = auditCrashJournal(
      events,
      ['startex', 'a', 'b', 'c'],
      [{ kill: 1, lastSeq: 3, killedWallMs: started.wallMs + 2_500 }],
    );
    expect(audit).toMatchObject({ restartsRunning: 1, resumedAfterRestart: 1, resumesInJournal: 1 });
    expect(crashAuditFailures(audit)).toEqual([]);
  });

  it('names what was lost, applied twice, skipped, not resumed, or moved across a gap', () => {
    const events = [
      started,
      speed(2, 'a'),
      resumed(3, 3 * 60_000, 1_000),
      speed(4, 'b'),
      speed(5, 'a'),
      speed(7, 'c'),
      speed(8, 'd'),
    ];
    const audit = auditCrashJournal(
      events,
      ['startex', 'a', 'b', 'c', 'lost-one'],
      [
        { kill: 1, lastSeq: 2, killedWallMs: started.wallMs + 1_500 },
        { kill: 2, lastSeq: 7, killedWallMs: started.wallMs + 6_500 },
      ],
    );
    expect(crashAuditFailures(audit)).toEqual([
      'acknowledged, not in the journal: lost-one',
      'applied twice: a',
      'seq gap: after seq 5 comes 7',
      '1 of 2 restarts with the clock running were not followed by clock.resumed',
      'kill 1: resumed at scenario time 180000 ms, the clock read 120000 ms at the last sign of life',
    ]);
  });
});
