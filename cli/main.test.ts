import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
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
      out: ['playbook-sim: unknown command "play"', 'Run "npm run --silent cli -- help" for usage.'],
      err: [],
    });
  });

  it('passes a command’s usage error on with exit 2, on stdout', async () => {
    const result = await mainWith('run', '--policy');
    expect(result.code).toBe(2);
    expect(result.out[0]).toBe('playbook-sim: run: --policy needs a value');
    expect(result.err).toEqual([]);
  });

  it('says a file problem plainly with exit 1, nothing on stderr', async () => {
    // A report --out through a regular file: a path problem of the user's, not a bug.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-main-')), 'plain');
    writeFileSync(file, 'x');
    const journal = path.join(PROJECT_ROOT, 'test/fixtures/journals/hand-played-combined-v2/events.jsonl');
    const result = await mainWith('report', journal, '--out', path.join(file, 'sub'));
    expect(result.code).toBe(1);
    expect(result.out.join('\n')).toContain(
      `playbook-sim: report: cannot write ${path.join(file, 'sub', 'metrics.json')}: a part of the path is a file, not a folder`,
    );
    expect(result.err).toEqual([]);
  });

  it('dispatches to each command, whose own help it prints', async () => {
    for (const command of ['validate', 'run', 'report', 'import', 'export']) {
      const result = await mainWith(command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.out[0]).toMatch(new RegExp(`^Usage: npm run --silent cli -- ${command} `));
    }
  });
});
