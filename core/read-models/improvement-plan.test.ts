import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import { ImprovementPlan } from './improvement-plan';

const fields = {
  what: 'Rehearse the rapid alert with partners',
  owner: 'ms-a',
  due: '2027-03-01',
  objectiveId: 'obj-alert',
  observationIds: ['OBS-1'],
};

describe('ImprovementPlan', () => {
  it('keeps each action as it stands, every version in order, and its withdrawal', () => {
    const plan = new ImprovementPlan();
    const events = [
      logEvent(1, 'corrective-action.added', { actionId: 'CA-1', ...fields }, { role: 'lead-evaluator' }),
      logEvent(2, 'corrective-action.added', { ...fields, actionId: 'CA-2', what: 'Brief the press sooner' }),
      logEvent(3, 'corrective-action.amended', {
        actionId: 'CA-1',
        changes: { due: '2027-06-01' },
        reason: 'hot wash-up',
      }),
      logEvent(
        4,
        'corrective-action.withdrawn',
        { actionId: 'CA-2', reason: 'covered elsewhere' },
        { role: 'excon' },
      ),
      // An amendment of an action the plan never had changes nothing.
      logEvent(5, 'corrective-action.amended', { actionId: 'CA-9', changes: { owner: 'x' }, reason: 'r' }),
    ];
    for (const event of events) plan.apply(event);
    const [first, second] = plan.actions();
    expect(plan.actions()).toHaveLength(2);
    expect(first?.current).toEqual({ ...fields, due: '2027-06-01' });
    expect(first?.history.map((version) => [version.fields.due, version.reason, version.seq])).toEqual([
      ['2027-03-01', null, 1],
      ['2027-06-01', 'hot wash-up', 3],
    ]);
    expect(first?.history[0]?.by).toBe('lead-evaluator');
    expect(second?.withdrawn).toMatchObject({ reason: 'covered elsewhere', by: 'excon', seq: 4 });
    expect(plan.standing().map((action) => action.actionId)).toEqual(['CA-1']);
  });
});
