import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireJournalLock, JournalLockedError, processStartOf, type LockHolder } from './journal-lock';

let root: string;
let lockFile: string;
const now = () => Date.UTC(2026, 0, 5, 9);

beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'journal-lock-'));
  await mkdir(path.join(root, 'ex-1'));
  lockFile = path.join(root, 'ex-1', 'host.lock');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has run and exited: nothing lives under it (until the system reuses it). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  if (child.pid === undefined) throw new Error('the child process did not start');
  return child.pid;
}

const readLock = async () => JSON.parse(await readFile(lockFile, 'utf8')) as LockHolder;

describe('the journal lock', () => {
  it('is created holding this process, and removed on release', async () => {
    const lock = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
    const holder = await readLock();
    expect(holder).toMatchObject({ pid: process.pid, hostname: 'laptop-1', startedWallMs: now() });
    if (process.platform === 'linux') expect(holder.processStart).toBe(processStartOf(process.pid));
    await lock.release();
    expect(await readdir(path.dirname(lockFile))).toEqual([]);
  });

  it('refuses a second taker while a live process holds it, naming the pid, the machine and since when', async () => {
    const lock = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
    const second = acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
    await expect(second).rejects.toThrow(JournalLockedError);
    await expect(second).rejects.toThrow(
      `exercise ex-1 is open in another host process (pid ${process.pid} on laptop-1, since 2026-01-05T09:00:00.000Z)`,
    );
    await lock.release();
    await (await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' })).release();
  });

  it('takes over the lock of a process that has exited, and its release does not remove the new lock', async () => {
    const dead = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1', pid: await deadPid() });
    const lock = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
    expect((await readLock()).pid).toBe(process.pid);
    await dead.release();
    expect((await readLock()).pid).toBe(process.pid);
    await lock.release();
    // The takeover leaves no temporary file behind.
    expect(await readdir(path.dirname(lockFile))).toEqual([]);
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid lives but started at another time (the pid was reused)',
    async () => {
      const reused: LockHolder = {
        pid: process.pid,
        hostname: 'laptop-1',
        startedWallMs: 1,
        processStart: (processStartOf(process.pid) ?? 0) + 1,
      };
      await writeFile(lockFile, JSON.stringify(reused));
      const lock = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
      expect((await readLock()).startedWallMs).toBe(now());
      await lock.release();
    },
  );

  it('takes over an empty lock (its writer died creating it)', async () => {
    await writeFile(lockFile, '');
    const lock = await acquireJournalLock(lockFile, { now, hostname: 'laptop-1' });
    expect((await readLock()).pid).toBe(process.pid);
    await lock.release();
  });

  it('leaves a lock of a process on another machine alone: it cannot tell whether it still runs', async () => {
    const elsewhere: LockHolder = { pid: await deadPid(), hostname: 'laptop-2', startedWallMs: 0 };
    await writeFile(lockFile, JSON.stringify(elsewhere));
    await expect(acquireJournalLock(lockFile, { now, hostname: 'laptop-1' })).rejects.toThrow(
      `(pid ${elsewhere.pid} on laptop-2, since 1970-01-01T00:00:00.000Z)`,
    );
  });
});
