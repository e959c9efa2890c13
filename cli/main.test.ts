import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes';
import { main } from './main';

async function mainWith(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('main', () => {
  it('keeps the exit codes its help states', () => {
    expect(EXIT).toEqual({ ok: 0, invalidInput: 1, usage: 2, internal: 3 });
  });

  it('shows the help when asked, and as a usage error when no command is given', async () => {
    for (const ask of ['help', '--help', '-h']) {
      const result = await mainWith(ask);
      expect(result.code).toBe(0);
      expect(result.out[0]).toMatch(/^Playbook Exercise Simulator — headless runner/);
      expect(result.out[0]).toContain('validate <files or folders…>');
    }
    const none = await mainWith();
    expect(none.code).toBe(2);
    expect(none.out[0]).toMatch(/^Playbook Exercise Simulator/);
  });

  it('refuses an unknown command as a usage error, pointing at the help', async () => {
    expect(await mainWith('play')).toEqual({
      code: 2,
      out: [],
      err: ['playbook-sim: unknown command "play"', 'Run "npm run --silent cli -- help" for usage.'],
    });
  });

  it('passes a command’s usage error on with exit 2', async () => {
    const result = await mainWith('run', '--policy');
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('playbook-sim: run: --policy needs a value');
  });

  it('dispatches to each command, whose own help it prints', async () => {
    for (const command of ['validate', 'run', 'report', 'import', 'export']) {
      const result = await mainWith(command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.out[0]).toMatch(new RegExp(`^Usage: npm run --silent cli -- ${command} `));
    }
  });
});
