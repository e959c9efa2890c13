// The renderer's report module as the CLI loads it: inside the test runner directly (Vite already), and in a
// real CLI process (plain Node on the CLI bundle) through Vite's module loader, where the UI's catalogues and
// the style sheets read as text must arrive as they do in the app.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { startCli } from '../test/fixtures/cli-process';
import { loadReportRenderer } from './report-renderer';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl');

describe('loadReportRenderer', () => {
  it('gives the report’s HTML writer and the UI’s languages, once per process', async () => {
    const renderer = await loadReportRenderer();
    expect(renderer.reportLanguages).toEqual(['en', 'nl']);
    expect(typeof renderer.reportHtml).toBe('function');
    expect(await loadReportRenderer()).toBe(renderer);
  });

  it(
    'loads the document in a real CLI process, with its words and its style sheets',
    { timeout: 120_000 },
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'pbsim-renderer-'));
      const { done } = startCli(['report', FIXTURE, '--format', 'html', '--language', 'nl', '--out', out]);
      const result = await done;
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const html = readFileSync(path.join(out, 'report.html'), 'utf8');
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('<h1 id="report-title">Evaluatierapport en verbeterplan</h1>');
      const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
      // The report's sheet and the charts' sheet, both inlined.
      expect(style).toContain('.report-document {');
      expect(style).toContain('.chart-svg {');
    },
  );
});
