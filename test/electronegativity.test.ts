// Issue 21 §3: electronegativity (Doyensec's checker of Electron apps) over the shell's code, from `npm test`.
// It exits 0 whatever it finds, so its findings are read from the CSV it writes: no high or medium finding may
// stand without a written reason below. A scan of a fixture window made the unsafe way proves first that the
// tool runs here, offline, and finds what it should.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies['electron'] as string;
/** Three runs of a tool that first tries (and fails, offline) to fetch Electron's release list. */
const RUN_MS = 180_000;

/**
 * Findings that stand with a reason: `issue` and the file it is in, and why it is not a flaw of this app.
 * None so far; an entry must name a finding the scan still makes.
 */
const REASONED: { issue: string; file: string; reason: string }[] = [];

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
}

/** One CSV line of the tool's output: comma-separated, values quoted when they hold commas. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) =>
    (match[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
  );
}

const folder = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function scan(input: string): Promise<Finding[]> {
  const output = path.join(folder, `${path.basename(input)}.csv`);
  await promisify(execFile)(
    process.execPath,
    [CLI, '-i', input, '-o', output, '-r', '-e', ELECTRON_VERSION],
    {
      cwd: ROOT,
      timeout: RUN_MS,
    },
  );
  const [, ...lines] = readFileSync(output, 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const [issue = '', severity = '', confidence = '', file = '', location = ''] = csvFields(line);
    return { issue, severity, confidence, file, location };
  });
}

const serious = (findings: Finding[]) =>
  findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');

describe('electronegativity', () => {
  it(
    'finds the flaws of a window made the unsafe way (the tool runs here, offline)',
    async () => {
      const findings = serious(await scan(path.join(ROOT, 'test', 'fixtures', 'electronegativity')));
      expect(findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            issue: 'CONTEXT_ISOLATION_JS_CHECK',
            severity: 'HIGH',
            file: 'unsafe-window.js',
          }),
          expect.objectContaining({ issue: 'SANDBOX_JS_CHECK', file: 'unsafe-window.js' }),
          expect.objectContaining({ issue: 'WEB_SECURITY_JS_CHECK', file: 'unsafe-window.js' }),
          expect.objectContaining({ issue: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH' }),
        ]),
      );
    },
    RUN_MS,
  );

  it(
    'finds no high or medium flaw in the shell that has no written reason, and every reason names one it finds',
    async () => {
      const findings = await scan(path.join(ROOT, 'electron'));
      const reasoned = (finding: Finding) =>
        REASONED.some((entry) => entry.issue === finding.issue && entry.file === finding.file);
      expect(serious(findings).filter((finding) => !reasoned(finding))).toEqual([]);
      for (const entry of REASONED)
        expect(findings.some((finding) => finding.issue === entry.issue && finding.file === entry.file)).toBe(
          true,
        );
    },
    RUN_MS,
  );
});
