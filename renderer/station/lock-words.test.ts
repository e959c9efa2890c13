import { describe, expect, it } from 'vitest';
import { translatorFor } from '../state/index';
import { stationLockText } from './lock-words';

describe('why a station’s controls are off', () => {
  it('says each reason in plain words, with the host’s own reason when the exercise is not on it', () => {
    const en = translatorFor('en');
    expect(stationLockText(en, null)).toBeNull();
    expect(stationLockText(en, { kind: 'ended' })).toBe('Read only: the exercise has ended (ENDEX).');
    expect(
      stationLockText(en, { kind: 'not-found', reason: 'exercise ex-9 is not in the data folder' }),
    ).toBe(
      'Read only: the exercise is not on the exercise host (exercise ex-9 is not in the data folder). This station keeps trying by itself.',
    );
    expect(stationLockText(en, { kind: 'ahead', held: 9, hostLast: 4 })).toMatch(/^Read only until/);
    expect(stationLockText(translatorFor('nl'), { kind: 'ended' })).toBe(
      'Alleen lezen: de oefening is beëindigd (ENDEX).',
    );
  });
});
