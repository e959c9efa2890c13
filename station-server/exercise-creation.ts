import { mkdir } from 'node:fs/promises';
import {
  describeProblems,
  errorMessage,
  ExerciseEngine,
  loadExerciseContent,
  type ExerciseRecord,
  type NewExerciseRequest,
  type SourceText,
} from '../core/index';
import { exerciseFiles } from './data-folder';
import { writeRecordFile } from './exercise-catalogue-files';
import { acquireJournalLock } from './journal-lock';
import { openJournalStore, type OpenJournal } from './host-journal';

/** An exercise that could not be created; the message names the document, line and field at fault. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

export interface CreationDeps {
  dataFolder: string;
  now: () => number;
  newId: () => string;
  /** The playbook the host ships with, for a request that brings none. */
  playbookSources: () => Promise<SourceText[]>;
  openJournal?: OpenJournal;
}

/**
 * Create an exercise in the data folder: its folder, its record, and a journal that begins with
 * `exercise.created`. The documents are checked and loaded here, once; documents that do not load create
 * nothing. Roles set to a policy are played by software from the start (`autoPlay`).
 */
export async function createExerciseIn(
  input: NewExerciseRequest,
  deps: CreationDeps,
): Promise<ExerciseRecord> {
  const playbook = input.playbookSources ?? (await deps.playbookSources());
  const loaded = loadExerciseContent(playbook, input.scenario.source);
  if (!loaded.ok)
    throw new CatalogueError(
      `cannot create the exercise: ${loaded.problems.length} problems in its documents:\n${describeProblems(loaded.problems)}`,
    );
  const wallMs = deps.now();
  const exerciseId = `${input.scenario.id}-${wallMs.toString(36)}-${deps.newId().slice(0, 4)}`;
  let files;
  try {
    files = exerciseFiles(deps.dataFolder, exerciseId);
    // Not recursive: an existing folder of that name is refused, never written into.
    await mkdir(files.folder);
  } catch (error) {
    throw new CatalogueError(`cannot create the exercise: ${errorMessage(error)}`);
  }
  const autoPlay = Object.fromEntries(
    Object.entries(input.roles).filter(([, play]) => play !== 'station' && play !== 'by-hand'),
  );
  const record: ExerciseRecord = {
    exerciseId,
    name: input.name,
    scenarioId: input.scenario.id,
    scenarioTitle: input.scenario.title,
    marking: input.marking,
    createdWallMs: wallMs,
    status: 'ready',
    roles: input.roles,
    lastEventWallMs: wallMs,
    eventCount: 0,
  };
  // The record first: an exercise whose journal failed to start is listed, and can be deleted, not lost.
  await writeRecordFile(files.record, record);
  const lock = await acquireJournalLock(files.lock, { now: deps.now });
  try {
    const { store } = await (deps.openJournal ?? openJournalStore)(files.journal, exerciseId);
    try {
      const engine = await ExerciseEngine.create(store, {
        exerciseId,
        name: input.name,
        seed: input.seed,
        wallMs,
        content: loaded.content,
        exerciseMarking: input.marking,
        autoPlay,
      });
      const created = { ...record, eventCount: engine.events.length };
      await writeRecordFile(files.record, created);
      return created;
    } finally {
      await store.close();
    }
  } finally {
    await lock.release();
  }
}
