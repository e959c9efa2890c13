import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './fixtures/cli-harness';
import { PROJECT_ROOT } from '../node-adapters/index';

const SCENARIO = path.join(PROJECT_ROOT, 'scenarios/salisbury-style');

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-run-'));

describe('cli run', { timeout: 180_000 }, () => {
  it('plays the scenario, writes the journal and a summary, byte-identical for the same seed', async () => {
    const [first, second] = [tempDir(), tempDir()];
    const one = await cli('run', SCENARIO, '--policy', 'doctrine', '--seed', '1', '--out', first);
    const two = await cli('run', SCENARIO, '--policy', 'doctrine', '--seed', '1', '--out', second);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(readFileSync(path.join(second, 'events.jsonl'))).toEqual(
      readFileSync(path.join(first, 'events.jsonl')),
    );
    expect(one.out.join('\n')).toMatch(/played to T\+45d of scenario time: \d+ events/);
    expect(readFileSync(path.join(first, 'summary.md'), 'utf8')).toContain('## Expected actions');
  });

  it('refuses to overwrite a journal unless told to', async () => {
    const out = tempDir();
    expect((await cli('run', SCENARIO, '--policy', 'random', '--seed', '4', '--out', out)).code).toBe(0);
    const again = await cli('run', SCENARIO, '--policy', 'random', '--seed', '4', '--out', out);
    expect(again.code).toBe(2);
    expect(again.all).toContain('already exists');
    expect(
      (await cli('run', SCENARIO, '--policy', 'random', '--seed', '4', '--out', out, '--force')).code,
    ).toBe(0);
  });

  it.each([
    [['run', SCENARIO], 'choose a --policy'],
    [['run', SCENARIO, '--policy', 'lazy'], 'unknown policy "lazy"'],
    [['run', SCENARIO, '--policy', 'late', '--seed', 'x'], '--seed takes a whole number'],
    [['run', '--policy', 'late'], 'name exactly one scenario'],
    [['run', 'no/such/scenario', '--policy', 'late'], 'no such file or folder'],
  ])('exits 2 on a usage error %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.all).toContain(message);
  });

  it('exits 1 with located problems for a broken scenario, and runs nothing', async () => {
    const dir = tempDir();
    const text = readFileSync(path.join(SCENARIO, 'scenario.yaml'), 'utf8').replace(
      'span: 45d',
      'span: 45 days',
    );
    writeFileSync(path.join(dir, 'scenario.yaml'), text);
    const result = await cli('run', dir, '--policy', 'doctrine', '--out', path.join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.all).toMatch(/scenario\.yaml:\d+:\d+: must be a duration .*\(span\)/);
    expect(result.all).toContain('nothing was run');
  });
});
