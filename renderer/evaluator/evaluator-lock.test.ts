import { describe, expect, it } from 'vitest';
import { translatorFor } from '../state/index';
import { evaluatorLockText } from './evaluator-lock';

describe('why the evaluator’s forms are off', () => {
  it('says each reason in plain words, and never locks them for ENDEX', () => {
    const en = translatorFor('en');
    expect(evaluatorLockText(en, null)).toBeNull();
    expect(evaluatorLockText(en, { kind: 'ended' })).toBeNull();
    expect(evaluatorLockText(en, { kind: 'not-found', reason: 'no exercise eval-9' })).toBe(
      'Recording is off: the exercise is not on the exercise host (no exercise eval-9). This station keeps trying by itself.',
    );
    expect(evaluatorLockText(translatorFor('nl'), { kind: 'ahead', held: 3, hostLast: 1 })).toMatch(
      /^Vastleggen staat uit tot/,
    );
  });
});
