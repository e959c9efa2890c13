// Strategic communication against disinformation, driven through the engine as the roles would take the
// decisions. The expected outcomes are written out by hand from the sources the mechanism cites (Action Plan
// against Disinformation JOIN(2018) 36; EEAS RAS factsheet; EP answer E-9-2020-006819; domain research §1.3
// and §6.2 row 14): the Rapid Alert System exists from March 2019; whether a campaign deserves an alert is
// the issuer's own call, and the network's responses come from the others; the EEAS StratCom team plans
// the EU response.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const HOUR = 60 * 60 * 1000;
const OWN_ALERT =
  'not-allowed: stratcom refuses RAS_RESPONSE: the issuer does not answer its own Rapid Alert; responses ' +
  'come from the other Member States and institutions';
const NO_ALERT = 'not-now: stratcom refuses RAS_RESPONSE: no Rapid Alert is out on the narrative in hand';

function stratcom(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'stratcom', event, fields };
}

const DETECTED = stratcom('NARRATIVE_DETECTED', { narrative: 'Forged ballots story', disarm: 'TA08' });

describe('stratcom: the Rapid Alert System', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('takes responses from the others, never from the issuer, and only while an alert is out', async () => {
    expect(await decide('ms-b', stratcom('RAS_RESPONSE'))).toBe(NO_ALERT);
    await rules.must('ms-affected', DETECTED);
    expect(await decide('ms-b', stratcom('RAS_RESPONSE'))).toBe(NO_ALERT);
    await rules.must('ms-affected', stratcom('RAS_ALERT'));
    expect(rules.contextOf('stratcom')?.actors).toEqual({ alertIssuer: 'ms-affected' });
    expect(await decide('ms-affected', stratcom('RAS_RESPONSE'))).toBe(OWN_ALERT);
    expect(await decide('ms-b', stratcom('RAS_RESPONSE'))).toBe('accepted');
    expect(await decide('eeas-stratcom', stratcom('RAS_RESPONSE'))).toBe('accepted');
    expect(await decide('partner-state', stratcom('RAS_RESPONSE'))).toBe(
      'not-allowed: partner-state does not own stratcom RAS_RESPONSE',
    );
    expect(rules.contextOf('stratcom')?.counters.rasResponses).toBe(2);
  });

  it('flags an alert nobody else answered within a day, whatever the issuer says', async () => {
    await rules.must('eeas-stratcom', DETECTED);
    await rules.must('eeas-stratcom', stratcom('RAS_ALERT'));
    await rules.decide('eeas-stratcom', stratcom('RAS_RESPONSE'));
    const reply = await rules.command('exercise/jump-to', { scenarioMs: 25 * HOUR }, 'excon');
    expect(reply.ok).toBe(true);
    expect(rules.contextOf('stratcom')?.flags.rapidAlertUnanswered).toBe(true);
  });

  it('starts the next narrative with no alert out and no issuer', async () => {
    await rules.must('ms-affected', DETECTED);
    await rules.must('ms-affected', stratcom('RAS_ALERT'));
    await rules.must('eeas-stratcom', stratcom('NARRATIVE_DISMISSED'));
    expect(rules.contextOf('stratcom')?.actors).toEqual({ alertIssuer: null });
    expect(await decide('ms-b', stratcom('RAS_RESPONSE'))).toBe(NO_ALERT);
    await rules.must('eeas-stratcom', DETECTED);
    await rules.must('eeas-stratcom', stratcom('RAS_ALERT'));
    // Last time's issuer is one of the others now.
    expect(await decide('ms-affected', stratcom('RAS_RESPONSE'))).toBe('accepted');
    expect(await decide('eeas-stratcom', stratcom('RAS_RESPONSE'))).toBe(OWN_ALERT);
  });

  it('has no Rapid Alert System before March 2019', async () => {
    const in2018 = await PlaybookRules.create('2018-11-01');
    await in2018.must('eeas-stratcom', DETECTED);
    expect(outcome(await in2018.decide('eeas-stratcom', stratcom('RAS_ALERT')))).toBe(
      'unknown-target: stratcom has no decision RAS_ALERT in force on 2018-11-01',
    );
    // The 2018 path goes straight to planning the response.
    expect(
      outcome(await in2018.decide('eeas-stratcom', stratcom('PLAN_RESPONSE', { responseType: 'debunk' }))),
    ).toBe('accepted');
  });
});

describe('stratcom: who plans and speaks', () => {
  it('leaves planning to the EEAS StratCom team, and counter-messages to the EU and the Member States', async () => {
    const rules = await PlaybookRules.create(DATE);
    const decide = async (role: string, decision: RuleDecision) =>
      outcome(await rules.decide(role, decision));
    await rules.must('ms-a', DETECTED);
    const plan = stratcom('PLAN_RESPONSE', { responseType: 'debunk' });
    expect(await decide('ms-a', plan)).toBe('not-allowed: ms-a does not own stratcom PLAN_RESPONSE');
    expect(await decide('eeas-stratcom', plan)).toBe('accepted');
    await rules.must('hrvp', stratcom('ALIGNED_LINE_AGREED', { line: 'The story is forged' }));
    expect(await decide('ms-a', stratcom('COUNTER_MESSAGE', { channel: 'nationalChannel' }))).toBe(
      'accepted',
    );
    expect(await decide('nato-pdd', stratcom('COUNTER_MESSAGE', { channel: 'spokesperson' }))).toBe(
      'not-allowed: nato-pdd does not own stratcom COUNTER_MESSAGE',
    );
  });
});
