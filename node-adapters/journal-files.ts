import { open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** The file's bytes, or none when it does not exist yet. */
export async function readBytesOrEmpty(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

/** Write all of `data` at the end of an append-mode file: one `write` may take only part of it. */
export async function writeFully(handle: FileHandle, data: Uint8Array): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written);
    if (bytesWritten <= 0) throw new Error('the file system accepted no bytes');
    written += bytesWritten;
  }
}

/**
 * fsync a folder, so that a file just created or renamed in it survives a power cut. Best effort: Windows
 * cannot open a folder for this, and the file's own fsync already covers its content.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform: nothing more can be done here.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Keep the torn tail of a journal in `<file>.torn-<n>` (n one above any earlier one), fsync'd, before the
 * journal is cut back: the bytes are evidence of what was being written at the crash, and someone may want
 * them. Created exclusively, so an earlier sidecar is never overwritten.
 * @returns the sidecar's path
 */
export async function saveTornBytes(file: string, bytes: Uint8Array): Promise<string> {
  const folder = path.dirname(file);
  const prefix = `${path.basename(file)}.torn-`;
  let highest = 0;
  for (const name of await readdir(folder)) {
    const n = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  const sidecar = `${file}.torn-${highest + 1}`;
  const handle = await open(sidecar, 'wx');
  try {
    await writeFully(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncFolder(folder);
  return sidecar;
}
