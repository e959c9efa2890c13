import { describe, expect, it } from 'vitest';
import { ExpectedActionLog, type EventPayload, type EventType, type ExerciseEvent } from '../../core/index';
import { actionOutcome } from './guide-status';

let seq = 0;
/** A log event of one type at a scenario time; its payload must be the one its type has. */
function logged<K extends EventType>(type: K, scenarioMs: number, payload: EventPayload<K>): ExerciseEvent {
  seq += 1;
  const event = {
    v: 1,
    seq,
    exerciseId: 'x',
    type,
    scenarioMs,
    wallMs: seq,
    commandId: null,
    actor: null,
    marking: null,
    audience: [],
    payload,
  };
  // TypeScript cannot tie a generic `type` to its payload inside the union; the signature above does.
  return event as ExerciseEvent;
}

const content = {
  title: 'Casualties at a bench',
  text: 'Two people found unconscious',
  from: 'police',
  to: ['ms-affected'],
  channel: 'phone',
  marking: 'EU-ONLY',
  priority: 'flash',
};

describe('an expected action in the guide', () => {
  it('reads where it stands from the expected-action log, and is not released before its inject', () => {
    const log = new ExpectedActionLog();
    expect(actionOutcome(log, 'INJ-1', 'EA-1')).toEqual({
      status: 'not-released',
      deadlineMs: null,
      decisionId: null,
      note: null,
      atMs: null,
    });
    log.apply(
      logged('inject.released', 0, {
        injectId: 'INJ-1',
        content,
        deadlines: { 'EA-1': 3_600_000, 'EA-2': null },
        cause: 'schedule',
        adhoc: false,
      }),
    );
    expect(actionOutcome(log, 'INJ-1', 'EA-1')).toMatchObject({ status: 'open', deadlineMs: 3_600_000 });
    log.apply(
      logged('expected-action.met', 600_000, {
        injectId: 'INJ-1',
        actionId: 'EA-1',
        decisionId: 'D-7',
        role: 'ms-affected',
      }),
    );
    log.apply(
      logged('expected-action.marked', 900_000, {
        injectId: 'INJ-1',
        actionId: 'EA-2',
        met: false,
        note: 'No sitrep sent',
      }),
    );
    expect(actionOutcome(log, 'INJ-1', 'EA-1')).toEqual({
      status: 'met',
      deadlineMs: 3_600_000,
      decisionId: 'D-7',
      note: null,
      atMs: 600_000,
    });
    expect(actionOutcome(log, 'INJ-1', 'EA-2')).toEqual({
      status: 'marked-unmet',
      deadlineMs: null,
      decisionId: null,
      note: 'No sitrep sent',
      atMs: 900_000,
    });
  });
});
