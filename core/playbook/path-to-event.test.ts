// Shortest first steps on the mini fixture's mechanisms (test/fixtures/mini-playbook), worked out by hand.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { firstStepToward } from './path-to-event';

const playbook = loadMiniPlaybook();
const crisis = playbook.mechanisms.get('crisis')!;
const solidarity = playbook.mechanisms.get('solidarity')!;
const anyone = () => true;
const notByRoute = (event: string) => event !== 'FORCED_FULL';

describe('firstStepToward', () => {
  it('takes the first step of the shortest path to a state that accepts the event', () => {
    // ESCALATE is accepted in sharing; standby → sharing by ACTIVATE (listed before RAPID_ALERT).
    expect(firstStepToward(crisis, ['standby'], 'ESCALATE', anyone)).toEqual({
      event: 'ACTIVATE',
      fields: {},
      guards: [{ type: 'flagSet', params: { flag: 'consulted' } }],
    });
    // Only RAPID_ALERT leads there when ACTIVATE is not allowed.
    expect(firstStepToward(crisis, ['standby'], 'ESCALATE', (event) => event !== 'ACTIVATE')).toEqual({
      event: 'RAPID_ALERT',
      fields: {},
      guards: [],
    });
  });

  it('counts the machine’s own transitions, and leaves them out when not allowed', () => {
    // ADOPT is accepted in full.measures.drafting: one step by the root's FORCED_FULL, two by ACTIVATE, ESCALATE.
    expect(firstStepToward(crisis, ['standby'], 'ADOPT', anyone)).toEqual({
      event: 'FORCED_FULL',
      fields: {},
      guards: [],
    });
    expect(firstStepToward(crisis, ['standby'], 'ADOPT', notByRoute)).toEqual({
      event: 'ACTIVATE',
      fields: {},
      guards: [{ type: 'flagSet', params: { flag: 'consulted' } }],
    });
  });

  it('asks for the field values a guard on the step compares', () => {
    expect(firstStepToward(solidarity, ['none'], 'WITHDRAW', anyone)).toEqual({
      event: 'INVOKE',
      fields: { overwhelmed: true },
      guards: [{ type: 'fieldEquals', params: { field: 'overwhelmed', value: true } }],
    });
  });

  it('starts from every active leaf of a parallel state', () => {
    // In full, STAND_DOWN leads to standby, which accepts CONSULT.
    expect(
      firstStepToward(crisis, ['full', 'full.meetings.idle', 'full.measures.adopted'], 'CONSULT', notByRoute),
    ).toEqual({ event: 'STAND_DOWN', fields: {}, guards: [] });
  });

  it('is null when no allowed path leads to the event', () => {
    expect(firstStepToward(solidarity, ['lapsed'], 'INVOKE', anyone)).toBeNull();
    expect(firstStepToward(crisis, ['standby'], 'ESCALATE', () => false)).toBeNull();
    expect(firstStepToward(crisis, ['nowhere'], 'ESCALATE', anyone)).toBeNull();
  });
});
