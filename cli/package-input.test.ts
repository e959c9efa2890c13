// `report` given an exercise package: proved, then read as the journal it carries, with the same figures as
// the journal itself (the fixture's expected-metrics.json); an altered package is refused naming its line.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { exerciseFiles } from '../station-server/data-folder';
import { packageExercise } from '../station-server/exercise-package';
import { EXIT } from './exit-codes';
import { journalInput } from './package-input';
import { runReport } from './report-command';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4');
const ID = 'pace-rehearsal-hand-played';

async function packageFile(): Promise<{ folder: string; file: string; text: string }> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'pbsim-cli-package-'));
  const files = exerciseFiles(dataFolder, ID);
  mkdirSync(files.folder, { recursive: true });
  copyFileSync(path.join(FIXTURE, 'events.jsonl'), files.journal);
  const made = await packageExercise(dataFolder, ID, { appVersion: '0.1.0' });
  const file = path.join(dataFolder, made.fileName);
  writeFileSync(file, made.text);
  return { folder: dataFolder, file, text: made.text };
}

async function report(...args: string[]) {
  const out: string[] = [];
  const code = await runReport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

describe('report on a package', () => {
  it('proves it, says by whose key, and reports the figures of the journal it carries', async () => {
    const { folder, file } = await packageFile();
    const out = path.join(folder, 'report');
    const { code, out: lines } = await report(file, '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(lines[0]).toMatch(
      /a package of "PACE rehearsal \(hand-played\)" \(pace-rehearsal-hand-played, .*\) whose 304 lines, chain and signature hold; signed by key [0-9a-f ]+,/,
    );
    expect(readFileSync(path.join(out, 'metrics.json'), 'utf8')).toBe(
      readFileSync(path.join(FIXTURE, 'expected-metrics.json'), 'utf8'),
    );
  });

  it('refuses an altered package, naming its first line at fault, and writes nothing', async () => {
    const { folder, file, text } = await packageFile();
    const lines = text.split('\n');
    lines[12] = lines[12]!.replace('"seq":12', '"seq":13');
    writeFileSync(file, lines.join('\n'));
    const out = path.join(folder, 'report');
    const { code, out: said } = await report(file, '--out', out);
    expect(code).toBe(EXIT.invalidInput);
    expect(said).toEqual([
      `${file}:13: not the line that was packaged there (edited, moved or removed); nothing was reported`,
    ]);
    expect(existsSync(path.join(out, 'metrics.json'))).toBe(false);
  });

  it('passes a plain journal through untouched', async () => {
    const journal = path.join(FIXTURE, 'events.jsonl');
    const input = await journalInput(journal);
    expect(input).toMatchObject({ kind: 'journal', file: journal, note: null });
  });
});
