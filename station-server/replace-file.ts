import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../node-adapters/index';

/**
 * Replace a small file whole: written beside it, fsync'd and renamed over it, the folder fsync'd, so a crash
 * leaves the old content or the new one, never half of one. `mode` is the new file's (0o600 for secrets).
 */
export async function replaceFileWhole(file: string, text: string, mode = 0o644): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    // The old file stays as it was; the half-written one goes.
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(file));
}
