import { describe, expect, it } from 'vitest';
import { observationOf, observationPayload } from './observation-fields';

describe('observation fields', () => {
  it('sends the kind and the links that are filled, and reads them back from the event', () => {
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
    expect(observationOf(payload)).toEqual({
      kind: 'improvement',
      links: { injectId: 'INJ-003', role: 'ms-affected' },
      body: 'The alert named no agent class.',
    });
  });

  it('reads an observation recorded without a kind as a plain observation', () => {
    expect(observationOf({ text: 'Hot wash' })).toEqual({ kind: 'observation', links: {}, body: 'Hot wash' });
  });
});
