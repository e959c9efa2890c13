import { describe, expect, it } from 'vitest';
import type { EngineState } from './engine-state';
import { nextSnapshotSeq, SNAPSHOT_INTERVAL, snapshotInterval, stateSize } from './snapshot-interval';

/** A state with this many injects and two messages, one actor, no timers or observations. */
function stateOf(injects: number): EngineState {
  const entries = (count: number, prefix: string) =>
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}`, {}]));
  return {
    injects: entries(injects, 'INJ-'),
    messages: entries(2, 'm'),
    actors: entries(1, 'ipcr'),
    timers: {},
    observations: {},
  } as unknown as EngineState;
}

describe('the snapshot interval', () => {
  it('counts every entry a snapshot writes out', () => {
    expect(stateSize(stateOf(10))).toBe(13);
  });

  it('by default is SNAPSHOT_INTERVAL events, or one per state entry when the state is larger', () => {
    const interval = snapshotInterval(undefined);
    expect(nextSnapshotSeq(interval, 100, stateOf(10))).toBe(100 + SNAPSHOT_INTERVAL);
    expect(nextSnapshotSeq(interval, 100, stateOf(10_000))).toBe(100 + 10_003);
  });

  it('keeps an interval a caller asks for, whatever the state size', () => {
    expect(nextSnapshotSeq(snapshotInterval(4), 8, stateOf(10_000))).toBe(12);
  });
});
