import { describe, expect, it } from 'vitest';
import { contentWords } from '../../core/index';
import { loadBundledPlaybook } from '../../test/bundled-content';
import { statePathsOf, wordState, wordStateValue } from './state-words';

const { documents } = loadBundledPlaybook();
const link = documents.mechanisms.find((mechanism) => mechanism.id === 'eu-nato-link');

describe('state words', () => {
  it('spells a state path out as words, never as the dotted id', () => {
    expect(wordState(undefined, 'link.staffToStaff.none')).toBe('link › staff to staff › none');
    expect(wordState(undefined, 'fullActivation')).toBe('full activation');
  });

  it('reads the label the playbook gives a state, and its translation when the screen has one', () => {
    // The labels as written in playbook/machines/eu-nato-link.yaml and playbook/translations/nl/eu-nato-link.yaml.
    expect(wordState(link, 'link.staffToStaff.none')).toBe('Staff-to-staff: no exchange');
    expect(wordState(link, 'link.staffToStaff.none', contentWords(documents, 'nl'))).toBe('Geen contact');
    // A path the document does not have is spelt out, never dropped.
    expect(wordState(link, 'link.nowhere')).toBe('link › nowhere');
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
