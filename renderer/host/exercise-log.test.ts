import { describe, expect, it } from 'vitest';
import { contentOfCreated, eventDigest, replay, snapshotOf, type ExerciseEvent } from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { ExerciseLog } from './exercise-log';

const harness = await Harness.create();
await harness.startAtMaxSpeed();
for (let index = 0; harness.engine.events.length < 40; index += 1)
  await harness.send(
    'message/send',
    { to: ['ms-a'], marking: 'PUBLIC', subject: `${index}`, body: 'x' },
    'nac',
  );
const EVENTS: readonly ExerciseEvent[] = [...harness.engine.events];
const content = contentOfCreated(EVENTS[0] as ExerciseEvent);
const stateAfter = (count: number) => replay(EVENTS.slice(0, count), content);
const created = EVENTS[0] as ExerciseEvent;

describe('ExerciseLog', () => {
  it('folds lines that follow on, skips what it holds, and stops at a gap', () => {
    const log = new ExerciseLog();
    expect(log.take(EVENTS.slice(1, 3))).toEqual({ held: 0, next: 2 });
    expect(log.ready).toBe(false);
    expect(log.take(EVENTS.slice(0, 10))).toBeNull();
    expect(log.take(EVENTS.slice(5, 12))).toBeNull();
    expect(log.take(EVENTS.slice(14, 16))).toEqual({ held: 12, next: 15 });
    expect(log.events).toEqual(EVENTS.slice(0, 12));
    expect(log.whenLoaded('x').fold.state).toEqual(stateAfter(12));
    expect(log.lastDigest()).toBe(eventDigest(EVENTS[11] as ExerciseEvent));
    expect(log.progress()).toBeNull();
    expect(log.eventsAfter(10, 5)).toEqual(EVENTS.slice(10, 12));
  });

  it('starts from a snapshot with the events after it, and becomes whole once the history is in', () => {
    const log = new ExerciseLog();
    log.start(created, snapshotOf(stateAfter(20)), EVENTS.slice(20, 30));
    expect(log.whenLoaded('x').fold.state).toEqual(stateAfter(30));
    const partial = log.events;
    expect(partial).toEqual(EVENTS.slice(20, 30));
    expect(log.progress()).toEqual({ loaded: 0, total: 20 });
    expect(log.historyNeeded(8)).toEqual({ from: 1, to: 8 });
    // Nothing follows on from an empty copy until the history reaches it.
    expect(log.eventsAfter(0, 100)).toEqual([]);
    expect(log.addHistory(EVENTS.slice(0, 8))).toBe(true);
    expect(log.eventsAfter(0, 100)).toEqual(EVENTS.slice(0, 8));
    expect(log.addHistory(EVENTS.slice(10, 12))).toBe(false);
    expect(log.historyNeeded(100)).toEqual({ from: 9, to: 20 });
    expect(log.addHistory(EVENTS.slice(8, 20))).toBe(true);
    expect(log.progress()).toBeNull();
    expect(log.events).not.toBe(partial);
    expect(log.events).toEqual(EVENTS.slice(0, 30));
    expect(log.take(EVENTS.slice(30))).toBeNull();
    expect(log.events).toEqual(EVENTS);
    expect(log.whenLoaded('x').fold.state).toEqual(stateAfter(EVENTS.length));
  });

  it('starts again from a later snapshot, keeping the history it holds', () => {
    const log = new ExerciseLog();
    log.take(EVENTS.slice(0, 10));
    log.start(created, snapshotOf(stateAfter(25)), EVENTS.slice(25, 32));
    expect(log.whenLoaded('x').fold.state).toEqual(stateAfter(32));
    expect(log.progress()).toEqual({ loaded: 10, total: 25 });
    expect(log.eventsAfter(4, 100)).toEqual(EVENTS.slice(4, 10));
    expect(log.addHistory(EVENTS.slice(10, 25))).toBe(true);
    expect(log.events).toEqual(EVENTS.slice(0, 32));
  });

  it('names its last event by the digest it was given when that event is not in memory', () => {
    const log = new ExerciseLog();
    const digest = eventDigest(EVENTS[19] as ExerciseEvent);
    log.start(created, snapshotOf(stateAfter(20)), [], { lastDigest: digest });
    expect(log.lastSeq()).toBe(20);
    expect(log.lastDigest()).toBe(digest);
    log.take(EVENTS.slice(20, 21));
    expect(log.lastDigest()).toBe(eventDigest(EVENTS[20] as ExerciseEvent));
  });

  it('refuses events after a snapshot that do not follow on, and holds what it held', () => {
    const log = new ExerciseLog();
    log.take(EVENTS.slice(0, 5));
    expect(() => log.start(created, snapshotOf(stateAfter(20)), EVENTS.slice(21, 25))).toThrow(
      'the log jumps from event 20 to 22',
    );
    expect(log.events).toEqual(EVENTS.slice(0, 5));
  });
});
