// `report` on journals written here: a short exercise of the mini fixture played into a journal file.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import {
  canonicalJson,
  COMPARED_GROUPS,
  compareRuns,
  COMPARISON_SCHEMA_VERSION,
  computeMetrics,
  contentOfCreated,
  decodeJournal,
  ExerciseReadModels,
  STAGES,
  type ComparedFigure,
  type ExerciseMetrics,
  type MetricsComparison,
} from '../core/index';
import { JournalEventStore, PROJECT_ROOT } from '../node-adapters/index';
import { REPORT_HELP, runReport } from './report-command';
import { runRun } from './run-command';

async function report(...args: string[]) {
  const out: string[] = [];
  const code = await runReport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

/**
 * A journal file of the mini exercise (the rapid alert at T+2h unless told otherwise), and the metrics the
 * engine that wrote it computes in memory.
 */
async function playedJournal(alertAtMs = 2 * HOUR) {
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-report-'));
  const file = path.join(folder, 'events.jsonl');
  const { store } = await JournalEventStore.open(file, 'mini-1');
  const h = await Harness.create(undefined, store);
  await h.startAtMaxSpeed();
  await h.jumpTo(alertAtMs);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  await h.send('exercise/end');
  await store.close();
  return {
    folder,
    file,
    metrics: computeMetrics(h.engine.events, h.engine.content),
    events: h.engine.events.length,
  };
}

describe('runReport', () => {
  it('prints its help', async () => {
    expect(await report('--help')).toEqual({ code: 0, out: [REPORT_HELP] });
  });

  it('writes the metrics the engine computed, and a summary, from the journal alone', async () => {
    const played = await playedJournal();
    const out = path.join(played.folder, 'report');
    const { code, out: lines } = await report(played.file, '--out', out);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(played.metrics)),
    );
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toMatch(/^# Mini scenario\n/);
    expect(lines).toEqual([
      `Mini scenario: ${played.events} events, T+2h`,
      '  expected actions met 1 of 2 released, missed 0; contingencies 0; EU↔NATO exchanges 0',
      `  wrote ${path.join(out, 'metrics.json')} and ${path.join(out, 'summary.md')}`,
    ]);
  });

  it('writes beside the journal by default', async () => {
    const played = await playedJournal();
    await report(played.file);
    expect(JSON.parse(readFileSync(path.join(played.folder, 'metrics.json'), 'utf8')).exercise.events).toBe(
      played.events,
    );
  });

  it('uses the events before a torn last line, and says so', async () => {
    const played = await playedJournal();
    appendFileSync(played.file, '{"v":1,"seq":');
    const { code, out } = await report(played.file);
    expect(code).toBe(0);
    expect(out[0]).toBe(
      `${played.file}:${played.events + 1}: the last line is torn (a crash mid-write); the ${played.events} events before it are used`,
    );
  });

  it('calls a journal cut inside its first line torn, as anywhere else, with exit 1: nothing to report', async () => {
    const { file } = await playedJournal();
    const first = readFileSync(file).subarray(0, 200);
    // Cut inside a character as well as between two: a crash can stop a write at any byte.
    for (const cut of [first, Buffer.concat([first.subarray(0, 30), Buffer.from([0xc3])])]) {
      writeFileSync(file, cut);
      const { code, out } = await report(file);
      expect(code).toBe(1);
      expect(out).toEqual([
        `${file}:1: the last line is torn (a crash mid-write); there are no events before it to report on`,
      ]);
    }
  });

  it('refuses a line over 64 MB with exit 1, naming the file, the line and the bound', async () => {
    const { file } = await playedJournal();
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${lines[0]}\n${lines[1]}\n${'x'.repeat(64 * 1024 * 1024 + 1)}\n`);
    const { code, out } = await report(file);
    expect(code).toBe(1);
    expect(out[0]).toBe(
      `${file}:3: the line is longer than 64 MB, the longest a journal line may be; the 2 events before it are used`,
    );
  });

  it('refuses a file that is not a journal, with exit 1', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-report-')), 'notes.jsonl');
    writeFileSync(file, 'not json at all\n');
    const { code, out } = await report(file);
    expect(code).toBe(1);
    expect(out).toEqual([
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a journal: line 1: `),
      ),
    ]);
  });

  it.each([
    [[], 'report: name exactly one journal (events.jsonl)'],
    [['a.jsonl', 'b.jsonl'], 'report: name exactly one journal (events.jsonl)'],
    [['no/such/events.jsonl'], 'report: no such file: no/such/events.jsonl'],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(report(...args)).rejects.toThrow(message);
  });

  it('never replaces a complete run’s figures with those of a journal damaged before its end', async () => {
    const { folder, file } = await playedJournal();
    writeFileSync(path.join(folder, 'metrics.json'), 'the complete run’s metrics');
    writeFileSync(path.join(folder, 'summary.md'), 'the complete run’s summary');
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(4);
    lines[2] = '{"not": "an event"}';
    writeFileSync(file, lines.join('\n'));

    const { code, out } = await report(file);
    expect(code).toBe(1);
    expect(out[0]).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: .*; the 2 events before it are used$`),
    );
    expect(readFileSync(path.join(folder, 'metrics.json'), 'utf8')).toBe('the complete run’s metrics');
    expect(readFileSync(path.join(folder, 'summary.md'), 'utf8')).toBe('the complete run’s summary');
    expect(JSON.parse(readFileSync(path.join(folder, 'metrics.partial.json'), 'utf8')).exercise.events).toBe(
      2,
    );
    expect(out.at(-1)).toContain(
      `${path.join(folder, 'metrics.partial.json')} and ${path.join(folder, 'summary.partial.md')}`,
    );
  });

  it('never writes over the journal it reads', async () => {
    const { folder, file } = await playedJournal();
    const renamed = path.join(folder, 'metrics.json');
    writeFileSync(renamed, readFileSync(file));
    await expect(report(renamed)).rejects.toThrow('is the input');
    expect(readFileSync(renamed)).toEqual(readFileSync(file));
  });
});

/** The read models of a journal file, read apart from `report`: the whole text decoded at once. */
function modelsOfFile(file: string): ExerciseReadModels {
  const { events } = decodeJournal(readFileSync(file, 'utf8'), { trusted: false });
  return ExerciseReadModels.of(events, contentOfCreated(events[0]!));
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('runReport --compare on two runs of a bundled scenario', () => {
  // Salisbury-style played by the doctrine and the late policies, each with `run` into a folder of its own.
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-compare-'));
  const doctrine = path.join(folder, 'doctrine', 'events.jsonl');
  const late = path.join(folder, 'late', 'events.jsonl');
  beforeAll(async () => {
    const scenario = path.join(PROJECT_ROOT, 'scenarios', 'salisbury-style');
    const quiet = { out: () => undefined, err: () => undefined };
    for (const policy of ['doctrine', 'late'])
      expect(await runRun([scenario, '--policy', policy, '--out', path.join(folder, policy)], quiet)).toBe(0);
  }, 60_000);

  it('writes the report and comparison.json and comparison.md, and says how many figures differ', async () => {
    const out = path.join(folder, 'report');
    const { code, out: lines } = await report(doctrine, '--compare', late, '--out', out);
    expect(code).toBe(0);
    const expected = compareRuns(modelsOfFile(doctrine), modelsOfFile(late));
    // The file is the comparison's canonical JSON, byte for byte.
    expect(readFileSync(path.join(out, 'comparison.json'), 'utf8')).toBe(`${canonicalJson(expected, 2)}\n`);
    const written = readJson<MetricsComparison>(path.join(out, 'comparison.json'));
    expect(written.schemaVersion).toBe(COMPARISON_SCHEMA_VERSION);
    expect(written.figures.length).toBeGreaterThan(50);
    expect(written.differing).toBeGreaterThan(0);
    expect(written.b).toMatchObject({ exerciseId: 'salisbury-style-late-seed1' });
    expect(readFileSync(path.join(out, 'comparison.md'), 'utf8')).toMatch(/^# Comparison: Caddersby/);
    expect(readJson<ExerciseMetrics>(path.join(out, 'metrics.json')).exercise.exerciseId).toBe(
      'salisbury-style-doctrine-seed1',
    );
    expect(lines.at(-1)).toBe(
      `  compared with ${written.b.name} (salisbury-style-late-seed1): ${written.differing} of ${written.figures.length} figures differ; wrote ${path.join(out, 'comparison.json')} and ${path.join(out, 'comparison.md')}`,
    );
  });

  it('gives the stage differences the two runs’ own metrics.json files give', async () => {
    const out = path.join(folder, 'stages');
    await report(doctrine, '--compare', late, '--out', out);
    const figures = new Map(
      readJson<MetricsComparison>(path.join(out, 'comparison.json')).figures.map((item) => [item.key, item]),
    );
    // Each run's metrics.json as `run` wrote it beside its journal.
    const [a, b] = [doctrine, late].map((file) =>
      readJson<ExerciseMetrics>(path.join(path.dirname(file), 'metrics.json')),
    ) as [ExerciseMetrics, ExerciseMetrics];
    let bothTimed = 0;
    for (const stage of STAGES) {
      const [spanA, spanB] = [a.stages.total[stage], b.stages.total[stage]];
      const item = figures.get(`stage:all:${stage}`) as ComparedFigure;
      expect([item.a, item.b]).toEqual([spanA?.scenarioMs ?? null, spanB?.scenarioMs ?? null]);
      if (spanA && spanB) {
        bothTimed += 1;
        expect(item.difference).toBe(spanA.scenarioMs - spanB.scenarioMs);
      } else expect(item.difference).toBeNull();
    }
    expect(bothTimed).toBeGreaterThan(0);
    const hit = figures.get('expected:hitRate') as ComparedFigure;
    expect(hit.difference).toBe((a.expectedActions.hitRate ?? 0) - (b.expectedActions.hitRate ?? 0));
    // The doctrine run met more expected actions than the late one (62 against 34).
    expect(hit.verdict).toBe('better');
    const groups = [...new Set([...figures.values()].map((item) => item.group))];
    expect(groups).toEqual(COMPARED_GROUPS.filter((group) => groups.includes(group)));
  });

  it('refuses runs of two scenarios with exit 1, naming both files, and writes nothing', async () => {
    const mini = await playedJournal();
    const { code, out } = await report(mini.file, '--compare', late);
    expect(code).toBe(1);
    expect(out).toEqual([
      `${mini.file}, ${late}: exercise mini-1 plays scenario mini-scenario and exercise salisbury-style-late-seed1 plays salisbury-style: only runs of the same scenario can be compared`,
    ]);
    for (const name of ['metrics.json', 'comparison.json', 'comparison.md'])
      expect(existsSync(path.join(mini.folder, name))).toBe(false);
  });
});

describe('runReport --compare', () => {
  it('compares two journals of the mini exercise, figures as compareRuns gives them', async () => {
    const [a, b] = [await playedJournal(), await playedJournal(4 * HOUR)];
    const { code, out } = await report(a.file, '--compare', b.file);
    expect(code).toBe(0);
    // The rapid alert at T+2h against T+4h: T_notify, in total and for the crisis mechanism, 2h shorter.
    const written = readJson<MetricsComparison>(path.join(a.folder, 'comparison.json'));
    expect(written.figures).toEqual(
      JSON.parse(JSON.stringify(compareRuns(modelsOfFile(a.file), modelsOfFile(b.file)).figures)),
    );
    expect(written.figures.find((item) => item.key === 'stage:all:notify')).toMatchObject({
      a: 2 * HOUR,
      b: 4 * HOUR,
      difference: -2 * HOUR,
      verdict: 'better',
    });
    expect(out.at(-1)).toMatch(/^ {2}compared with Mini \(mini-1\): \d+ of \d+ figures differ; wrote /);
  });

  it('refuses a journal to compare with that is not one, with exit 1 naming it, and writes nothing', async () => {
    const a = await playedJournal();
    const other = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-report-')), 'notes.jsonl');
    writeFileSync(other, 'not json at all\n');
    const { code, out } = await report(a.file, '--compare', other);
    expect(code).toBe(1);
    expect(out).toEqual([expect.stringMatching(/: not a journal: line 1: /)]);
    expect(out[0]!.startsWith(`${other}: `)).toBe(true);
    expect(existsSync(path.join(a.folder, 'metrics.json'))).toBe(false);
  });

  it('compares with the events before damage in the other journal, as a partial comparison', async () => {
    const [a, b] = [await playedJournal(), await playedJournal(4 * HOUR)];
    const text = readFileSync(b.file, 'utf8').split('\n');
    text[2] = '{"not": "an event"}';
    writeFileSync(b.file, text.join('\n'));
    const { code, out } = await report(a.file, '--compare', b.file);
    expect(code).toBe(1);
    expect(out[0]!.startsWith(`${b.file}:3: `)).toBe(true);
    expect(out[0]).toMatch(/; the 2 events before it are used$/);
    // This journal is whole: its own figures are complete; the comparison is of the other's prefix.
    expect(existsSync(path.join(a.folder, 'metrics.json'))).toBe(true);
    expect(existsSync(path.join(a.folder, 'comparison.json'))).toBe(false);
    expect(readJson<MetricsComparison>(path.join(a.folder, 'comparison.partial.json')).b.events).toBe(2);
    expect(out.at(-1)).toContain(
      `wrote the comparison of the events before the damage to ${path.join(a.folder, 'comparison.partial.json')} and ${path.join(a.folder, 'comparison.partial.md')}`,
    );
  });

  it('never writes over the journal it compares with', async () => {
    const a = await playedJournal();
    const b = await playedJournal(4 * HOUR);
    const renamed = path.join(a.folder, 'comparison.json');
    writeFileSync(renamed, readFileSync(b.file));
    await expect(report(a.file, '--compare', renamed)).rejects.toThrow(
      `report: ${renamed} is the input ${renamed}; it is never overwritten, choose another file`,
    );
    expect(readFileSync(renamed)).toEqual(readFileSync(b.file));
  });

  it.each([
    [['a.jsonl', '--compare'], 'report: --compare needs a value'],
    [['a.jsonl', '--compare', '--out', 'x'], 'report: --compare needs a value'],
    [
      ['a.jsonl', '--compare', 'b.jsonl', '--compare', 'c.jsonl'],
      'report: --compare is given twice; give it once',
    ],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(report(...args)).rejects.toThrow(message);
  });

  it('refuses a journal to compare with that is not there', async () => {
    const a = await playedJournal();
    await expect(report(a.file, '--compare', 'no/such/events.jsonl')).rejects.toThrow(
      'report: no such file: no/such/events.jsonl',
    );
  });
});
