// The Union Civil Protection Mechanism driven through the engine as the roles would play it. The expected
// outcomes are written out by hand from Decision 1313/2013/EU, Arts. 15 and 16 (domain-research.md §1.3,
// "Union Civil Protection Mechanism").
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const MACHINE = 'ucpm';
const CASE = 'case-1';
const step = (event: string, fields: Record<string, unknown> = {}) => ({
  machine: MACHINE,
  event,
  instance: CASE,
  fields,
});
const REQUEST = step('REQUEST_ASSISTANCE', { assistanceType: 'medical', details: 'Two field hospitals' });
const FORWARD = step('FORWARD_TO_CONTACT_POINTS');
const OFFER = step('OFFER', { capacity: 'Field hospital' });
const ACCEPT = step('ACCEPT_OFFER', { offer: 'Field hospital' });
const DEPLOY = step('DEPLOY');
const RENEW = step('RENEW', { newElements: 'Second wave of casualties' });
const DEMOBILISE = step('DEMOBILISE');

describe('the UCPM and the ERCC', () => {
  let rules: PlaybookRules;
  beforeEach(async () => {
    rules = await PlaybookRules.create('2019-11-04');
  });

  /** A request by `requester`, forwarded by the ERCC. */
  async function requested(requester: string) {
    await rules.must(requester, REQUEST);
    await rules.must('dg-echo-ercc', FORWARD);
    expect(rules.contextOf(MACHINE, CASE)?.actors).toEqual({ requester });
  }

  it('takes requests from a Member State (Art. 15), a third country or the UN (Art. 16), not from EU bodies', async () => {
    for (const role of ['dg-echo-ercc', 'presidency', 'nac']) {
      expect(outcome(await rules.decide(role, REQUEST)), role).toBe(
        `not-allowed: ${role} does not own ucpm REQUEST_ASSISTANCE`,
      );
    }
    for (const [index, role] of ['ms-affected', 'partner-state', 'un-ocha'].entries()) {
      expect(outcome(await rules.decide(role, { ...REQUEST, instance: `request-${index}` })), role).toBe(
        'accepted',
      );
      expect(rules.contextOf(MACHINE, `request-${index}`)?.actors).toEqual({ requester: role });
    }
  });

  it('refuses an offer from the requester to its own request; the other Member States offer', async () => {
    await requested('ms-affected');
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe(
      'not-allowed: ucpm (case-1) refuses OFFER: the requester does not offer assistance to its own request',
    );
    expect(outcome(await rules.decide('ms-a', OFFER))).toBe('accepted');
    expect(outcome(await rules.decide('ms-c', OFFER))).toBe('accepted');
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe(
      'not-allowed: ucpm (case-1) refuses OFFER: the requester does not offer assistance to its own request',
    );
    expect(rules.contextOf(MACHINE, CASE)?.counters.offers).toBe(2);
  });

  it('lets only the requester accept offers: a state that did not request cannot', async () => {
    await requested('ms-affected');
    await rules.must('ms-a', OFFER);
    for (const role of ['ms-a', 'ms-b']) {
      expect(outcome(await rules.decide(role, ACCEPT)), role).toBe(
        'not-allowed: ucpm (case-1) refuses ACCEPT_OFFER: only the requester accepts offers made to its request',
      );
    }
    expect(outcome(await rules.decide('ms-affected', ACCEPT))).toBe('accepted');
    expect(outcome(await rules.decide('ms-b', ACCEPT))).toMatch(/^not-allowed: /);
  });

  it('deploys from an assisting state or the ERCC, never from the requester to itself', async () => {
    await requested('ms-affected');
    await rules.must('ms-a', OFFER);
    await rules.must('ms-affected', ACCEPT);
    expect(outcome(await rules.decide('ms-affected', DEPLOY))).toBe(
      'not-allowed: ucpm (case-1) refuses DEPLOY: assistance deploys to the requester; the requester does not deploy it to itself',
    );
    expect(outcome(await rules.decide('ms-a', DEPLOY))).toBe('accepted');
    expect(outcome(await rules.decide('dg-echo-ercc', DEPLOY))).toBe('accepted');
  });

  it('lets only the requester renew (the 90 days start again) and demobilise', async () => {
    await requested('ms-affected');
    expect(outcome(await rules.decide('ms-a', RENEW))).toBe(
      'not-allowed: ucpm (case-1) refuses RENEW: only the requester renews its request (Art. 15(1), Art. 16(1))',
    );
    expect(outcome(await rules.decide('ms-affected', RENEW))).toBe('accepted');
    expect(rules.stateOf(MACHINE, CASE)).toMatchObject({ request: { validity: 'renewed' } });
    await rules.must('ms-a', OFFER);
    await rules.must('ms-affected', ACCEPT);
    await rules.must('ms-a', DEPLOY);
    for (const role of ['ms-a', 'dg-echo-ercc']) {
      expect(outcome(await rules.decide(role, DEMOBILISE)), role).toMatch(/^not-allowed: /);
    }
    expect(outcome(await rules.decide('ms-a', DEMOBILISE))).toBe(
      'not-allowed: ucpm (case-1) refuses DEMOBILISE: only the requester ends the assistance it asked for',
    );
    expect(outcome(await rules.decide('ms-affected', DEMOBILISE))).toBe('accepted');
    expect(rules.stateOf(MACHINE, CASE)).toBe('demobilised');
  });

  it('runs a request from outside the Union the same way: the UN accepts, every Member State may offer', async () => {
    await requested('un-ocha');
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe('accepted');
    expect(outcome(await rules.decide('ms-affected', ACCEPT))).toMatch(/^not-allowed: /);
    expect(outcome(await rules.decide('un-ocha', ACCEPT))).toBe('accepted');
    await rules.must('ms-affected', DEPLOY);
    expect(outcome(await rules.decide('partner-state', DEMOBILISE))).toMatch(/^not-allowed: /);
    expect(outcome(await rules.decide('un-ocha', DEMOBILISE))).toBe('accepted');
  });

  it('deploys rescEU only when the pool cannot meet the need (from 21 March 2019)', async () => {
    await requested('ms-affected');
    const rescEu = step('RESCEU_DEPLOYMENT_DECIDED', { capacity: 'medical' });
    expect(outcome(await rules.decide('dg-echo-ercc', rescEu))).toMatch(/^not-now: /);
    await rules.must('dg-echo-ercc', step('POOL_SHORTFALL_IDENTIFIED'));
    expect(outcome(await rules.decide('dg-echo-ercc', rescEu))).toBe('accepted');
    const early = await PlaybookRules.create('2018-11-05');
    expect(outcome(await early.decide('dg-echo-ercc', rescEu))).toBe(
      'unknown-target: ucpm has no decision RESCEU_DEPLOYMENT_DECIDED in force on 2018-11-05',
    );
  });
});
