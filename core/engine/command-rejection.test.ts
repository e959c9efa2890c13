import { describe, expect, it } from 'vitest';
import { reject } from './command-rejection';

describe('a refusal', () => {
  it('carries its code, its reason and the field at fault', () => {
    expect(reject('not-now', 'the clock is paused, not running', 'payload.scenarioMs')).toEqual({
      code: 'not-now',
      reason: 'the clock is paused, not running',
      field: 'payload.scenarioMs',
    });
  });

  it('has no field at all when none is at fault, so a reply sent on carries no empty one', () => {
    const refusal = reject('exercise-ended', 'the exercise has ended (ENDEX)');
    expect(Object.keys(refusal)).toEqual(['code', 'reason']);
    expect(JSON.stringify(refusal)).toBe(
      '{"code":"exercise-ended","reason":"the exercise has ended (ENDEX)"}',
    );
  });
});
