import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { ExerciseEvent } from '../ports/index';
import { headingOf, stationViewOf, streamLengthOf, type ViewedExercise } from './station-streams';

const message = (to: string[], marking: string, subject: string) => ({
  to,
  marking,
  subject,
  body: 'Text.',
});

/** What a copy of the log holds of the harness's exercise, in an array of its own. */
function copyOf(harness: Harness, events: readonly ExerciseEvent[] = [...harness.engine.events]) {
  const { content, state, roles } = harness.engine;
  return { content, state, events, roles, heading: headingOf(content, state, events[0]) };
}

/** The subjects of the messages delivered to a role, as its station's view lists them. */
function deliveredSubjects(exercise: ViewedExercise, role: string): string[] {
  return stationViewOf(exercise, role).events.flatMap((event) =>
    event.type === 'message.delivered' && event.payload.role === role ? [event.payload.subject] : [],
  );
}

describe('the role streams', () => {
  it('keep a stream asked for early up to date: it equals one built from the whole log at the end', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const growing: ExerciseEvent[] = [...harness.engine.events];
    const sync = () => growing.push(...harness.engine.events.slice(growing.length));
    const early = streamLengthOf(copyOf(harness, growing), 'ms-c');
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'Hello'), 'ms-a');
    sync();
    expect(streamLengthOf(copyOf(harness, growing), 'ms-c')).toBeGreaterThan(early);
    await harness.send('message/send', message(['ms-a', 'ms-c'], 'NATO-ONLY', 'Allied line'), 'nac');
    await harness.send('message/send', message(['ms-c'], 'PUBLIC', 'Second'), 'ms-a');
    sync();
    // Worked example: ms-c is cleared for EU-ONLY and PUBLIC, not for NATO-ONLY; ms-a for all three.
    expect(deliveredSubjects(copyOf(harness, growing), 'ms-c')).toEqual(['Hello', 'Second']);
    expect(deliveredSubjects(copyOf(harness, growing), 'ms-a')).toEqual(['Allied line']);
    // The stream resumed on the growing array agrees with one built afresh from a new array.
    const fresh = copyOf(harness);
    for (const role of harness.engine.roles.keys()) {
      expect(stationViewOf(copyOf(harness, growing), role)).toEqual(stationViewOf(fresh, role));
      expect(stationViewOf(copyOf(harness, growing), role, 2).events).toEqual(
        stationViewOf(fresh, role).events.slice(2),
      );
    }
  });

  it('number each role’s events in its own stream, never by the global seq', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'Hello'), 'ms-a');
    const view = stationViewOf(copyOf(harness), 'ms-c');
    expect(view.events.map((event) => event.streamSeq)).toEqual(view.events.map((_, index) => index + 1));
    expect(view.streamSeq).toBe(view.events.length);
    expect(view.events.some((event) => 'seq' in event)).toBe(false);
    // Control sees every event of the log; a player fewer.
    expect(streamLengthOf(copyOf(harness), 'excon')).toBe(harness.engine.events.length);
    expect(streamLengthOf(copyOf(harness), 'ms-c')).toBeLessThan(harness.engine.events.length);
    expect(streamLengthOf(copyOf(harness), 'nobody')).toBe(0);
    expect(() => stationViewOf(copyOf(harness), 'nobody')).toThrow('role nobody is not in this exercise');
  });

  it('start afresh on the longer array once the history before a quick open is read in', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'Before'), 'ms-a');
    const cut = harness.engine.events.length;
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'After'), 'ms-a');
    const events: readonly ExerciseEvent[] = harness.engine.events;
    const created = events[0];
    const { content, state, roles } = harness.engine;
    const partial = {
      content,
      state,
      roles,
      events: events.slice(cut),
      heading: headingOf(content, state, created),
    };
    expect(deliveredSubjects(partial, 'ms-c')).toEqual(['After']);
    const whole = { ...partial, events: events.slice(0, cut).concat(partial.events) };
    expect(deliveredSubjects(whole, 'ms-c')).toEqual(['Before', 'After']);
    expect(partial.heading.name).toBe('Mini');
  });
});
