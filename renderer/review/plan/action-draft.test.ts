import { describe, expect, it } from 'vitest';
import {
  amendedChanges,
  changedFields,
  draftOf,
  draftProblems,
  EMPTY_DRAFT,
  fieldsAtFault,
  fieldsOf,
  isCalendarDate,
  withObservation,
} from './action-draft';

// A stand-in for the exercise's owners: one role, "Member State A" (ms-a); anything else is kept as typed.
const ownerValue = (text: string) => (text.trim() === 'Member State A' ? 'ms-a' : text.trim());
const ownerWords = (owner: string) => (owner === 'ms-a' ? 'Member State A' : owner);

const action = {
  what: 'Rehearse the rapid alert',
  owner: 'ms-a',
  due: '2027-03-31',
  objectiveId: 'obj-alert',
  observationIds: ['OBS-2'],
};

describe('a draft of a corrective action', () => {
  it('starts as the action stands, its owner in words and empty strings for what is not set', () => {
    expect(draftOf(action, ownerWords)).toEqual({
      what: 'Rehearse the rapid alert',
      owner: 'Member State A',
      due: '2027-03-31',
      objectiveId: 'obj-alert',
      observationIds: ['OBS-2'],
    });
    expect(draftOf({ ...action, due: null, objectiveId: null }, ownerWords)).toMatchObject({
      due: '',
      objectiveId: '',
    });
  });

  it('needs what and an owner, an owner the engine takes, and a real date if any', () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual(['whatMissing', 'ownerMissing']);
    expect(draftProblems({ ...EMPTY_DRAFT, what: '  ', owner: ' ' })).toEqual([
      'whatMissing',
      'ownerMissing',
    ]);
    expect(draftProblems({ ...EMPTY_DRAFT, what: 'x', owner: 'o'.repeat(201) })).toEqual(['ownerTooLong']);
    expect(draftProblems({ ...EMPTY_DRAFT, what: 'x', owner: 'o'.repeat(200) })).toEqual([]);
    expect(draftProblems({ ...EMPTY_DRAFT, what: 'x', owner: 'EEAS', due: '31/03/2027' })).toEqual([
      'dueNotDate',
    ]);
    expect(draftProblems({ ...EMPTY_DRAFT, what: 'x', owner: 'EEAS', due: '2027-02-31' })).toEqual([
      'dueNotDate',
    ]);
    expect(draftProblems({ ...EMPTY_DRAFT, what: 'x', owner: 'EEAS', due: '2028-02-29' })).toEqual([]);
  });

  it('marks the fields its problems are about, and none for a problem of no field', () => {
    expect([...fieldsAtFault(['whatMissing', 'ownerTooLong', 'dueNotDate', 'amendReason'])]).toEqual([
      'what',
      'owner',
      'due',
    ]);
  });

  it('sends trimmed fields, the owner as the plan records it and nulls for what was left out', () => {
    expect(
      fieldsOf({ ...EMPTY_DRAFT, what: ' Brief the press ', owner: ' Member State A ' }, ownerValue),
    ).toEqual({ what: 'Brief the press', owner: 'ms-a', due: null, objectiveId: null, observationIds: [] });
  });
});

describe('isCalendarDate', () => {
  it('takes a day of the calendar written YYYY-MM-DD, nothing else', () => {
    expect(isCalendarDate('2027-03-31')).toBe(true);
    expect(isCalendarDate('2027-04-31')).toBe(false);
    expect(isCalendarDate('2027-3-31')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});

describe('changedFields', () => {
  it('names each field that differs, the observations compared as a set', () => {
    expect(changedFields(action, { ...action, observationIds: ['OBS-2'] })).toEqual([]);
    expect(
      changedFields(
        { ...action, observationIds: ['OBS-1', 'OBS-2'] },
        { ...action, observationIds: ['OBS-2', 'OBS-1'] },
      ),
    ).toEqual([]);
    expect(changedFields(action, { ...action, due: null, observationIds: ['OBS-1'] })).toEqual([
      'due',
      'observationIds',
    ]);
  });
});

describe('amendedChanges', () => {
  it('is only what the user changed, an owner shown by its title being no change', () => {
    const initial = draftOf(action, ownerWords);
    expect(amendedChanges(initial, initial, ownerValue)).toEqual({});
    expect(
      amendedChanges(
        initial,
        { ...initial, what: ' Rehearse the rapid alert ', owner: 'Member State A' },
        ownerValue,
      ),
    ).toEqual({});
    expect(amendedChanges(initial, { ...initial, due: '2027-05-31', objectiveId: '' }, ownerValue)).toEqual({
      due: '2027-05-31',
      objectiveId: null,
    });
    expect(amendedChanges(initial, { ...initial, owner: 'EEAS', observationIds: [] }, ownerValue)).toEqual({
      owner: 'EEAS',
      observationIds: [],
    });
  });
});

describe('withObservation', () => {
  const recorded = ['OBS-1', 'OBS-2', 'OBS-3'];

  it('keeps the ticked observations in the order recorded, whatever the order ticked', () => {
    expect(withObservation(['OBS-3'], 'OBS-1', true, recorded)).toEqual(['OBS-1', 'OBS-3']);
    expect(withObservation(['OBS-1', 'OBS-3'], 'OBS-1', false, recorded)).toEqual(['OBS-3']);
  });

  it('keeps an observation the log here does not hold, last', () => {
    expect(withObservation(['OBS-9'], 'OBS-2', true, recorded)).toEqual(['OBS-2', 'OBS-9']);
  });
});
