import {
  BranchError,
  branchLog,
  contentOfCreated,
  encodeEvents,
  replay,
  snapshotOf,
  type ActorRef,
  type ExerciseEvent,
  type ExerciseRecord,
} from '../core/index';
import { recordOfLog } from './exercise-catalogue-files';
import { writeNewExerciseFolder } from './new-exercise-folder';

/** A what-if branch a controller asks for: after which event of the origin, and under what name. */
export interface BranchRequest {
  atSeq: number;
  name: string;
}

export interface BranchDeps {
  dataFolder: string;
  newId: () => string;
  now: () => number;
  /** Who asks: the controller at the console. */
  actor: ActorRef;
}

/**
 * Makes a what-if branch of an exercise (issue 23, docs/adr/0009-what-if-branches.md) as a new exercise in the
 * data folder: its journal starts with the origin's first `atSeq` events under the branch's id, then
 * `exercise.branched`; it is replayed once to be sure it opens, and written whole beside the origin, which is
 * only read. The record keeps the roles as the origin's record has them (stations and hands are not in the
 * log). Throws BranchError with the controller's words when the point cannot be branched from.
 */
export async function branchExercise(
  origin: { record: ExerciseRecord; prefix: readonly ExerciseEvent[] },
  request: BranchRequest,
  deps: BranchDeps,
): Promise<ExerciseRecord> {
  const exerciseId = deps.newId();
  const events = branchLog(
    origin.prefix,
    { name: origin.record.name },
    { exerciseId, name: request.name, wallMs: deps.now(), actor: deps.actor },
  );
  const created = events[0] as ExerciseEvent;
  const branched = events.at(-1) as ExerciseEvent;
  const content = contentOfCreated(created);
  const state = replay(events, content);
  const record: ExerciseRecord = {
    ...recordOfLog({
      created,
      content,
      status: state.clock.status,
      eventCount: events.length,
      lastEventWallMs: branched.wallMs,
      branched,
    }),
    roles: { ...origin.record.roles },
  };
  const written = await writeNewExerciseFolder(deps.dataFolder, {
    record,
    journal: Buffer.from(encodeEvents(events), 'utf8'),
    snapshot: snapshotOf(state),
  });
  if (written === 'exists') throw new BranchError(`an exercise ${exerciseId} is already in the data folder`);
  return record;
}
