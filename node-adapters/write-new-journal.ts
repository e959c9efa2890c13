import { open } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson, type EngineSnapshot } from '../core/index';
import { syncFolder, writeFully } from './journal-files';
import { snapshotsFileOf } from './journal-snapshot-file';

/**
 * Write a whole journal (its lines, each ending in "\n") and a snapshot of its last state into files that do
 * not exist yet, each fsync'd: how a restore lays out an exercise in its staging folder, in one write each
 * rather than through the store's group commits. Refuses to overwrite a file that is already there.
 */
export async function writeNewJournal(
  file: string,
  bytes: Uint8Array,
  snapshot: EngineSnapshot,
): Promise<void> {
  await writeNewFile(file, bytes);
  await writeNewFile(snapshotsFileOf(file), Buffer.from(`${canonicalJson(snapshot)}\n`, 'utf8'));
  await syncFolder(path.dirname(file));
}

async function writeNewFile(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await writeFully(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
