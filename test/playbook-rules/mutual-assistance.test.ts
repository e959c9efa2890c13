// Art. 42(7) TEU driven through the engine as the roles would play it. The expected outcomes are written out
// by hand from the Treaty and the 2015 precedent (domain-research.md §1.3, "Mutual assistance").
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const MACHINE = 'mutual-assistance';
const INVOKE = {
  machine: MACHINE,
  event: 'INVOKE_MUTUAL_ASSISTANCE',
  fields: {
    armedAggressionOnTerritory: true,
    forum: 'council-meeting',
    request: 'Air defence and intelligence',
  },
};
const OFFER = {
  machine: MACHINE,
  event: 'BILATERAL_OFFER',
  fields: { means: 'military', details: 'Two frigates' },
};
const DELIVERED = {
  machine: MACHINE,
  event: 'ASSISTANCE_DELIVERED',
  fields: { details: 'Frigates on station' },
};
const CONCLUDED = { machine: MACHINE, event: 'INVOCATION_CONCLUDED' };
const request = (partner: string) => ({
  machine: MACHINE,
  event: 'BILATERAL_REQUEST',
  fields: { partner, request: 'Maritime patrols' },
});

describe('mutual assistance, Art. 42(7) TEU', () => {
  let rules: PlaybookRules;
  beforeEach(async () => {
    rules = await PlaybookRules.create('2019-11-04');
  });

  it('refuses an invocation without armed aggression on the territory, with the reason, and records nothing', async () => {
    const reply = await rules.decide('ms-affected', {
      ...INVOKE,
      fields: { ...INVOKE.fields, armedAggressionOnTerritory: false },
    });
    expect(outcome(reply)).toBe(
      'invalid-command: mutual-assistance refuses INVOKE_MUTUAL_ASSISTANCE: Art. 42(7) TEU covers only a Member State that is the victim of armed aggression on its territory',
    );
    expect(reply.ok ? null : reply.field).toBe('payload.fields.armedAggressionOnTerritory');
    expect(rules.stateOf(MACHINE)).toBe('notInvoked');
    expect(rules.contextOf(MACHINE)?.actors).toEqual({ invoker: null });
  });

  it('is invoked only by a Member State: not its health authority, not a non-EU Ally, not an EU body', async () => {
    for (const role of ['ms-affected-health', 'partner-state', 'council-ministers', 'hrvp']) {
      expect(outcome(await rules.decide(role, INVOKE)), role).toBe(
        `not-allowed: ${role} does not own mutual-assistance INVOKE_MUTUAL_ASSISTANCE`,
      );
    }
    expect(outcome(await rules.decide('ms-c', INVOKE))).toBe('accepted');
  });

  it('records the invoker: it does not offer to itself; the other Member States, neutral or Allied, offer', async () => {
    await rules.must('ms-affected', INVOKE);
    expect(rules.contextOf(MACHINE)?.actors).toEqual({ invoker: 'ms-affected' });
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe(
      'not-allowed: mutual-assistance refuses BILATERAL_OFFER: the aid and assistance are owed by the other Member States; the victim does not offer to itself',
    );
    expect(outcome(await rules.decide('ms-a', OFFER))).toBe('accepted');
    expect(outcome(await rules.decide('ms-c', OFFER))).toBe('accepted');
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe(
      'not-allowed: mutual-assistance refuses BILATERAL_OFFER: the aid and assistance are owed by the other Member States; the victim does not offer to itself',
    );
    expect(rules.contextOf(MACHINE)?.counters.offers).toBe(2);
    expect(rules.contextOf(MACHINE)?.actorSets).toEqual({ assisting: ['ms-a', 'ms-c'] });
  });

  it('lets only the invoker ask a partner bilaterally, and never itself', async () => {
    await rules.must('ms-affected', INVOKE);
    expect(outcome(await rules.decide('ms-a', request('ms-b')))).toBe(
      'not-allowed: mutual-assistance refuses BILATERAL_REQUEST: only the invoking Member State asks its partners for assistance',
    );
    const itself = await rules.decide('ms-affected', request('ms-affected'));
    expect(outcome(itself)).toBe(
      'invalid-command: mutual-assistance refuses BILATERAL_REQUEST: the invoking Member State asks its partners, not itself',
    );
    expect(itself.ok ? null : itself.field).toBe('payload.fields.partner');
    expect(outcome(await rules.decide('ms-affected', request('ms-a')))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.counters.bilateralRequests).toBe(1);
  });

  it('lets only a Member State that offered deliver its assistance', async () => {
    await rules.must('ms-affected', INVOKE);
    await rules.must('ms-a', OFFER);
    expect(outcome(await rules.decide('ms-b', DELIVERED))).toBe(
      'not-allowed: mutual-assistance refuses ASSISTANCE_DELIVERED: only a Member State that offered aid and assistance delivers it',
    );
    expect(outcome(await rules.decide('ms-affected', DELIVERED))).toBe(
      'not-allowed: mutual-assistance refuses ASSISTANCE_DELIVERED: only a Member State that offered aid and assistance delivers it',
    );
    expect(outcome(await rules.decide('ms-a', DELIVERED))).toBe('accepted');
    expect(rules.stateOf(MACHINE)).toEqual({ invoked: 'assistanceDelivered' });
  });

  it('lets only the invoker conclude; a new invocation records its own invoker and starts with no offers', async () => {
    await rules.must('ms-affected', INVOKE);
    await rules.must('ms-a', OFFER);
    expect(outcome(await rules.decide('ms-a', CONCLUDED))).toBe(
      'not-allowed: mutual-assistance refuses INVOCATION_CONCLUDED: only the invoking Member State concludes its invocation',
    );
    expect(outcome(await rules.decide('ms-affected', CONCLUDED))).toBe('accepted');
    expect(rules.stateOf(MACHINE)).toBe('closed');
    expect(outcome(await rules.decide('ms-b', INVOKE))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.actors).toEqual({ invoker: 'ms-b' });
    expect(rules.contextOf(MACHINE)?.actorSets).toEqual({ assisting: [] });
    expect(rules.contextOf(MACHINE)?.counters.offers).toBe(0);
    // The earlier victim now owes aid like every other Member State.
    expect(outcome(await rules.decide('ms-affected', OFFER))).toBe('accepted');
  });

  it('takes political support from the Council ministers only, and has no EU-institution step', async () => {
    await rules.must('ms-affected', INVOKE);
    const support = {
      machine: MACHINE,
      event: 'POLITICAL_SUPPORT_EXPRESSED',
      fields: { statement: 'Unanimous support' },
    };
    expect(outcome(await rules.decide('hrvp', support))).toBe(
      'not-allowed: hrvp does not own mutual-assistance POLITICAL_SUPPORT_EXPRESSED',
    );
    expect(outcome(await rules.decide('council-ministers', support))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.flags.politicalSupport).toBe(true);
    // Unlike Art. 222, nothing routes to IPCR.
    expect(rules.stateOf('ipcr')).toBe('standby');
  });
});
