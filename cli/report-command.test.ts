// `report` on journals written here: a short exercise of the mini fixture played into a journal file.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import { computeMetrics } from '../core/index';
import { JournalEventStore } from '../node-adapters/index';
import { REPORT_HELP, runReport } from './report-command';

async function report(...args: string[]) {
  const out: string[] = [];
  const code = await runReport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

/** A journal file of the mini exercise, and the metrics the engine that wrote it computes in memory. */
async function playedJournal() {
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-report-'));
  const file = path.join(folder, 'events.jsonl');
  const { store } = await JournalEventStore.open(file, 'mini-1');
  const h = await Harness.create(undefined, store);
  await h.startAtMaxSpeed();
  await h.jumpTo(2 * HOUR);
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
