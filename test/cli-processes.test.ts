// The five commands as a careless or unlucky user meets them: real processes from the prebuilt bundle
// (test/global-setup-cli-bundle.ts). A user's mistake exits 1 or 2 — never 3, the code for our bugs — says
// so on stdout with nothing on stderr and no stack trace, and leaves every file the user had byte-identical.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { spawnCli, spawnCliIn, startCli, type CliProcessResult } from './fixtures/cli-process';

/** A small scenario on the bundled playbook: a run of it takes a second or two. */
const SMALL = path.join(PROJECT_ROOT, 'test/fixtures/eu-nato-scenario.yaml');
/** A bundled scenario whose run lasts long enough to be killed in the middle. */
const LONG = path.join(PROJECT_ROOT, 'scenarios/salisbury-style');
const STACK_LINE = /^\s+at /m;

const MSEL = [
  'Time,From,To,Message',
  'T+0,Port authority,presidency,An explosion at the port.',
  'T+1h,Hospital,presidency,Patients arrive with burns.',
].join('\n');

/** Every entry under `folder`: a file by its content's hash, a folder as such, a link by its target. */
function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const key = path.relative(folder, full);
      const info = lstatSync(full);
      if (info.isSymbolicLink()) entries[key] = `link → ${readlinkSync(full)}`;
      else if (info.isDirectory()) {
        entries[key] = 'folder';
        walk(full);
      } else entries[key] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(folder);
  return entries;
}

/** A user's folder: an MSEL, a scenario, notes, a subfolder, files they made, and a link to their scenario. */
function userFolder(): string {
  const home = mkdtempSync(path.join(tmpdir(), 'pbsim-user-'));
  writeFileSync(path.join(home, 'msel.csv'), MSEL);
  mkdirSync(path.join(home, 'exercise'));
  copyFileSync(SMALL, path.join(home, 'exercise', 'scenario.yaml'));
  symlinkSync(path.join(home, 'exercise', 'scenario.yaml'), path.join(home, 'scenario-link'));
  writeFileSync(path.join(home, 'notes.txt'), 'my notes\n');
  writeFileSync(path.join(home, 'mine.yaml'), 'my own scenario draft\n');
  writeFileSync(path.join(home, 'mine.csv'), 'my own sheet\n');
  writeFileSync(path.join(home, 'plain'), 'a file, not a folder\n');
  mkdirSync(path.join(home, 'sub'));
  writeFileSync(path.join(home, 'sub', 'keep.txt'), 'keep\n');
  return home;
}

function expectUserError(result: CliProcessResult, code: 1 | 2) {
  expect(result.status, result.stdout + result.stderr).toBe(code);
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toMatch(STACK_LINE);
  expect(result.stdout).toMatch(/\S/);
}

describe('the commands as real processes, on a user’s mistakes', { timeout: 180_000 }, () => {
  const home = userFolder();
  const journalDir = mkdtempSync(path.join(tmpdir(), 'pbsim-proc-journal-'));

  // [arguments (in the user's folder), exit code, what the output says]
  it.each([
    [
      ['import', 'msel.csv', '--out', 'msel.csv', '--force'],
      2,
      'is the input msel.csv; it is never overwritten',
    ],
    [['import', 'msel.csv', '--out', './msel.csv', '--force'], 2, 'it is never overwritten'],
    [['import', 'msel.csv', '--out', 'mine.yaml'], 2, 'mine.yaml already exists'],
    [['import', 'msel.csv', '--out', 'plain/x.yaml'], 1, 'a part of the path is a file, not a folder'],
    [['import', 'msel.csv', '--out', 'sub'], 1, 'cannot write sub: it is a directory'],
    [['import', 'sub', '--out', 'new.yaml'], 2, 'sub is a directory, not a file'],
    [['import', 'nothing.csv', '--out', 'new.yaml'], 2, 'no such file: nothing.csv'],
    [
      ['import', 'msel.csv', '--out', 'new.yaml', '--start', '2024-02-30T09:00'],
      2,
      'not a real date and time',
    ],
    [
      ['import', 'msel.csv', '--out', 'new.yaml', '--time-zone', 'Mars/Olympus'],
      2,
      '--time-zone "Mars/Olympus"',
    ],
    [['import', 'msel.csv', '--out', 'new.yaml', '--roles', 'Hospital=nobody'], 2, '--roles: "nobody"'],
    [
      ['import', 'msel.csv', '--out', 'new.yaml', '--id', 'Port Drill'],
      2,
      '--id "Port Drill" is not a scenario id',
    ],
    [['import', 'msel.csv', '--out', 'new.yaml', '--sheet', '2'], 2, '--sheet is for a workbook'],
    [['import', 'msel.csv', '--out', 'new.yaml', '--columns', '0=time'], 2, 'columns count from 1'],
    [['export', 'exercise', '--format', 'csv', '--out', 'm.xlsx'], 2, 'ends in .xlsx but --format is csv'],
    [['export', 'exercise', '--format', 'csv', '--out', 'mine.csv'], 2, 'mine.csv already exists'],
    [
      ['export', 'exercise', '--format', 'csv', '--out', 'scenario-link', '--force'],
      2,
      'it is never overwritten',
    ],
    [['export', 'exercise', '--format', 'csv', '--out', '/dev/full', '--force'], 1, 'not a regular file'],
    [['run', 'exercise', '--policy', 'doctrine', '--policy', 'late'], 2, '--policy is given twice'],
    [['run', 'exercise', '--policy', 'doctrine', '--out', 'plain'], 1, 'plain: it is a file, not a folder'],
    [['report', 'nothing.jsonl'], 2, 'no such file: nothing.jsonl'],
    [['report', 'sub'], 2, 'sub is a directory, not a file'],
    [['report', 'notes.txt'], 1, 'not a journal'],
  ] as const)('%j exits %i, saying "%s", and changes nothing', async (args, code, message) => {
    const before = snapshot(home);
    const result = await spawnCliIn(home, ...args);
    expectUserError(result, code);
    expect(result.stdout).toContain(message);
    expect(snapshot(home)).toEqual(before);
  });

  it('run --force replaces a run’s outputs and keeps the user’s notes and subfolders', async () => {
    const out = path.join(journalDir, 'run');
    mkdirSync(path.join(out, 'photos'), { recursive: true });
    writeFileSync(path.join(out, 'notes.txt'), 'observations\n');
    writeFileSync(path.join(out, 'photos', 'a.jpg'), 'jpg');
    const first = await spawnCli('run', SMALL, '--policy', 'doctrine', '--out', out);
    expect(first.status, first.stdout).toBe(0);
    const afterFirst = snapshot(out);
    expect(Object.keys(afterFirst)).toEqual(
      expect.arrayContaining(['events.jsonl', 'metrics.json', 'summary.md', 'notes.txt', 'photos/a.jpg']),
    );

    const refused = await spawnCli('run', SMALL, '--policy', 'doctrine', '--out', out);
    expectUserError(refused, 2);
    expect(refused.stdout).toContain('already exists');
    expect(snapshot(out)).toEqual(afterFirst);

    const forced = await spawnCli('run', SMALL, '--policy', 'doctrine', '--out', out, '--force');
    expect(forced.status, forced.stdout).toBe(0);
    // Same scenario, policy and seed: the same bytes again, and the user's files untouched.
    expect(snapshot(out)).toEqual(afterFirst);
  });

  it('report on a journal damaged mid-file keeps the complete run’s metrics and summary', async () => {
    const out = path.join(journalDir, 'damaged');
    expect((await spawnCli('run', SMALL, '--policy', 'doctrine', '--out', out)).status).toBe(0);
    const journal = path.join(out, 'events.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(6);
    lines[4] = '{"this is": "not an event"}';
    writeFileSync(journal, lines.join('\n'));
    const before = snapshot(out);

    const result = await spawnCli('report', journal);
    expectUserError(result, 1);
    expect(result.stdout).toContain(`${journal}:5: `);
    expect(result.stdout).toContain(
      `${path.join(out, 'metrics.json')} and summary.md, the figures of a complete journal, are left as they are`,
    );
    const after = snapshot(out);
    for (const file of ['events.jsonl', 'metrics.json', 'summary.md'])
      expect(after[file], file).toBe(before[file]);
    const partial = JSON.parse(readFileSync(path.join(out, 'metrics.partial.json'), 'utf8'));
    expect(partial.exercise.events).toBe(4);
    expect(readFileSync(path.join(out, 'summary.partial.md'), 'utf8')).toMatch(/^# /);
  });

  it('a run killed with SIGKILL leaves a journal report reads, and the user’s files as they were', async () => {
    const out = path.join(journalDir, 'killed');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notes.txt'), 'before the run\n');
    const journal = path.join(out, 'events.jsonl');
    const run = startCli(['run', LONG, '--policy', 'doctrine', '--out', out]);
    // Killed as soon as the journal holds its first complete line: the run has thousands more to write.
    for (;;) {
      const size = (await stat(journal).catch(() => null))?.size ?? 0;
      if (size > 0 && readFileSync(journal, 'utf8').includes('\n')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('before the run\n');
    expect(readdirSync(out)).not.toContain('metrics.json');

    const text = readFileSync(journal, 'utf8');
    const complete = text.split('\n').length - 1;
    const report = await spawnCli('report', journal);
    expect(report.stderr).toBe('');
    expect(report.stdout).not.toMatch(STACK_LINE);
    expect(report.status, report.stdout).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8')).exercise.events).toBe(complete);
    if (!text.endsWith('\n')) expect(report.stdout).toContain('the last line is torn');
  });

  it('a journal’s bytes do not depend on the folder run is started from', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pbsim-cwd-'));
    const relative = path.relative(PROJECT_ROOT, SMALL);
    const fromRoot = path.join(journalDir, 'from-root');
    const fromElsewhere = path.join(journalDir, 'from-elsewhere');
    const [one, two] = await Promise.all([
      spawnCliIn(PROJECT_ROOT, 'run', relative, '--policy', 'random', '--seed', '3', '--out', fromRoot),
      spawnCliIn(elsewhere, 'run', SMALL, '--policy', 'random', '--seed', '3', '--out', fromElsewhere),
    ]);
    expect([one.status, two.status]).toEqual([0, 0]);
    const bytes = readFileSync(path.join(fromRoot, 'events.jsonl'));
    expect(readFileSync(path.join(fromElsewhere, 'events.jsonl'))).toEqual(bytes);
    // The path recorded is the one from the project root, as journals of bundled scenarios always had.
    expect(bytes.toString('utf8').split('\n')[0]).toContain('"path":"test/fixtures/eu-nato-scenario.yaml"');

    // A scenario outside the project, named from two folders: its folder's name and its name.
    const [three, four] = await Promise.all([
      spawnCliIn(
        home,
        'run',
        'exercise',
        '--policy',
        'random',
        '--seed',
        '3',
        '--out',
        path.join(journalDir, 'a'),
      ),
      spawnCliIn(
        path.join(home, 'sub'),
        'run',
        '../exercise/scenario.yaml',
        '--policy',
        'random',
        '--seed',
        '3',
        '--out',
        path.join(journalDir, 'b'),
      ),
    ]);
    expect([three.status, four.status]).toEqual([0, 0]);
    const outside = readFileSync(path.join(journalDir, 'a', 'events.jsonl'));
    expect(readFileSync(path.join(journalDir, 'b', 'events.jsonl'))).toEqual(outside);
    expect(outside.toString('utf8').split('\n')[0]).toContain('"path":"exercise/scenario.yaml"');
  });
});
