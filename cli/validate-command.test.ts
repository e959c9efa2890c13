import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_PLAYBOOK_DIR, MINI_SCENARIO_PATH, miniScenarioText } from '../test/fixtures/fixtures';
import { UsageError } from './exit-codes';
import { runValidate, VALIDATE_HELP } from './validate-command';

async function validate(...args: string[]) {
  const out: string[] = [];
  const code = await runValidate(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

describe('runValidate', () => {
  it('prints its help', async () => {
    expect(await validate('--help')).toEqual({ code: 0, out: [VALIDATE_HELP] });
  });

  it('checks a playbook folder and a scenario together, and says how many files of each kind', async () => {
    expect(await validate(MINI_PLAYBOOK_DIR, MINI_SCENARIO_PATH)).toEqual({
      code: 0,
      out: ['6 files checked: 5 playbook, 1 scenario; no problems'],
    });
  });

  it('adds what the documents hold with --summary', async () => {
    const { code, out } = await validate(MINI_PLAYBOOK_DIR, MINI_SCENARIO_PATH, '--summary');
    expect(code).toBe(0);
    expect(out[0]).toBe('Playbook mini-playbook 1.0: Mini playbook for tests');
    expect(out.at(-1)).toBe('6 files checked: 5 playbook, 1 scenario; no problems');
  });

  it('prints each problem located, and counts them, with exit 1', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-validate-'));
    const broken = path.join(folder, 'scenario.yaml');
    writeFileSync(broken, miniScenarioText().replace('objective: obj-alert', 'objective: obj-alarm'));
    const { code, out } = await validate(MINI_PLAYBOOK_DIR, broken);
    expect(code).toBe(1);
    expect(out).toEqual([
      expect.stringMatching(
        /scenario\.yaml:\d+:\d+: unknown objective "obj-alarm" \(injects\[0\]\.expectedActions\[0\]\.objective\)$/,
      ),
      '6 files checked: 1 problem',
    ]);
  });

  it('checks a scenario alone against the bundled playbook, and says so', async () => {
    const { code, out } = await validate(MINI_SCENARIO_PATH);
    // The mini scenario targets the mini playbook, not the bundled one.
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(
      /^1 file checked: \d+ problems? \(scenarios checked against the bundled playbook\)$/,
    );
  });

  it.each([
    [[], 'validate: name at least one file or folder to check'],
    [['no/such/folder'], 'validate: '],
  ])('refuses %j as a usage error', async (args, message) => {
    const run = validate(...args);
    await expect(run).rejects.toThrow(UsageError);
    await expect(validate(...args)).rejects.toThrow(message);
  });
});
