import { lstat, mkdir, realpath, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { FileProblem, UsageError } from './exit-codes';

// Every command reads and writes the user's paths through here, so the same path problem gets the same
// message and exit code whichever command met it: a missing or wrong-kind input is a usage error (2), a
// file that cannot be read or written is a FileProblem (1), and nothing is ever left half-written.

/** What a file-system error code means, in the words the message uses. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is too large',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EEXIST: 'it already exists',
  EBUSY: 'the file is busy',
  EIO: 'an input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EXDEV: 'the temporary file and the target are on different devices',
  ENOTEMPTY: 'the folder is not empty',
};

/** The cause of a file-system error in words, or null when the error is not one (then it is a bug). */
export function fileCause(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (CAUSES[code] ?? null) : null;
}

/** The path a Node file-system error names, if any. */
export function fileOfError(error: unknown): string | null {
  const file = (error as { path?: unknown } | null)?.path;
  return typeof file === 'string' ? file : null;
}

/**
 * An input file that must exist and be a file. Missing, a directory or a path through a file is a usage error
 * naming the path; anything else that stops us (permissions) is a FileProblem.
 */
export async function requireInputFile(command: string, file: string): Promise<void> {
  const info = await stat(file).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`${command}: no such file: ${file}`);
    if (code === 'ENOTDIR') throw new UsageError(`${command}: no such file: ${file} (${CAUSES.ENOTDIR})`);
    throw problemOf(command, 'cannot read', file, error);
  });
  if (info.isDirectory()) throw new UsageError(`${command}: ${file} is a directory, not a file`);
  if (!info.isFile()) throw new UsageError(`${command}: ${file} is not a regular file`);
}

/** A FileProblem naming the path and the cause; rethrows the error itself when it is no file-system error. */
export function problemOf(command: string, doing: string, file: string, error: unknown): Error {
  const cause = fileCause(error);
  return cause === null ? (error as Error) : new FileProblem(`${command}: ${doing} ${file}: ${cause}`);
}

/** True when both paths name the same existing file, whatever the spelling (./x, x, a symlink, a hard link). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [one, two] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (!one || !two) return false;
  if (one.dev === two.dev && one.ino === two.ino) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return realA === realB;
}

export interface OutputCheck {
  /** Whether an existing file may be replaced (the command's --force). */
  force: boolean;
  /** The command's input files: never replaced, even with force. */
  inputs?: readonly string[];
  /** How the user replaces the file; said when it exists and force is off. */
  forceHint?: string;
}

/**
 * Before any work: may `file` be written? Refuses the command's own input (even with force), an existing file
 * without force, and anything that is not a plain file (a directory, a device: never replaced).
 */
export async function checkOutputFile(command: string, file: string, check: OutputCheck): Promise<void> {
  const info = await lstat(file).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return null;
    throw problemOf(command, 'cannot write', file, error);
  });
  if (!info) return;
  for (const input of check.inputs ?? []) {
    if (await isSameFile(file, input))
      throw new UsageError(
        `${command}: ${file} is the input ${input}; it is never overwritten, choose another file`,
      );
  }
  const target = info.isSymbolicLink() ? await stat(file).catch(() => null) : info;
  if (target?.isDirectory()) throw new FileProblem(`${command}: cannot write ${file}: ${CAUSES.EISDIR}`);
  if (target && !target.isFile())
    throw new FileProblem(`${command}: cannot write ${file}: it is not a regular file`);
  if (!check.force)
    throw new UsageError(
      `${command}: ${file} already exists; ${check.forceHint ?? 'choose another file, or add --force to replace it'}`,
    );
}

/** The file operations a write uses, replaceable in tests to make a write fail as a full disk would. */
export interface WriteIo {
  writeFile: (file: string, data: string | Uint8Array, options: { flag: string }) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
}
const NODE_IO: WriteIo = { writeFile, rename };

/** Creates `folder` and its missing parents; returns the outermost folder it created (to undo), or null. */
export async function makeFolder(command: string, folder: string): Promise<string | null> {
  const info = await stat(folder).catch(() => null);
  if (info?.isDirectory()) return null;
  if (info) throw new FileProblem(`${command}: cannot write into ${folder}: it is a file, not a folder`);
  try {
    return (await mkdir(folder, { recursive: true })) ?? null;
  } catch (error) {
    throw problemOf(command, 'cannot make the folder', folder, error);
  }
}

/** Removes the folders makeFolder created, innermost first, as long as they are empty. */
async function unmakeFolder(created: string | null, innermost: string): Promise<void> {
  if (created === null) return;
  let folder = path.resolve(innermost);
  const outermost = path.resolve(created);
  for (;;) {
    if (
      !(await rmdir(folder)
        .then(() => true)
        .catch(() => false))
    )
      return;
    if (folder === outermost) return;
    folder = path.dirname(folder);
  }
}

/**
 * Writes `file` whole or not at all: into a temporary file beside it, then renamed over it, so a failure
 * (full disk, read-only folder) leaves the old file, or no file, never an empty or partial one. Missing
 * folders are made, and removed again if the write fails. Call checkOutputFile first.
 */
export async function writeOutputFile(
  command: string,
  file: string,
  data: string | Uint8Array,
  io: WriteIo = NODE_IO,
): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const created = await makeFolder(command, folder);
  const temporary = path.join(
    folder,
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
  try {
    await io.writeFile(temporary, data, { flag: 'wx' });
    await io.rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    await unmakeFolder(created, folder);
    throw problemOf(command, 'cannot write', file, error);
  }
}
