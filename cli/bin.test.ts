import { describe, expect, it } from 'vitest';
import { spawnCli } from '../test/fixtures/cli-process';

// cli/bin (the entry point) wires main() to a real process: its arguments, its two streams and its exit code.
// The process runs the bundle built from cli/bin.ts (test/global-setup-cli-bundle.ts).
describe('the CLI process', () => {
  it('prints the commands on stdout and exits 0 for help', async () => {
    const { status, stdout, stderr } = await spawnCli('help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/validate/);
    expect(stdout).toMatch(/run <scenario>/);
    expect(stderr).toBe('');
  });

  it('says what is wrong on stdout, nothing on stderr, and exits 2 for a command it does not know', async () => {
    const { status, stdout, stderr } = await spawnCli('frobnicate');
    expect(status).toBe(2);
    expect(stdout).toMatch(/unknown command "frobnicate"/);
    expect(stderr).toBe('');
  });
});
