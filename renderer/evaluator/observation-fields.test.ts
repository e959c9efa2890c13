import { describe, expect, it } from 'vitest';
import { EvaluationLog, type EventPayload, type ExerciseEvent } from '../../core/index';
import { observationPayload } from './observation-fields';

/** The observation as the evaluation log reads it back from the `observation.recorded` event. */
function recordedBack(payload: EventPayload<'observation.recorded'>) {
  const event: ExerciseEvent = {
    v: 1,
    seq: 1,
    exerciseId: 'x',
    type: 'observation.recorded',
    scenarioMs: 0,
    wallMs: 0,
    commandId: 'c-1',
    actor: { role: 'lead-evaluator', station: 's-1', actingAs: null },
    marking: null,
    audience: ['evaluation'],
    payload,
  };
  const log = new EvaluationLog();
  log.apply(event);
  return log.observations()[0]?.current;
}

describe('observation fields', () => {
  it('sends the kind and the links that are filled, and the evaluation log reads them back', () => {
    const payload = observationPayload({
      kind: 'improvement',
      links: { injectId: 'INJ-003', decisionId: ' ', role: 'ms-affected' },
      body: ' The alert named no agent class. ',
    });
    expect(payload).toEqual({
      kind: 'improvement',
      injectId: 'INJ-003',
      role: 'ms-affected',
      text: 'The alert named no agent class.',
    });
    expect(recordedBack({ observationId: 'OBS-1', ...payload })).toEqual({
      kind: 'improvement',
      links: { injectId: 'INJ-003', role: 'ms-affected' },
      body: 'The alert named no agent class.',
    });
  });

  it('reads an observation recorded without a kind as a plain observation', () => {
    expect(recordedBack({ observationId: 'OBS-2', text: 'Hot wash' })).toEqual({
      kind: 'observation',
      links: {},
      body: 'Hot wash',
    });
  });
});
