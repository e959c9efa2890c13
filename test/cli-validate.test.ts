import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './fixtures/cli-harness';
import { spawnCli } from './fixtures/cli-process';
import { PROJECT_ROOT } from '../node-adapters/index';
import { MINI_PLAYBOOK_DIR, MINI_SCENARIO_PATH, miniScenarioText, replaceOnce } from './fixtures/fixtures';

const PROBLEM_LINE = /^.+:\d+:\d+: .+/;
const STACK_FRAME = /^\s+at .+\(.*:\d+:\d+\)|node:internal/m;

const validate = (...args: string[]) => runCli('validate', ...args);

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-')), name);
  writeFileSync(file, content);
  return file;
}

/** Deterministic "random" bytes (a linear congruential generator with a fixed seed). */
function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

describe('cli validate', () => {
  it('exits 0 on valid documents and says what it checked', async () => {
    const result = await validate(MINI_PLAYBOOK_DIR, MINI_SCENARIO_PATH);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe('6 files checked: 5 playbook, 1 scenario; no problems');
  });

  it.each([
    [
      'a YAML syntax error',
      'broken.yaml',
      replaceOnce(miniScenarioText(), 'span: 2d', 'span: [2d'),
      /broken\.yaml:\d+:\d+: YAML syntax error/,
    ],
    [
      'a file truncated mid-line',
      'truncated.yaml',
      miniScenarioText().slice(0, 700),
      /truncated\.yaml:\d+:\d+: /,
    ],
    [
      'a file truncated at a line end',
      'cut.yaml',
      miniScenarioText().split('\n').slice(0, 12).join('\n'),
      /cut\.yaml:1:1: .+\(injects\)/,
    ],
    ['an empty file', 'empty.yaml', '', /empty\.yaml:1:1: file is empty/],
    ['random bytes', 'random.yaml', seededBytes(512, 42), /random\.yaml:\d+:\d+: file is not UTF-8 text/],
    [
      'an unknown role',
      'role.yaml',
      replaceOnce(miniScenarioText(), 'to: [ms-a, ms-c]', 'to: [ms-a, ghost]'),
      /role\.yaml:26:16: unknown role "ghost".*\(injects\[0\]\.to\[1\]\)/,
    ],
    [
      '10,000 nested lists',
      'deep.yaml',
      `kind: scenario\nspan: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      /deep\.yaml:2:106: too deeply nested \(more than 100 levels of lists and mappings\)$/m,
    ],
    [
      '10,000 nested block lists',
      'deep-block.yaml',
      `kind: scenario\nspan:\n  ${'- '.repeat(10_000)}x\n`,
      /deep-block\.yaml:3:201: too deeply nested/,
    ],
    [
      'an unknown YAML tag',
      'tag.yaml',
      replaceOnce(miniScenarioText(), 'title: Mini scenario', 'title: !!binary TWluaQ=='),
      /tag\.yaml:4:8: unknown YAML tag "!!binary"/,
    ],
    [
      'a duration past 1000 years',
      'long.yaml',
      replaceOnce(miniScenarioText(), 'span: 2d', 'span: 99999999999999999999d'),
      /long\.yaml:8:7: is too long: at most 365250d \(1000 years\).* \(span\)/,
    ],
    [
      'a recipient named twice',
      'twice.yaml',
      replaceOnce(miniScenarioText(), 'to: [ms-a, ms-c]', 'to: [ms-a, ms-c, ms-c]'),
      /twice\.yaml:26:22: recipient "ms-c" is listed twice \(first at injects\[0\]\.to\[1\]\) \(injects\[0\]\.to\[2\]\)/,
    ],
    [
      'a missing required field',
      'missing.yaml',
      replaceOnce(miniScenarioText(), 'title: Mini scenario\n', ''),
      /missing\.yaml:1:1: .+\(title\)/,
    ],
  ])('exits 1 on %s, with file:line:column and no stack trace', async (_name, file, content, expected) => {
    const result = await validate(MINI_PLAYBOOK_DIR, tempFile(file, content));
    expect(result.code).toBe(1);
    expect(result.all).toMatch(expected);
    for (const line of result.out.slice(0, -1)) expect(line).toMatch(PROBLEM_LINE);
    expect(result.all).not.toMatch(STACK_FRAME);
  });

  it('checks a scenario against the bundled playbook when no playbook is given', async () => {
    const result = await validate(tempFile('lonely.yaml', miniScenarioText()));
    expect(result.code).toBe(1);
    expect(result.all).toContain(
      'this scenario targets playbook "mini-playbook", not the loaded "eu-hybrid-playbook"',
    );
    expect(result.out.at(-1)).toContain('(scenarios checked against the bundled playbook)');
  });

  it('checks one edited mechanism within the rest of the bundled playbook', async () => {
    const original = readFileSync(path.join(PROJECT_ROOT, 'playbook/machines/ucpm.yaml'), 'utf8');
    const valid = await validate(tempFile('ucpm.yaml', original));
    expect(valid.code).toBe(0);
    expect(valid.out.at(-1)).toBe(
      '1 file checked: 1 playbook, 0 scenario; no problems (checked together with the rest of the bundled playbook)',
    );
    const broken = await validate(
      tempFile(
        'ucpm.yaml',
        replaceOnce(
          original,
          'REQUEST_ASSISTANCE:\n        target: request\n',
          'REQUEST_ASSISTANCE:\n        target: requested\n',
        ),
      ),
    );
    expect(broken.code).toBe(1);
    expect(broken.all).toMatch(/ucpm\.yaml:\d+:\d+: transition target "requested" is not a state of ucpm/);
  });

  it('exits 1 on a folder that holds no document, saying so', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pbsim-empty-'));
    writeFileSync(path.join(empty, 'notes.md'), 'not a document');
    const result = await validate(empty);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `${empty}: this folder holds no document (no *.yaml or *.yml file in it or its subfolders)`,
      '0 files checked: 1 problem',
    ]);
  });

  it('follows symbolic links in a folder and names a broken one', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-links-'));
    symlinkSync(MINI_PLAYBOOK_DIR, path.join(folder, 'playbook'));
    symlinkSync(MINI_SCENARIO_PATH, path.join(folder, 'scenario.yaml'));
    const clean = await validate(folder);
    expect(clean.out).toEqual(['6 files checked: 5 playbook, 1 scenario; no problems']);
    expect(clean.code).toBe(0);
    symlinkSync(path.join(folder, 'gone.yaml'), path.join(folder, 'extra.yaml'));
    const broken = await validate(folder);
    expect(broken.code).toBe(1);
    expect(broken.out).toEqual([
      `${path.join(folder, 'extra.yaml')}: broken symbolic link: its target ${path.join(folder, 'gone.yaml')} does not exist`,
      '6 files checked: 1 problem',
    ]);
  });

  it.each([
    ['LE', 'utf16le' as const, [0xff, 0xfe]],
    ['BE', 'utf16be' as const, [0xfe, 0xff]],
  ])('reads a UTF-16%s document and says it was UTF-16', async (order, _encoding, bom) => {
    const units = Buffer.from(miniScenarioText(), 'utf16le');
    if (order === 'BE') units.swap16();
    const file = tempFile('unicode.yaml', new Uint8Array([...bom, ...units]));
    const result = await validate(MINI_PLAYBOOK_DIR, file);
    expect(result.out).toEqual([
      `${file}: read as UTF-16${order} text (byte-order mark); other tools may expect UTF-8`,
      '6 files checked: 5 playbook, 1 scenario; no problems',
    ]);
    expect(result.code).toBe(0);
  });

  it('reports a document without a kind', async () => {
    const result = await validate(tempFile('what.yaml', 'title: something\n'));
    expect(result.code).toBe(1);
    expect(result.all).toMatch(/what\.yaml:1:1: missing field "kind"/);
  });

  it.each([
    [[], 'name at least one file or folder'],
    [['no/such/file.yaml'], 'no such file or folder: no/such/file.yaml'],
    [['--strict', 'x.yaml'], 'unknown option --strict'],
  ])('exits 2 on a usage error %j', async (args, message) => {
    const result = await validate(...args);
    expect(result.code).toBe(2);
    expect(result.out.join('\n')).toContain(message);
  });

  it('prints help and exits 0', async () => {
    const result = await validate('--help');
    expect(result.code).toBe(0);
    expect(result.all).toContain('Exit codes: 0');
  });

  it('runs as a real process: exit code 1 and nothing on stderr for a broken file', async () => {
    const broken = tempFile('process.yaml', readFileSync(MINI_SCENARIO_PATH, 'utf8').slice(0, 300));
    const run = await spawnCli('validate', MINI_PLAYBOOK_DIR, broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/process\.yaml:\d+:\d+: /);
  });

  it('finds the bundled playbook from the bundle as from the sources', async () => {
    const run = await spawnCli('validate', path.join(PROJECT_ROOT, 'playbook/machines/ucpm.yaml'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('(checked together with the rest of the bundled playbook)');
  });
});
