import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../test/fixtures/socket-client';
import { findLauncher, isProcessAlive, parseProcStat, watchLauncher, type ProcStat } from './launcher-watch';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHILD = path.join(ROOT, 'test', 'fixtures', 'launcher-child.ts');

describe('parseProcStat', () => {
  it('reads the name, state, parent and start time, whatever the name holds', () => {
    const stat = '4242 (npm run (x) y) S 4200 4242 4200 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 777 0 0';
    expect(parseProcStat(stat)).toEqual({ comm: 'npm run (x) y', state: 'S', ppid: 4200, startTime: 777 });
    expect(parseProcStat('garbage')).toBeNull();
  });
});

describe('findLauncher', () => {
  const stats: Record<number, ProcStat> = {
    50: { comm: 'sh', state: 'S', ppid: 40, startTime: 1 },
    60: { comm: 'npm run start', state: 'S', ppid: 1, startTime: 1 },
  };
  const procStat = (pid: number) => stats[pid] ?? null;
  const npm = { npm_lifecycle_event: 'start' };

  it('is null when npm did not start us', () => {
    expect(findLauncher({ env: {}, platform: 'linux', ppid: 50, procStat })).toBeNull();
  });
  it("is the shell's parent on linux when a shell is our parent, else our parent", () => {
    expect(findLauncher({ env: npm, platform: 'linux', ppid: 50, procStat })).toBe(40);
    expect(findLauncher({ env: npm, platform: 'linux', ppid: 60, procStat })).toBe(60);
    expect(findLauncher({ env: npm, platform: 'darwin', ppid: 50, procStat })).toBe(50);
  });
});

describe('watchLauncher', () => {
  it('calls back once when the process is gone, and not while it lives', async () => {
    let alive = true;
    let calls = 0;
    const stop = watchLauncher(123, () => calls++, {
      everyMs: 5,
      isAlive: () => alive,
      procStat: () => null,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(0);
    alive = false;
    await waitFor('the callback', () => (calls > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(1);
    stop();
  });

  it('takes a reused pid (another start time) or a zombie for gone', async () => {
    let stat: ProcStat = { comm: 'npm', state: 'S', ppid: 1, startTime: 5 };
    let calls = 0;
    watchLauncher(123, () => calls++, { everyMs: 5, isAlive: () => true, procStat: () => stat });
    stat = { ...stat, startTime: 6 };
    await waitFor('the reused pid', () => (calls === 1 ? true : undefined));
    const zombie: ProcStat = { comm: 'npm', state: 'S', ppid: 1, startTime: 5 };
    watchLauncher(124, () => calls++, { everyMs: 5, isAlive: () => true, procStat: () => zombie });
    zombie.state = 'Z';
    await waitFor('the zombie', () => (calls === 2 ? true : undefined));
  });
});

describe('a real process tree: npm → sh → node', () => {
  let launcher: ChildProcess | null = null;
  let childPid: number | null = null;
  afterEach(() => {
    launcher?.kill('SIGKILL');
    if (childPid !== null && isProcessAlive(childPid)) process.kill(childPid, 'SIGKILL');
  });

  it.skipIf(process.platform === 'win32')('the host notices its launcher killed, and exits', async () => {
    // A stand-in for npm: runs the child through a shell, as `npm start` does, with npm's variable set.
    const script = `require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(
      `"${process.execPath}" --import tsx "${CHILD}"; echo shell done`,
    )}], { stdio: 'inherit' }); setInterval(() => {}, 60000);`;
    launcher = spawn(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, npm_lifecycle_event: 'start' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const match = await waitFor(
      'the child to say whom it watches',
      () => /pid (\d+) watching (\S+)/.exec(output) ?? undefined,
      60_000,
    );
    childPid = Number(match[1]);
    expect(match[2]).toBe(String(launcher.pid));
    launcher.kill('SIGKILL');
    await waitFor('the child to notice', () =>
      output.includes('launcher gone: closing') ? true : undefined,
    );
    await waitFor('the child to exit', () => (isProcessAlive(childPid as number) ? undefined : true));
  });
});
