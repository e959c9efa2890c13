import {
  describeProblems,
  ExerciseEngine,
  loadExerciseContent,
  type ExerciseRecord,
  type RolePlay,
  type SourceText,
} from '../../core/index';
import { ExerciseCatalogue } from '../storage/index';
import { randomId } from './engine-host';

export interface NewExercise {
  name: string;
  marking: string;
  seed: number;
  scenario: { id: string; title: string; source: SourceText };
  playbookSources: readonly SourceText[];
  /** How each role is played; roles not listed are played at stations. */
  roles: Record<string, RolePlay>;
}

/**
 * Create an exercise in this browser's database: `exercise.created` in its log, and Home's record. Its
 * documents are checked and loaded once, here; documents that do not load create nothing.
 */
export async function createExercise(
  input: NewExercise,
  catalogue = new ExerciseCatalogue(),
  now = Date.now(),
): Promise<ExerciseRecord> {
  const loaded = loadExerciseContent(input.playbookSources, input.scenario.source);
  if (!loaded.ok)
    throw new Error(
      `cannot create the exercise: ${loaded.problems.length} problems in its documents:\n${describeProblems(loaded.problems)}`,
    );
  const exerciseId = `${input.scenario.id}-${now.toString(36)}-${randomId().slice(0, 4)}`;
  const autoPlay = Object.fromEntries(
    Object.entries(input.roles).filter(([, play]) => play !== 'station' && play !== 'by-hand'),
  );
  const record: ExerciseRecord = {
    exerciseId,
    name: input.name,
    scenarioId: input.scenario.id,
    scenarioTitle: input.scenario.title,
    marking: input.marking,
    createdWallMs: now,
    status: 'ready',
    roles: input.roles,
    lastEventWallMs: now,
    eventCount: 1,
  };
  // The record first: an exercise whose log failed to start is listed, and can be deleted, rather than lost.
  await catalogue.put(record);
  const engine = await ExerciseEngine.create(catalogue.eventStore(exerciseId), {
    exerciseId,
    name: input.name,
    seed: input.seed,
    wallMs: now,
    content: loaded.content,
    exerciseMarking: input.marking,
    autoPlay,
  });
  const created = { ...record, eventCount: engine.events.length };
  await catalogue.update(exerciseId, { eventCount: created.eventCount });
  return created;
}
