// `report --format csv|xlsx` (issue 24): the data exports of a journal, read back with the libraries a reader
// would use; formula-like text neutralised; nothing written for a journal damaged before its end.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import { JournalEventStore } from '../node-adapters/index';
import { runReport } from './report-command';
import { isReportFormat, REPORT_FORMATS } from './report-exports';

async function report(...args: string[]) {
  const out: string[] = [];
  const code = await runReport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

/** The mini exercise: ms-a's rapid alert at T+2h with a rationale that starts like a formula, then ENDEX. */
async function playedJournal() {
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-exports-'));
  const file = path.join(folder, 'events.jsonl');
  const { store } = await JournalEventStore.open(file, 'mini-1');
  const h = await Harness.create(undefined, store);
  await h.startAtMaxSpeed();
  await h.jumpTo(2 * HOUR);
  await h.send(
    'decision/take',
    { machine: 'crisis', event: 'RAPID_ALERT', rationale: '=HYPERLINK("http://x")' },
    'ms-a',
  );
  await h.send('exercise/end');
  await store.close();
  const alert = h.eventsOf('decision.taken')[0]!;
  return { folder, file, events: h.log.length, alertSeq: alert.seq };
}

const TABLES = ['events', 'decisions', 'observations', 'ratings', 'metrics', 'improvement-plan'];

describe('report --format', () => {
  it('knows the formats it writes', () => {
    expect(REPORT_FORMATS).toEqual(['html', 'pdf', 'csv', 'xlsx', 'json']);
    expect(isReportFormat('csv')).toBe(true);
    expect(isReportFormat('docx')).toBe(false);
  });

  it('writes a CSV file per table instead of metrics.json, the formula-like rationale neutralised', async () => {
    const played = await playedJournal();
    const out = path.join(played.folder, 'csv');
    const { code, out: lines } = await report(played.file, '--format', 'csv', '--out', out);
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe(`  wrote ${TABLES.map((name) => path.join(out, `${name}.csv`)).join(', ')}`);
    expect(existsSync(path.join(out, 'metrics.json'))).toBe(false);
    const read = (name: string) =>
      Papa.parse<Record<string, string>>(readFileSync(path.join(out, `${name}.csv`), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
    expect(read('events')).toHaveLength(played.events);
    expect(read('decisions')).toEqual([
      expect.objectContaining({
        seq: String(played.alertSeq),
        scenarioMs: String(2 * HOUR),
        role: 'ms-a',
        machine: 'crisis',
        event: 'RAPID_ALERT',
        rationale: `'=HYPERLINK("http://x")`,
      }),
    ]);
  });

  it('writes one workbook with a sheet per table, text cells never formulas', async () => {
    const played = await playedJournal();
    const out = path.join(played.folder, 'xlsx');
    expect((await report(played.file, '--format', 'xlsx', '--out', out)).code).toBe(0);
    const book = XLSX.read(readFileSync(path.join(out, 'report.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toEqual([
      'events',
      'decisions',
      'observations',
      'ratings',
      'metrics',
      'improvement plan',
    ]);
    const decisions = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['decisions']!, {
      header: 1,
      raw: true,
    });
    const header = decisions[0] as string[];
    const rationale = (decisions[1] as unknown[])[header.indexOf('rationale')];
    expect(rationale).toBe(`'=HYPERLINK("http://x")`);
    const cell = Object.values(book.Sheets['decisions']!).find(
      (value) => typeof value === 'object' && value !== null && (value as { v?: unknown }).v === rationale,
    ) as XLSX.CellObject;
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
  });

  it('writes the report model as JSON, with the marking the exercise was created with', async () => {
    const played = await playedJournal();
    const out = path.join(played.folder, 'json');
    expect((await report(played.file, '--format', 'json', '--out', out)).code).toBe(0);
    const model = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      schemaVersion: number;
      overview: { events: number; ended: boolean; marking: string; scenarioDurationMs: number };
      timeline: { kind: string; at: { seq: number; scenarioMs: number }; event?: string }[];
    };
    expect(model.schemaVersion).toBe(2);
    // The engine harness creates the mini exercise without a marking of its own: the default one.
    expect(model.overview).toMatchObject({ events: played.events, ended: true, marking: 'EXERCISE' });
    expect(model.overview.scenarioDurationMs).toBe(2 * HOUR);
    expect(model.timeline.filter((entry) => entry.kind === 'decision')).toEqual([
      expect.objectContaining({
        at: expect.objectContaining({ seq: played.alertSeq, scenarioMs: 2 * HOUR }),
        event: 'RAPID_ALERT',
        role: 'ms-a',
      }),
    ]);
  });

  it('refuses a format it does not write, and exports of a journal damaged before its end', async () => {
    const played = await playedJournal();
    await expect(report(played.file, '--format', 'docx')).rejects.toThrow(
      'report: --format must be one of html, pdf, csv, xlsx, json (got "docx")',
    );
    const lines = readFileSync(played.file, 'utf8').split('\n');
    lines[3] = '{ damaged';
    writeFileSync(played.file, lines.join('\n'));
    const out = path.join(played.folder, 'damaged');
    const { code, out: said } = await report(played.file, '--format', 'csv', '--out', out);
    expect(code).toBe(1);
    expect(said.at(-1)).toBe(
      `${played.file}: damaged before its end: --format exports are written only for a whole journal`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
