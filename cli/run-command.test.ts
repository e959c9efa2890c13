import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_SCENARIO_PATH } from '../test/fixtures/fixtures';
import { PROJECT_ROOT } from '../node-adapters/index';
import { UsageError } from './exit-codes';
import { parseRunArgs, RUN_HELP, runRun } from './run-command';

async function run(...args: string[]) {
  const out: string[] = [];
  const code = await runRun(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

describe('parseRunArgs', () => {
  it('reads the scenario, policy, seed, folder and --force', () => {
    expect(
      parseRunArgs(['scenarios/port', '--policy', 'late', '--seed', '42', '--out', 'runs/x', '--force']),
    ).toEqual({
      scenario: 'scenarios/port',
      policy: 'late',
      seed: 42,
      out: 'runs/x',
      force: true,
    });
  });

  it('defaults to seed 1, the default folder and no --force', () => {
    expect(parseRunArgs(['s.yaml', '--policy', 'doctrine'])).toEqual({
      scenario: 's.yaml',
      policy: 'doctrine',
      seed: 1,
      out: null,
      force: false,
    });
  });

  it.each([
    [['--policy', 'doctrine'], 'run: name exactly one scenario (a scenario.yaml or its folder)'],
    [['a', 'b', '--policy', 'doctrine'], 'run: name exactly one scenario'],
    [['a'], 'run: choose a --policy (doctrine, late, random)'],
    [['a', '--policy', 'lazy'], 'run: unknown policy "lazy"; choose doctrine, late, random'],
    [['a', '--policy', 'late', '--seed', '-1'], 'run: --seed takes a whole number, not "-1"'],
    [['a', '--policy', 'late', '--seed', '1.5'], 'run: --seed takes a whole number, not "1.5"'],
    [['a', '--policy', 'late', '--seed', '1234567890'], 'run: --seed takes a whole number'],
  ])('refuses %j as a usage error', (args, message) => {
    expect(() => parseRunArgs(args)).toThrow(UsageError);
    expect(() => parseRunArgs(args)).toThrow(message);
  });
});

describe('runRun', () => {
  it('prints its help', async () => {
    expect(await run('--help')).toEqual({ code: 0, out: [RUN_HELP] });
  });

  it('refuses a scenario that is not there', async () => {
    await expect(run('no/such/scenario', '--policy', 'late')).rejects.toThrow(
      'run: no such file or folder: no/such/scenario',
    );
  });

  it('names a folder without a scenario.yaml, and a directory in its place, as usage errors', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-run-'));
    await expect(run(folder, '--policy', 'late')).rejects.toThrow(
      `run: no such file: ${path.join(folder, 'scenario.yaml')}`,
    );
    mkdirSync(path.join(folder, 'scenario.yaml'));
    await expect(run(folder, '--policy', 'late')).rejects.toThrow(
      `run: ${path.join(folder, 'scenario.yaml')} is a directory, not a file`,
    );
  });

  it('runs nothing for a scenario with problems, and says how many, with exit 1', async () => {
    // The mini scenario targets the mini playbook; run plays scenarios on the bundled one.
    const { code, out } = await run(
      MINI_SCENARIO_PATH,
      '--policy',
      'late',
      '--out',
      mkdtempSync(path.join(tmpdir(), 'pbsim-run-')),
    );
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(/mini-scenario\.yaml: \d+ problems?; nothing was run$/);
  });

  it('keeps an existing journal unless told to replace it', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pbsim-run-'));
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'events.jsonl'), '');
    const scenario = path.join(PROJECT_ROOT, 'scenarios', 'salisbury-style');
    await expect(run(scenario, '--policy', 'doctrine', '--out', out)).rejects.toThrow(
      `run: ${path.join(out, 'events.jsonl')} already exists; choose another --out, or add --force to replace it`,
    );
  });
});
