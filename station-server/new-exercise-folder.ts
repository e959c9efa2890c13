import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { EngineSnapshot, ExerciseRecord } from '../core/index';
import { syncFolder, writeNewJournal } from '../node-adapters/index';
import { exerciseFiles } from './data-folder';
import { writeRecordFile } from './exercise-catalogue-files';

/**
 * Writes a new exercise's folder — its journal, a snapshot of its last state and its record — whole in a
 * staging folder of its own, then renames it into place: a crash never leaves half an exercise, and an
 * exercise already in the data folder is never overwritten ('exists'). A restore and a what-if branch both
 * make their exercises through here. Throws when the disk refuses.
 */
export async function writeNewExerciseFolder(
  dataFolder: string,
  exercise: { record: ExerciseRecord; journal: Uint8Array; snapshot: EngineSnapshot },
): Promise<'written' | 'exists'> {
  const { record } = exercise;
  const files = exerciseFiles(dataFolder, record.exerciseId);
  if (await exists(files.folder)) return 'exists';
  const staging = path.join(
    dataFolder,
    '.restoring',
    `${record.exerciseId}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const staged = exerciseFiles(path.dirname(staging), path.basename(staging));
    await mkdir(staging, { recursive: true });
    await writeNewJournal(staged.journal, exercise.journal, exercise.snapshot);
    await writeRecordFile(staged.record, record);
    if (await exists(files.folder)) return 'exists';
    await rename(staging, files.folder);
    await syncFolder(dataFolder);
    return 'written';
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}
