// EWRS alerts and the Health Security Committee driven through the engine as the roles would play them. The
// expected outcomes are written out by hand from Decision 1082/2013/EU, Arts. 9 and 11 (domain-research.md
// §1.3, "Health Security Committee (HSC) and Early Warning and Response System (EWRS)").
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const MACHINE = 'health-security';
const step = (event: string, fields: Record<string, unknown> = {}) => ({ machine: MACHINE, event, fields });
const ALERT = step('EWRS_ALERT', { threatType: 'chemical', summary: 'Nerve agent casualties' });
const convene = (requestedBy: string) => step('HSC_CONVENED', { requestedBy });
const CLOSE = step('ALERT_CLOSED');
const MEASURE = step('COORDINATED_MEASURE_AGREED', {
  measure: 'medical-countermeasures',
  details: 'Antidotes',
});
const MCM_REQUEST = step('MCM_SHARING_REQUESTED', { need: 'Atropine' });
const MCM_SHARED = step('MCM_SHARED', { items: 'Atropine, 2,000 doses' });

describe('health security: the EWRS and the HSC', () => {
  let rules: PlaybookRules;
  beforeEach(async () => {
    rules = await PlaybookRules.create('2019-11-04');
  });

  it('takes alerts from a national health authority, a Member State or the Commission, and records the notifier', async () => {
    for (const role of ['ecdc', 'presidency', 'partner-state']) {
      expect(outcome(await rules.decide(role, ALERT)), role).toBe(
        `not-allowed: ${role} does not own health-security EWRS_ALERT`,
      );
    }
    expect(outcome(await rules.decide('ms-affected-health', ALERT))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.actors).toMatchObject({ notifier: 'ms-affected-health' });
  });

  it('lets a national health authority ask for the HSC consultation (Art. 11), as the Commission may', async () => {
    await rules.must('ms-affected-health', ALERT);
    expect(outcome(await rules.decide('ms-affected-health', convene('member-state')))).toBe('accepted');
    expect(rules.stateOf(MACHINE)).toBe('hscConsultation');
  });

  it('refuses a Member State that says the Commission asked; the Commission convenes on its own initiative', async () => {
    await rules.must('ms-affected-health', ALERT);
    const reply = await rules.decide('ms-b', convene('commission'));
    expect(outcome(reply)).toBe(
      'invalid-command: health-security refuses HSC_CONVENED: a Member State\'s authority asks for the consultation itself ("Requested by" must be member-state)',
    );
    expect(reply.ok ? null : reply.field).toBe('payload.fields.requestedBy');
    expect(outcome(await rules.decide('dg-sante', convene('commission')))).toBe('accepted');
  });

  it('lets only the Commission or the notifying authority close the alert', async () => {
    await rules.must('ms-affected-health', ALERT);
    expect(outcome(await rules.decide('ms-b', CLOSE))).toBe(
      'not-allowed: health-security refuses ALERT_CLOSED: only the Commission or the authority that notified the alert closes it',
    );
    expect(outcome(await rules.decide('ms-affected-health', CLOSE))).toBe('accepted');
    await rules.must('ms-b', ALERT);
    expect(rules.contextOf(MACHINE)?.actors).toMatchObject({ notifier: 'ms-b' });
    expect(outcome(await rules.decide('ms-affected-health', CLOSE))).toMatch(/^not-allowed: /);
    expect(outcome(await rules.decide('dg-sante', CLOSE))).toBe('accepted');
  });

  it('shares countermeasures only once asked, and never from the Member State in need to itself', async () => {
    await rules.must('ms-affected-health', ALERT);
    await rules.must('dg-sante', convene('commission'));
    await rules.must('dg-sante', MEASURE);
    expect(outcome(await rules.decide('ms-a', MCM_SHARED))).toMatch(/^not-now: /);
    await rules.must('ms-affected', MCM_REQUEST);
    expect(outcome(await rules.decide('ms-affected', MCM_SHARED))).toBe(
      'not-allowed: health-security refuses MCM_SHARED: countermeasures are shared with the Member State in need; it does not share with itself',
    );
    expect(outcome(await rules.decide('ms-a', MCM_SHARED))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.counters.mcmShares).toBe(1);
  });
});
