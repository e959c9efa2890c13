import type { EngineState } from './engine-state';

/** Save a snapshot every this many events, so replay to any point starts near it. */
export const SNAPSHOT_INTERVAL = 2000;

/**
 * How often the writer saves a snapshot. By default every SNAPSHOT_INTERVAL events, and never more often
 * than once per entry of the state: a snapshot is the whole state, so with a fixed interval a large MSEL's
 * snapshots added up to more than its journal, growing with state × events (issue 19 §4). An entry of
 * the state takes about half the bytes of an event in the journal, so snapshots stay about half the journal.
 * An interval a caller asks for (tests, tools) is kept as asked.
 */
export interface SnapshotInterval {
  every: number;
  atLeastStateSize: boolean;
}

export function snapshotInterval(asked: number | undefined): SnapshotInterval {
  return asked === undefined
    ? { every: SNAPSHOT_INTERVAL, atLeastStateSize: true }
    : { every: asked, atLeastStateSize: false };
}

/** The entries of a state a snapshot writes out (injects, messages, mechanisms, timers, observations). */
export function stateSize(state: EngineState): number {
  let size = 0;
  for (const entries of [state.injects, state.messages, state.actors, state.timers, state.observations])
    for (const key in entries) if (Object.hasOwn(entries, key)) size++;
  return size;
}

/**
 * The seq at or after which the next snapshot is due, decided once the interval's minimum has passed: the
 * state's size is counted once per snapshot, not at every commit.
 */
export function nextSnapshotSeq(
  interval: SnapshotInterval,
  lastSnapshotSeq: number,
  state: EngineState,
): number {
  const events = interval.atLeastStateSize ? Math.max(interval.every, stateSize(state)) : interval.every;
  return lastSnapshotSeq + events;
}
