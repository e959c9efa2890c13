import { SequenceGapError, type ExerciseEvent } from '../ports/index';

/** Thrown by `append` when a batch holds an event of another exercise: a store keeps one exercise's log. */
export class WrongExerciseError extends Error {
  override readonly name = 'WrongExerciseError';
  constructor(
    readonly expected: string,
    readonly received: string,
  ) {
    super(`an event of exercise "${received}" cannot go into the log of exercise "${expected}"`);
  }
}

/** Thrown by every store method once `close()` was called, so a late write cannot pass for recorded. */
export class EventStoreClosedError extends Error {
  override readonly name = 'EventStoreClosedError';
  constructor(exerciseId: string) {
    super(`the event store of exercise "${exerciseId}" is closed`);
  }
}

/**
 * Check that `batch` continues a log of `exerciseId` whose last seq is `lastSeq`, before anything of it is
 * stored: every store runs the same rule, so they reject exactly the same batches.
 * @returns the seq of the batch's last event (`lastSeq` for an empty batch)
 * @throws WrongExerciseError, SequenceGapError
 */
export function checkBatch(exerciseId: string, lastSeq: number, batch: readonly ExerciseEvent[]): number {
  let expected = lastSeq + 1;
  for (const event of batch) {
    if (event.exerciseId !== exerciseId) throw new WrongExerciseError(exerciseId, event.exerciseId);
    if (event.seq !== expected) throw new SequenceGapError(expected, event.seq);
    expected++;
  }
  return expected - 1;
}

/** Check that a snapshot belongs to the store's exercise: a foreign one would be replayed as ours. */
export function checkSnapshotExercise(exerciseId: string, snapshotExerciseId: string): void {
  if (snapshotExerciseId !== exerciseId) throw new WrongExerciseError(exerciseId, snapshotExerciseId);
}

/** Events `fromSeq`…`toSeq` of a log held as one canonical JSON line per event (line n is seq n). */
export function eventsFromLines(lines: readonly string[], fromSeq = 1, toSeq = Infinity): ExerciseEvent[] {
  const start = Math.max(1, Math.ceil(fromSeq)) - 1;
  const end = Math.min(lines.length, Math.floor(toSeq));
  return lines.slice(start, Math.max(start, end)).map((line) => JSON.parse(line) as ExerciseEvent);
}
