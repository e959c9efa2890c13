// The EEAS Crisis Response Mechanism, driven through the engine as the roles would take the decisions. The
// expected outcomes are written out by hand from the source the mechanism cites (CSDP Handbook, 4th ed.,
// ch. 2.5; domain research §1.3 and §6.2 row 4): the HR/VP, the Secretary-General, another DSG or a
// Managing Director may ask the DSG Crisis Response to initiate the CRM; the DSG (or the INTCEN Director, the
// default stand-in) activates it, after consulting the HR/VP or the Secretary-General and senior managers.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const NOT_CONSULTED =
  'not-now: eeas-crm refuses DSG_ACTIVATE: the DSG activates the CRM only after consulting the HR/VP or the ' +
  'Secretary-General and senior managers (CSDP Handbook ch. 2.5), and that consultation is not recorded yet';

function crm(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'eeas-crm', event, fields };
}

const REQUEST = crm('CRM_REQUESTED', { reason: 'Hybrid campaign against a Member State' });
const CONSULTED = crm('SENIOR_MANAGERS_CONSULTED', { consulted: 'secretary-general' });
const ACTIVATE = crm('DSG_ACTIVATE', { scope: 'Hybrid campaign, external dimension' });

describe('EEAS CRM: who asks, who activates', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('takes a request from the HR/VP or the Secretary-General, not from the DSG it is addressed to', async () => {
    expect(await decide('eeas-dsg-crisis', REQUEST)).toBe(
      'not-allowed: eeas-dsg-crisis does not own eeas-crm CRM_REQUESTED',
    );
    expect(await decide('eeas-secgen', REQUEST)).toBe('accepted');
    expect(rules.stateOf('eeas-crm')).toBe('consultation');
    expect(await decide('hrvp', REQUEST)).toBe('accepted');
    expect(rules.contextOf('eeas-crm')?.counters.requests).toBe(2);
  });

  it('activates only after the consultation, and only by the DSG or the INTCEN Director', async () => {
    await rules.must('eeas-dsg-crisis', crm('DSG_START_CONSULTATION'));
    expect(await decide('eeas-dsg-crisis', ACTIVATE)).toBe(NOT_CONSULTED);
    expect(await decide('hrvp', CONSULTED)).toBe(
      'not-allowed: hrvp does not own eeas-crm SENIOR_MANAGERS_CONSULTED',
    );
    await rules.must('eeas-dsg-crisis', CONSULTED);
    for (const role of ['hrvp', 'eeas-secgen', 'intcen-fusion-cell']) {
      expect(await decide(role, ACTIVATE)).toBe(`not-allowed: ${role} does not own eeas-crm DSG_ACTIVATE`);
    }
    // The default stand-in may activate what the DSG prepared.
    expect(await decide('intcen-director', ACTIVATE)).toBe('accepted');
    expect(rules.stateOf('eeas-crm')).toEqual({
      activated: { management: 'crisisMeeting', cell: 'noCrisisCell' },
    });
  });

  it('starts every new activation with a consultation of its own', async () => {
    await rules.must('hrvp', REQUEST);
    await rules.must('eeas-dsg-crisis', CONSULTED);
    await rules.must('eeas-dsg-crisis', crm('DSG_DECLINE'));
    await rules.must('hrvp', REQUEST);
    expect(await decide('eeas-dsg-crisis', ACTIVATE)).toBe(NOT_CONSULTED);
    await rules.must('eeas-dsg-crisis', CONSULTED);
    await rules.must('eeas-dsg-crisis', ACTIVATE);
    await rules.must('eeas-dsg-crisis', crm('DSG_DEACTIVATE'));
    await rules.must('eeas-secgen', REQUEST);
    expect(await decide('intcen-director', ACTIVATE)).toBe(NOT_CONSULTED);
  });
});
