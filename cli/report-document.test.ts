// @vitest-environment jsdom
// `report --format html|pdf` (issue 24): the after-action report as a document, from a journal on disk. Its
// figures are checked against metrics.json written by `report` for the same journal, looked up by path in
// that file (an oracle apart from the report's own table); the PDF is read back with pdftotext. The HTML is
// parsed as a browser would (jsdom's DOMParser).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { findChromium } from './chromium-pdf';
import { EXIT } from './exit-codes';
import { runReport } from './report-command';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl');
const MARKING = 'EXERCISE EXERCISE EXERCISE';
const chromium = findChromium({ env: process.env }).found;

async function report(...args: string[]) {
  const out: string[] = [];
  const code = await runReport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

const folder = () => mkdtempSync(path.join(tmpdir(), 'pbsim-document-'));

/**
 * A figure of metrics.json by the path the annex names it with (`exercise.events`), read from the file as it
 * is: a list's entry by the id it holds (`acknowledgement.nac` is the entry whose role is nac; an organisation
 * pair `a->b` the edge from a to b), a list's `count` its length, and anything under a stage never reached
 * (null) none. Undefined where the path leads nowhere.
 */
function figureAt(metrics: unknown, figure: string): unknown {
  let here: unknown = metrics;
  for (const key of figure.split('.')) {
    if (here === null) return null;
    if (Array.isArray(here)) {
      if (key === 'count') {
        here = here.length;
        continue;
      }
      const [from, to] = key.split('->');
      const matches = (here as Record<string, unknown>[]).filter((entry) =>
        to !== undefined ? entry.fromOrg === from && entry.toOrg === to : Object.values(entry).includes(key),
      );
      if (matches.length === 0) return undefined;
      here = matches.length === 1 ? matches[0] : matches;
    } else if (here && typeof here === 'object' && key in here) {
      here = (here as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return here;
}

describe('report --format html', () => {
  it('writes one self-contained file whose figures are metrics.json’s', async () => {
    const out = folder();
    expect((await report(FIXTURE, '--out', out)).code).toBe(EXIT.ok);
    const metrics = JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8')) as unknown;
    const { code, out: lines } = await report(FIXTURE, '--format', 'html', '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(lines.at(-1)).toBe(`  wrote ${path.join(out, 'report.html')}`);
    const document = new DOMParser().parseFromString(
      readFileSync(path.join(out, 'report.html'), 'utf8'),
      'text/html',
    );
    expect(document.querySelector('h1')?.textContent).toBe('After-action report and improvement plan');
    expect(document.querySelectorAll('script, link, img')).toHaveLength(0);
    for (const element of document.querySelectorAll('[href], [src]'))
      expect(element.getAttribute('href') ?? element.getAttribute('src')).toMatch(/^#/);
    const rows = [...document.querySelectorAll('.report-annex tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
    );
    // Every figure of the annex found by its path in metrics.json has the same value there: all but a few
    // windows and the information-sharing rows, which metrics.json nests in ways this plain lookup does not
    // follow (core/report/metrics-table.test.ts checks those).
    let checked = 0;
    for (const [, figure = '', value] of rows) {
      const expected = figureAt(metrics, figure);
      if (expected === undefined) continue;
      expect(value, figure).toBe(expected === null ? 'none' : String(expected));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(rows.length * 0.85);
    const groups = new Set(
      rows.filter(([, figure = '']) => figureAt(metrics, figure) !== undefined).map(([group]) => group),
    );
    for (const group of [
      'exercise',
      'stages',
      'acknowledgement',
      'expectedActions',
      'exchange',
      'consistency',
    ])
      expect(groups, group).toContain(group);
    expect(figureAt(metrics, 'exercise.events')).toBe(304);
  });

  it('writes the report in Dutch when asked, and refuses a language it does not have', async () => {
    const out = folder();
    expect((await report(FIXTURE, '--format', 'html', '--language', 'nl', '--out', out)).code).toBe(EXIT.ok);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Evaluatierapport en verbeterplan');
    await expect(report(FIXTURE, '--format', 'html', '--language', 'xx')).rejects.toThrow(
      'report: --language must be one of en, nl (got "xx")',
    );
    await expect(report(FIXTURE, '--format', 'csv', '--language', 'nl')).rejects.toThrow(
      'report: --language and --chromium go with --format html or pdf',
    );
  });
});

describe('report --format pdf', () => {
  it.skipIf(chromium === null)(
    `prints the report with its sections, its figures and the marking on every page${chromium === null ? ' (skipped: no Chromium found)' : ''}`,
    { timeout: 180_000 },
    async () => {
      const out = folder();
      const { code } = await report(FIXTURE, '--format', 'pdf', '--out', out);
      expect(code).toBe(EXIT.ok);
      const pdf = path.join(out, 'report.pdf');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(10);
      // The marking heads every page; its foot holds the marking, the page number and the journal's head
      // after its last line — worked out here from the fixture's lines with Node's SHA-256 (issue 25).
      const sha = (text: string) => createHash('sha256').update(text).digest('hex');
      const head = readFileSync(FIXTURE, 'utf8')
        .trimEnd()
        .split('\n')
        .reduce((link, line) => sha(`${link}\n${line}`), sha('pbsim-journal\npace-rehearsal-hand-played'));
      for (const [index, page] of pages.entries()) {
        const lines = page.split('\n').filter((line) => line.trim() !== '');
        expect(lines[0]?.trim(), `page ${index + 1}`).toBe(MARKING);
        const foot = lines.slice(-4).join('\n');
        expect(foot, `page ${index + 1}`).toMatch(
          new RegExp(`${MARKING}[\\s\\S]*\\s${index + 1} ?/ ?${pages.length}\\n`),
        );
        expect(foot, `page ${index + 1}`).toContain('Journal head after event 304, unsigned:');
        expect(foot, `page ${index + 1}`).toMatch(
          new RegExp(`${head.slice(0, 32)}[\\s\\S]*${head.slice(32)}`),
        );
      }
      for (const heading of [
        'Exercise overview',
        'Objectives and analysis',
        'Timeline of key events and decisions',
        'Coordination analysis',
        'Legal clocks',
        'Improvement plan',
        'Annex: metrics',
      ])
        expect(text).toContain(heading);
      // The plan's first action and a figure of metrics.json (304 events, the fixture's line count).
      expect(text).toContain('CA-1');
      expect(text).toMatch(/exercise\.events\s+304/);
    },
  );

  it('writes nothing and says where it looked when the Chromium named is not there', async () => {
    const out = folder();
    const missing = path.join(out, 'no-chromium');
    const { code, out: lines } = await report(
      FIXTURE,
      '--format',
      'pdf',
      '--chromium',
      missing,
      '--out',
      out,
    );
    expect(code).toBe(EXIT.invalidInput);
    expect(lines.join('\n')).toContain(`Looked for: ${missing}.`);
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(false);
  });

  it('reports a Chromium that fails to print, and writes nothing', async () => {
    const out = folder();
    const failing = path.join(out, 'failing-chromium');
    writeFileSync(failing, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n', { mode: 0o755 });
    const { code, out: lines } = await report(
      FIXTURE,
      '--format',
      'pdf',
      '--chromium',
      failing,
      '--out',
      out,
    );
    expect(code).toBe(EXIT.invalidInput);
    expect(lines.at(-1)).toBe(
      `${FIXTURE}: the report was not printed: ${failing} exited with code 3:\ncannot open display`,
    );
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(false);
  });
});
