import { describe, expect, it } from 'vitest';
import { testEvent, testEvents } from '../../test/event-store-contract';
import { SequenceGapError } from '../ports/index';
import {
  checkBatch,
  checkSnapshotExercise,
  EventStoreClosedError,
  eventsFromLines,
  WrongExerciseError,
} from './check-batch';

describe('checkBatch', () => {
  it('accepts a batch that continues the log, and gives its last seq', () => {
    expect(checkBatch('ex-1', 0, testEvents('ex-1', 1, 3))).toBe(3);
    expect(checkBatch('ex-1', 3, testEvents('ex-1', 4, 2))).toBe(5);
    expect(checkBatch('ex-1', 7, [])).toBe(7);
  });

  it('refuses a gap or an overlap, naming the seq it expected', () => {
    const gap = () => checkBatch('ex-1', 3, [testEvent('ex-1', 5)]);
    expect(gap).toThrow(SequenceGapError);
    expect(gap).toThrow('event seq 5 does not continue the log (expected 4)');
    expect(() => checkBatch('ex-1', 3, [testEvent('ex-1', 4), testEvent('ex-1', 4)])).toThrow(
      'event seq 4 does not continue the log (expected 5)',
    );
  });

  it('refuses an event of another exercise', () => {
    const foreign = () => checkBatch('ex-1', 0, [testEvent('ex-1', 1), testEvent('ex-2', 2)]);
    expect(foreign).toThrow(WrongExerciseError);
    expect(foreign).toThrow('an event of exercise "ex-2" cannot go into the log of exercise "ex-1"');
  });
});

describe('checkSnapshotExercise', () => {
  it('accepts a snapshot of the store’s exercise and refuses another’s', () => {
    expect(() => checkSnapshotExercise('ex-1', 'ex-1')).not.toThrow();
    expect(() => checkSnapshotExercise('ex-1', 'ex-2')).toThrow(WrongExerciseError);
  });
});

describe('EventStoreClosedError', () => {
  it('names the exercise whose store is closed', () => {
    const error = new EventStoreClosedError('ex-1');
    expect(error.name).toBe('EventStoreClosedError');
    expect(error.message).toBe('the event store of exercise "ex-1" is closed');
  });
});

describe('eventsFromLines', () => {
  const lines = testEvents('ex-1', 1, 5).map((event) => JSON.stringify(event));
  const seqs = (from?: number, to?: number) => eventsFromLines(lines, from, to).map((event) => event.seq);

  it.each([
    [undefined, undefined, [1, 2, 3, 4, 5]],
    [2, 4, [2, 3, 4]],
    [4, undefined, [4, 5]],
    [0, 2, [1, 2]],
    [4, 99, [4, 5]],
    [4, 3, []],
    [6, 9, []],
    // Fractional bounds keep to whole seqs inside them.
    [1.5, 3.5, [2, 3]],
  ])('from %s to %s: %j', (from, to, expected) => {
    expect(seqs(from, to)).toEqual(expected);
  });
});
