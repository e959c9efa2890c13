import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './fixtures/cli-harness';
import { PROJECT_ROOT } from '../node-adapters/index';

const SCENARIO = path.join(PROJECT_ROOT, 'scenarios/salisbury-style');
const STACK_FRAME = /^\s+at .+\(.*:\d+:\d+\)|node:internal/m;

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-report-'));

describe('cli report', { timeout: 120_000 }, () => {
  it('reproduces the metrics and summary a run wrote, byte for byte, from the journal alone', async () => {
    const run = tempDir();
    expect((await cli('run', SCENARIO, '--policy', 'late', '--seed', '2', '--out', run)).code).toBe(0);
    const metrics = JSON.parse(readFileSync(path.join(run, 'metrics.json'), 'utf8'));
    expect(metrics.expectedActions.contingenciesReleased).toBeGreaterThan(0);
    expect(metrics.expectedActions.byStatus.missed).toBeGreaterThan(0);
    const report = tempDir();
    const result = await cli('report', path.join(run, 'events.jsonl'), '--out', report);
    expect(result.code).toBe(0);
    for (const file of ['metrics.json', 'summary.md']) {
      expect(readFileSync(path.join(report, file)), file).toEqual(readFileSync(path.join(run, file)));
    }
  });

  it('reports a journal cut mid-line as torn, and still reports on the events before it', async () => {
    const run = tempDir();
    await cli('run', SCENARIO, '--policy', 'doctrine', '--seed', '1', '--out', run);
    const journal = readFileSync(path.join(run, 'events.jsonl'));
    const cutAt = journal.indexOf('\n', Math.floor(journal.length * 0.6)) + 40;
    const cut = path.join(tempDir(), 'events.jsonl');
    writeFileSync(cut, journal.subarray(0, cutAt));
    const result = await cli('report', cut);
    expect(result.code).toBe(0);
    expect(result.all).toMatch(
      /events\.jsonl:\d+: the last line is torn \(a crash mid-write\); the \d+ events before it are used/,
    );
    const metrics = JSON.parse(readFileSync(path.join(path.dirname(cut), 'metrics.json'), 'utf8'));
    const kept = journal.subarray(0, cutAt).toString('utf8').split('\n').length - 1;
    expect(metrics.exercise.events).toBe(kept);
  });

  it('refuses a journal whose embedded scenario was changed, naming the file, the field and the reason', async () => {
    const journal = readFileSync(
      path.join(PROJECT_ROOT, 'test/fixtures/journals/hand-played-combined-v2/events.jsonl'),
      'utf8',
    );
    const [first = '', ...rest] = journal.split('\n');
    /** The journal with its first line's scenario edited, re-hashed or not, its parsed copy dropped. */
    const edited = (from: string, to: string, rehash: boolean) => {
      const created = JSON.parse(first) as {
        payload: { content: { scenario: { source: { text: string }; hash: string; document?: unknown } } };
      };
      const scenario = created.payload.content.scenario;
      if (!scenario.source.text.includes(from)) throw new Error(`the fixture has no "${from}"`);
      scenario.source.text = scenario.source.text.replace(from, to);
      if (rehash) scenario.hash = createHash('sha256').update(scenario.source.text).digest('hex');
      delete scenario.document;
      const file = path.join(tempDir(), 'events.jsonl');
      writeFileSync(file, [JSON.stringify(created), ...rest].join('\n'));
      return file;
    };

    const textChanged = edited('kind: scenario', 'kind: scenario\n# edited', false);
    const byText = await cli('report', textChanged);
    expect(byText.code).toBe(1);
    expect(byText.all).toContain(
      `${textChanged}: line 1: the documents it embeds are refused: exercise.created, field "payload.content.scenario.hash": the embedded scenario scenarios/combined-hybrid-campaign/scenario.yaml does not match its hash`,
    );
    expect(byText.all).not.toMatch(STACK_FRAME);

    const schemaBroken = edited('kind: scenario', 'kind: scenario\nweather: stormy', true);
    const bySchema = await cli('report', schemaBroken);
    expect(bySchema.code).toBe(1);
    expect(bySchema.all).toMatch(
      /line 1: the documents it embeds are refused: exercise\.created, field "payload\.content\.scenario\.source": an embedded document does not load: scenarios\/combined-hybrid-campaign\/scenario\.yaml:\d+:1: unknown field "weather"/,
    );
  });

  it.each([
    ['a text file', 'hello\n', /not a journal: line 1: /],
    ['random bytes', Buffer.from([0xff, 0xfe, 0x00, 0x41]), /not a journal: byte 1 is not UTF-8 text/],
    ['an empty file', '', /not a journal: it holds no events/],
    [
      'a log that does not begin with exercise.created',
      `${JSON.stringify({ v: 1, seq: 1, exerciseId: 'x', type: 'clock.paused', scenarioMs: 0, wallMs: 0, commandId: null, actor: null, marking: null, audience: [], payload: {} })}\n`,
      /does not begin with exercise\.created/,
    ],
  ])('exits 1 with a clear message for %s, never a stack trace', async (_name, content, message) => {
    const file = path.join(tempDir(), 'events.jsonl');
    writeFileSync(file, content);
    const result = await cli('report', file);
    expect(result.code).toBe(1);
    expect(result.all).toMatch(message);
    expect(result.all).not.toMatch(STACK_FRAME);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli('report')).code).toBe(2);
    expect((await cli('report', 'missing.jsonl')).code).toBe(2);
    expect((await cli('report', 'a', '--shout')).code).toBe(2);
  });
});
