import { describe, expect, it } from 'vitest';
import { statePathsOf, wordState, wordStateValue } from './state-words';

describe('state words', () => {
  it('spells a state path out as words, never as the dotted id', () => {
    expect(wordState(undefined, 'link.staffToStaff.none')).toBe('link › staff to staff › none');
    expect(wordState(undefined, 'fullActivation')).toBe('full activation');
  });

  it('finds the leaf path of each parallel region of a logged state value', () => {
    expect(statePathsOf('idle')).toEqual(['idle']);
    expect(statePathsOf({ open: { staff: 'none', political: 'met' } })).toEqual([
      'open.staff.none',
      'open.political.met',
    ]);
  });

  it('words every region of a value for a sentence', () => {
    expect(wordStateValue(undefined, { open: { staff: 'none', political: 'met' } })).toBe(
      'open › staff › none, open › political › met',
    );
  });
});
