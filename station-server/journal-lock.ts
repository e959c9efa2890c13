import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** What `host.lock` holds: enough to tell whether its writer still runs, and to name it to a person. */
export interface LockHolder {
  pid: number;
  hostname: string;
  startedWallMs: number;
  /** Linux: the process's start time in clock ticks (/proc/<pid>/stat), which tells a reused pid apart. */
  processStart?: number;
}

/** Another live process has the exercise open: its journal has one writer. */
export class JournalLockedError extends Error {
  override readonly name = 'JournalLockedError';
  constructor(
    readonly exerciseId: string,
    readonly holder: LockHolder,
  ) {
    super(
      `exercise ${exerciseId} is open in another host process (pid ${holder.pid} on ${holder.hostname}, since ${new Date(holder.startedWallMs).toISOString()})`,
    );
  }
}

export interface JournalLock {
  /** Remove the lock if it is still ours (a lock taken over meanwhile is left to its new holder). */
  release(): Promise<void>;
}

export interface LockOptions {
  now: () => number;
  hostname?: string;
  pid?: number;
}

/** Takeovers tried before giving up: each loses only to another process taking the same stale lock. */
const TAKEOVER_ATTEMPTS = 3;

/**
 * Take the lock of one exercise's journal (ADR 0004): created exclusively, holding the process that writes
 * the journal. A lock whose process is gone (or whose pid now belongs to another process) is stale and is
 * taken over by writing a new lock beside it and renaming it over the stale one; reading the lock back
 * afterwards tells which of two processes taking over at once won.
 */
export async function acquireJournalLock(lockFile: string, options: LockOptions): Promise<JournalLock> {
  const exerciseId = path.basename(path.dirname(lockFile));
  const pid = options.pid ?? process.pid;
  const processStart = processStartOf(pid);
  const ours: LockHolder = {
    pid,
    hostname: options.hostname ?? os.hostname(),
    startedWallMs: options.now(),
    ...(processStart === undefined ? {} : { processStart }),
  };
  const text = `${JSON.stringify(ours)}\n`;
  const lock: JournalLock = { release: () => releaseIfOurs(lockFile, text) };
  if (await createExclusively(lockFile, text)) return confirmed(lockFile, text, exerciseId, lock);
  for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
    const holder = await readHolder(lockFile);
    if (holder && holdsLock(holder, ours.hostname)) throw new JournalLockedError(exerciseId, holder);
    await replace(lockFile, text);
    if ((await readText(lockFile)) === text) return lock;
  }
  const holder = await readHolder(lockFile);
  throw new JournalLockedError(exerciseId, holder ?? ours);
}

/** Whether the process a lock names may still be writing: when in doubt, it is. */
export function holdsLock(holder: LockHolder, ourHostname: string): boolean {
  // A process on another machine (a shared folder) cannot be checked from here.
  if (holder.hostname !== ourHostname) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  const start = processStartOf(holder.pid);
  return holder.processStart === undefined || start === undefined || start === holder.processStart;
}

/**
 * The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux only.
 * The process's name (field 2) may hold spaces and parentheses, so fields are counted after its last ")".
 */
export function processStartOf(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = Number(fields[19]);
    return Number.isSafeInteger(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

async function createExclusively(lockFile: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * A lock just created may have been taken over between its creation and its content: a process that found
 * it empty took it as stale. Whoever's content is in the file holds it.
 */
async function confirmed(
  lockFile: string,
  text: string,
  exerciseId: string,
  lock: JournalLock,
): Promise<JournalLock> {
  if ((await readText(lockFile)) === text) return lock;
  const holder = await readHolder(lockFile);
  throw new JournalLockedError(exerciseId, holder ?? (JSON.parse(text) as LockHolder));
}

async function replace(lockFile: string, text: string): Promise<void> {
  const temporary = `${lockFile}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, lockFile);
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The lock's holder; null for a lock that is empty or unreadable (its writer died creating it). */
async function readHolder(lockFile: string): Promise<LockHolder | null> {
  const text = await readText(lockFile);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | null;
    if (
      typeof value === 'object' &&
      value !== null &&
      Number.isSafeInteger(value.pid) &&
      typeof value.hostname === 'string' &&
      typeof value.startedWallMs === 'number'
    )
      return value as LockHolder;
  } catch {
    // Unreadable: handled as stale below.
  }
  return null;
}

async function releaseIfOurs(lockFile: string, text: string): Promise<void> {
  if ((await readText(lockFile)) !== text) return;
  await unlink(lockFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
