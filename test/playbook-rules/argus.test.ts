// The Commission's ARGUS system and Crisis Coordination Committee, driven through the engine as the roles
// would take the decisions. The expected outcomes are written out by hand from the sources the mechanism
// cites (COM(2005) 662; Commission Decision 2006/25/EC, Euratom; domain research §1.3 and §6.2 row 5): any
// Commission service alerts the others (outside bodies only through sectoral systems); only the President
// activates the specific coordination process, on own initiative or at a Commissioner's request, keeping
// the lead or assigning a lead Commissioner; the Secretariat-General then convenes the CCC.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';

function argus(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'argus', event, fields };
}

const ALERT = argus('ARGUS_ALERT', { sector: 'health', summary: 'Unusual cluster of poisonings' });
const ACTIVATE_OWN_LEAD = argus('ACTIVATE_COORDINATION', { lead: 'president' });
const REQUEST = argus('COORDINATION_REQUESTED', { reason: 'Cross-sector impact' });

describe('ARGUS: who alerts, who asks, who activates', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('takes alerts from the Commission services only', async () => {
    expect(await decide('ecdc', ALERT)).toBe('not-allowed: ecdc does not own argus ARGUS_ALERT');
    expect(await decide('ms-affected', ALERT)).toBe(
      'not-allowed: ms-affected does not own argus ARGUS_ALERT',
    );
    expect(await decide('commission-president', ALERT)).toBe(
      'not-allowed: commission-president does not own argus ARGUS_ALERT',
    );
    expect(await decide('dg-sante', ALERT)).toBe('accepted');
    expect(await decide('commission-secgen', ALERT)).toBe('accepted');
    expect(rules.contextOf('argus')?.counters.alerts).toBe(2);
  });

  it('lets only the President activate, on own initiative, once an alert is out', async () => {
    expect(await decide('commission-president', ACTIVATE_OWN_LEAD)).toMatch(
      /^not-now: argus does not accept ACTIVATE_COORDINATION in /,
    );
    await rules.must('dg-echo-ercc', ALERT);
    expect(await decide('commission-secgen', ACTIVATE_OWN_LEAD)).toBe(
      'not-allowed: commission-secgen does not own argus ACTIVATE_COORDINATION',
    );
    expect(await decide('commission-president', ACTIVATE_OWN_LEAD)).toBe('accepted');
    expect(rules.stateOf('argus')).toEqual({ cccActive: 'convening' });
    expect(rules.contextOf('argus')?.flags.leadCommissionerAssigned).toBe(false);
  });

  it('takes a request from a Commissioner (a DG for it), never from the President itself', async () => {
    await rules.must('commission-secgen', ALERT);
    expect(await decide('commission-president', REQUEST)).toBe(
      'not-allowed: commission-president does not own argus COORDINATION_REQUESTED',
    );
    expect(await decide('commission-secgen', REQUEST)).toBe(
      'not-allowed: commission-secgen does not own argus COORDINATION_REQUESTED',
    );
    expect(await decide('dg-cnect', REQUEST)).toBe('accepted');
    expect(rules.stateOf('argus')).toBe('presidentDecision');
    expect(
      await decide(
        'commission-president',
        argus('ACTIVATE_COORDINATION', { lead: 'lead-commissioner', leadCommissioner: 'Health' }),
      ),
    ).toBe('accepted');
    expect(rules.contextOf('argus')?.flags.leadCommissionerAssigned).toBe(true);
  });

  it('has the Secretariat-General convene the CCC once the President has activated', async () => {
    await rules.must('dg-sante', ALERT);
    expect(await decide('commission-secgen', argus('CCC_CONVENED'))).toMatch(
      /^not-now: argus does not accept CCC_CONVENED in /,
    );
    await rules.must('commission-president', ACTIVATE_OWN_LEAD);
    expect(await decide('dg-sante', argus('CCC_CONVENED'))).toBe(
      'not-allowed: dg-sante does not own argus CCC_CONVENED',
    );
    expect(await decide('commission-secgen', argus('CCC_CONVENED'))).toBe('accepted');
    expect(rules.stateOf('argus')).toEqual({ cccActive: 'coordinating' });
  });
});
