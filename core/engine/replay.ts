import type { EngineSnapshot, EventOf, ExerciseEvent } from '../ports/index';
import { applyEvent, stateAfterCreated } from './apply-event';
import type { EngineState } from './engine-state';
import { checkEmbeddedContent } from './check-embedded-content';
import { loadContent, describeProblems, type LoadedContent } from './exercise-content';
import { snapshotState } from './state-migrations';

/** A log that cannot be replayed: its first event is not an `exercise.created` with loadable content. */
export class ReplayError extends Error {}

/** A log from outside whose embedded documents were refused; `field` is the path in `exercise.created`. */
export class EmbeddedContentError extends ReplayError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`exercise.created, field "${field}": ${reason}`);
  }
}

/** The log's first event, which must be `exercise.created`: everything else is read with what it embeds. */
export function createdEvent(first: ExerciseEvent): EventOf<'exercise.created'> {
  if (first.type !== 'exercise.created' || first.seq !== 1) {
    throw new ReplayError(
      `the log does not begin with exercise.created (its first event is ${first.type} #${first.seq})`,
    );
  }
  return first;
}

/** The content of the engine's own log: written by this engine, so read without checks (docs/event-log.md). */
export function contentOfCreated(first: ExerciseEvent): LoadedContent {
  const created = createdEvent(first);
  const loaded = loadContent(created.payload.content, { trusted: true });
  if (!loaded.ok)
    throw new ReplayError(
      `the embedded playbook or scenario does not load:\n${describeProblems(loaded.problems)}`,
    );
  return loaded.content;
}

/**
 * The content of a log read from outside (a backup, a journal a user names): checked in full before
 * anything is replayed with it, and refused with the field at fault.
 */
export function checkedContentOfCreated(first: ExerciseEvent): LoadedContent {
  const created = createdEvent(first);
  const checked = checkEmbeddedContent(created.payload.content, 'payload.content');
  if (!checked.ok) throw new EmbeddedContentError(checked.field, checked.reason);
  return checked.content;
}

/**
 * State as a fold of the log: no clock, no validation of log lines, no XState. Starts from a snapshot when
 * one is given (its state at `snapshot.seq`), else from `exercise.created`.
 */
export function replay(
  events: readonly ExerciseEvent[],
  content: LoadedContent,
  from?: EngineState,
  options: { copy: boolean } = { copy: true },
): EngineState {
  // The fold mutates its state: start from a copy unless the caller hands over a snapshot it owns.
  let state = from && options.copy ? (JSON.parse(JSON.stringify(from)) as EngineState) : from;
  for (const event of events) {
    if (!state) {
      state = stateAfterCreated(createdEvent(event), content.scenario);
      continue;
    }
    if (event.seq <= state.lastSeq) continue;
    applyEvent(state, event);
  }
  if (!state) throw new ReplayError('the log is empty');
  return state;
}

/**
 * A fold fed one event at a time, for reading a journal as a stream: from `exercise.created`, or from a
 * snapshot of the same exercise (the console's copy, or the host's latest, opened without the history before
 * it). The snapshot's state is migrated to this version; it is copied first unless the caller hands over a
 * snapshot it owns (`copy: false`), because the fold changes its state in place.
 */
export function foldFrom(
  created: ExerciseEvent,
  content: LoadedContent,
  snapshot?: EngineSnapshot,
  options: { copy: boolean } = { copy: true },
) {
  const first = createdEvent(created);
  let state: EngineState;
  if (snapshot) {
    if (snapshot.exerciseId !== first.exerciseId)
      throw new ReplayError(
        `the snapshot at event ${snapshot.seq} is of exercise ${snapshot.exerciseId}, not ${first.exerciseId}`,
      );
    const owned = options.copy ? (JSON.parse(JSON.stringify(snapshot)) as EngineSnapshot) : snapshot;
    state = snapshotState(owned);
  } else state = stateAfterCreated(first, content.scenario);
  return {
    state,
    apply(event: ExerciseEvent): void {
      if (event.seq > state.lastSeq) applyEvent(state, event);
    },
  };
}
