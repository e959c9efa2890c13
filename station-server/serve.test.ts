// The browser-mode entry point run as a process, as `npm start` runs it: its command line only, since serving
// needs a built renderer (station-server/static-server.test.ts serves one).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVE_USAGE } from './serve-options';

const ROOT = path.resolve(import.meta.dirname, '..');

function serve(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'station-server/serve.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('station-server/serve.ts', () => {
  it('prints its usage for --help and exits 0, building nothing', () => {
    const run = serve('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${SERVE_USAGE}\n`);
    expect(run.stderr).toBe('');
  });

  it('refuses a bad option with one line and the usage, exit 2, no stack trace', () => {
    const run = serve('--port', 'eighty');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `serve: --port must be a whole number from 0 to 65535, got 'eighty'; ${SERVE_USAGE}\n`,
    );
  });
});
