import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { snapshotOf } from './engine-state';
import type { EventOf, ExerciseEvent } from '../ports/index';
import {
  checkedContentOfCreated,
  contentOfCreated,
  createdEvent,
  EmbeddedContentError,
  foldFrom,
  replay,
  ReplayError,
} from './replay';

/** The mini exercise started, a message sent, and the safety stop put on: a short log to replay. */
async function playedLog() {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  await harness.send(
    'message/send',
    { to: ['ms-c'], marking: 'EU-ONLY', subject: 'Hello', body: 'Text.' },
    'ms-a',
  );
  // An amendment counts once per event: a fold that applied an event twice would show it.
  await harness.send('observation/record', { observationId: 'OBS-1', text: 'Slow alert' });
  await harness.send('observation/amend', { observationId: 'OBS-1', text: 'Slower', reason: 'checked' });
  const beforeStop = harness.engine.events.length;
  await harness.send('exercise/no-play', { on: true, notice: 'Fire alarm' });
  return { events: [...harness.engine.events], content: harness.engine.content, beforeStop };
}

const { events, content, beforeStop } = await playedLog();
const created = events[0] as EventOf<'exercise.created'>;

describe('the first event of a log', () => {
  it('is exercise.created, #1', () => {
    expect(createdEvent(created)).toBe(created);
    expect(() => createdEvent(events[1] as ExerciseEvent)).toThrow(ReplayError);
    expect(() => createdEvent(events[1] as ExerciseEvent)).toThrow(
      `the log does not begin with exercise.created (its first event is ${events[1]?.type} #2)`,
    );
    expect(() => createdEvent({ ...created, seq: 3 })).toThrow('its first event is exercise.created #3');
  });

  it('gives the engine’s own log its documents as parsed, without checking them again', () => {
    const edited = structuredClone(created);
    const document = edited.payload.content.scenario.document;
    if (!document) throw new Error('the engine embeds the parsed scenario');
    document.title = 'Edited after the fact';
    expect(contentOfCreated(edited).scenario.title).toBe('Edited after the fact');
    // The same log read from outside is checked, and refused with the field at fault.
    expect(() => checkedContentOfCreated(edited)).toThrow(EmbeddedContentError);
    expect(checkedContentOfCreated(created).scenario.title).toBe('Mini scenario');
  });

  it('refuses a log whose documents do not load, saying so', () => {
    const broken = structuredClone(created);
    delete broken.payload.content.scenario.document;
    broken.payload.content.scenario.source.text = 'kind: scenario\n';
    expect(() => contentOfCreated(broken)).toThrow(ReplayError);
    expect(() => contentOfCreated(broken)).toThrow(/^the embedded playbook or scenario does not load:\n/);
  });
});

describe('state as a fold of the log', () => {
  it('folds every event from exercise.created on', () => {
    const state = replay(events, content);
    expect(state.lastSeq).toBe(events.length);
    expect(state.noPlay).toBe(true);
    expect(state.clock.status).toBe('paused');
    expect(Object.keys(state.messages)).toHaveLength(1);
    expect(state.observations['OBS-1']?.amended).toBe(1);
    const early = replay(events.slice(0, beforeStop), content);
    expect(early).toMatchObject({ lastSeq: beforeStop, noPlay: false, clock: { status: 'running' } });
  });

  it('starts from a snapshot and skips the events it already holds, leaving the snapshot as it was', () => {
    const snapshot = replay(events.slice(0, beforeStop), content);
    const kept = structuredClone(snapshot);
    // Handed the whole log, from the snapshot on: the same state as the fold from the start.
    expect(replay(events, content, snapshot)).toEqual(replay(events, content));
    // Handed only events it already holds, it stays as it was: nothing is applied twice or backwards.
    expect(replay(events.slice(0, beforeStop - 2), content, snapshot)).toEqual(kept);
    expect(snapshot).toEqual(kept);
  });

  it('folds into a snapshot it is handed to own, without copying it', () => {
    const snapshot = replay(events.slice(0, beforeStop), content);
    const folded = replay(events.slice(beforeStop), content, snapshot, { copy: false });
    expect(folded).toBe(snapshot);
    expect(snapshot.noPlay).toBe(true);
  });

  it('refuses an empty log, and one that does not begin with exercise.created', () => {
    expect(() => replay([], content)).toThrow(new ReplayError('the log is empty'));
    expect(() => replay(events.slice(1), content)).toThrow(ReplayError);
  });

  it('folds a log read as a stream, one event at a time, ignoring one it already has', () => {
    const fold = foldFrom(created, content);
    for (const event of events.slice(1, beforeStop)) fold.apply(event);
    fold.apply(events[2] as ExerciseEvent);
    expect(fold.state).toEqual(replay(events.slice(0, beforeStop), content));
    for (const event of events.slice(beforeStop)) fold.apply(event);
    expect(fold.state).toEqual(replay(events, content));
  });

  it('folds on from a snapshot of the same exercise, as if from the start, leaving the snapshot as it was', () => {
    const cut = 4;
    const snapshot = snapshotOf(replay(events.slice(0, cut), content));
    const kept = JSON.stringify(snapshot);
    const fold = foldFrom(created, content, snapshot);
    expect(fold.state.lastSeq).toBe(cut);
    for (const event of events.slice(cut - 1)) fold.apply(event);
    // Oracle: the fold of the whole log from exercise.created.
    expect(fold.state).toEqual(replay(events, content));
    expect(JSON.stringify(snapshot)).toBe(kept);
  });

  it('migrates a snapshot written by an earlier version, and refuses one of another exercise', () => {
    const state = replay(events.slice(0, beforeStop), content);
    const older = {
      exerciseId: state.exerciseId,
      seq: state.lastSeq,
      state: JSON.parse(JSON.stringify(state)),
    };
    // A v1 snapshot: no `v`; its fold is the same once migrated (the mini exercise has no pending actions).
    expect(foldFrom(created, content, older).state).toEqual(state);
    expect(() => foldFrom(created, content, { ...snapshotOf(state), exerciseId: 'other-1' })).toThrow(
      `the snapshot at event ${state.lastSeq} is of exercise other-1, not ${state.exerciseId}`,
    );
  });
});
