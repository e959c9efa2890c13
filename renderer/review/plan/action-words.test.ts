import { describe, expect, it } from 'vitest';
import { fieldText, formatDueDate, recordedAt } from './action-words';
import type { PlanWords } from './plan-choices';

const observationTexts = new Map([
  ['OBS-1', 'Late alert'],
  ['OBS-2', 'No press line'],
]);
const words: PlanWords = {
  owner: (owner) => (owner === 'ms-a' ? 'Member State A' : owner),
  objective: (id) => (id === 'obj-alert' ? 'Alert partners fast' : id),
  observation: (id) => observationTexts.get(id) ?? id,
  role: (id) => id,
};

const action = {
  what: 'Rehearse the rapid alert',
  owner: 'ms-a',
  due: '2027-03-31',
  objectiveId: 'obj-alert',
  observationIds: ['OBS-1', 'OBS-2'],
};

describe('formatDueDate', () => {
  it('reads a due date as a day in the language chosen, never the day before', () => {
    expect(formatDueDate('2027-03-31', 'en')).toBe('31 Mar 2027');
    expect(formatDueDate('2027-03-01', 'nl')).toBe('1 mrt 2027');
  });

  it('shows what is not a date as written', () => {
    expect(formatDueDate('end of Q1', 'en')).toBe('end of Q1');
    expect(formatDueDate('2027-02-30', 'en')).toBe('2027-02-30');
  });
});

describe('fieldText', () => {
  it('puts each field in words', () => {
    expect(fieldText('what', action, words, 'en')).toBe('Rehearse the rapid alert');
    expect(fieldText('owner', action, words, 'en')).toBe('Member State A');
    expect(fieldText('due', action, words, 'en')).toBe('31 Mar 2027');
    expect(fieldText('objectiveId', action, words, 'en')).toBe('Alert partners fast');
    expect(fieldText('observationIds', action, words, 'en')).toBe('Late alert; No press line');
  });

  it('is null for a field the action leaves empty', () => {
    const bare = { ...action, due: null, objectiveId: null, observationIds: [] };
    expect(fieldText('due', bare, words, 'en')).toBeNull();
    expect(fieldText('objectiveId', bare, words, 'en')).toBeNull();
    expect(fieldText('observationIds', bare, words, 'en')).toBeNull();
  });
});

describe('recordedAt', () => {
  it('gives scenario time, then the wall time of day', () => {
    expect(recordedAt({ scenarioMs: 7 * 3_600_000 + 5_000, wallMs: 0 }, 'en')).toMatch(
      /^T\+07:00:05 · \d{2}:\d{2}:\d{2}$/,
    );
  });
});
