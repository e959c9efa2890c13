import { describe, expect, it } from 'vitest';
import type { OpenDecision } from '../../core/index';
import { translate, type Language } from '../i18n/index';
import { INSTANCE_ANSWER, RATIONALE_ANSWER, missingAnswers } from './missing-answers';

const translator =
  (language: Language) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);

const fields: OpenDecision['fields'] = [
  { name: 'teams', label: 'Teams', type: 'number', required: true },
  { name: 'note', label: 'Note', type: 'text', required: false },
  { name: 'urgent', label: 'Urgent', type: 'boolean', required: true },
];
const form = {
  formId: 'd',
  instanceLabel: 'requesting Member State',
  instance: ' ',
  fields,
  values: {},
  rationale: '  ',
};

describe('missingAnswers', () => {
  it('lists every required answer missing, in form order, with its input and message', () => {
    expect(missingAnswers(translator('en'), form)).toEqual([
      { key: INSTANCE_ANSWER, inputId: 'd-instance', message: '“requesting Member State” is required.' },
      { key: 'teams', inputId: 'd-teams', message: '“Teams” is required.' },
      { key: 'urgent', inputId: 'd-urgent', message: '“Urgent” is required.' },
      {
        key: RATIONALE_ANSWER,
        inputId: 'd-rationale',
        message: 'Give a rationale before taking the decision.',
      },
    ]);
  });

  it('takes a “no” (false) as an answer, and finds nothing missing once all are given', () => {
    const answered = { ...form, instance: 'arland', values: { teams: '2', urgent: false }, rationale: 'Now' };
    expect(missingAnswers(translator('en'), answered)).toEqual([]);
    expect(missingAnswers(translator('en'), { ...answered, instanceLabel: null, instance: '' })).toEqual([]);
  });

  it('speaks the station’s language', () => {
    const [first] = missingAnswers(translator('nl'), { ...form, instanceLabel: null });
    expect(first?.message).toBe('“Teams” is verplicht.');
  });
});
