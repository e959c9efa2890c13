// Art. 222 TFEU and Council Decision 2014/415/EU driven through the engine as the roles would play them. The
// expected outcomes are written out by hand from the Decision (domain-research.md §1.3, "Solidarity clause").
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const MACHINE = 'solidarity-clause';
const invoke = (fields: Record<string, unknown> = {}) => ({
  machine: MACHINE,
  event: 'INVOKE_SOLIDARITY_CLAUSE',
  fields: {
    scope: 'terrorist-attack',
    capacitiesOverwhelmed: true,
    assistanceNeeded: 'Decontamination',
    ...fields,
  },
});
const WITHDRAWN = {
  machine: MACHINE,
  event: 'INVOCATION_WITHDRAWN',
  fields: { reason: 'Capacities restored' },
};
const TRANSMITTED = { machine: MACHINE, event: 'INVOCATION_TRANSMITTED' };
const MOBILISED = { machine: MACHINE, event: 'INSTRUMENT_MOBILISED', fields: { instrument: 'ucpm' } };

describe('the solidarity clause, Art. 222 TFEU', () => {
  let rules: PlaybookRules;
  beforeEach(async () => {
    rules = await PlaybookRules.create('2019-11-04');
  });

  it('refuses an invocation whose response capacities are not overwhelmed, naming the condition', async () => {
    const reply = await rules.decide('ms-affected', invoke({ capacitiesOverwhelmed: false }));
    expect(outcome(reply)).toBe(
      'invalid-command: solidarity-clause refuses INVOKE_SOLIDARITY_CLAUSE: only a Member State that considers its own response capacities overwhelmed may invoke the solidarity clause (Decision 2014/415/EU)',
    );
    expect(reply.ok ? null : reply.field).toBe('payload.fields.capacitiesOverwhelmed');
    expect(rules.stateOf(MACHINE)).toBe('notInvoked');
    expect(rules.stateOf('ipcr')).toBe('standby');
  });

  it('refuses an invocation outside its scope (armed aggression is Art. 42(7) TEU)', async () => {
    const reply = await rules.decide('ms-affected', invoke({ scope: 'outside-scope' }));
    expect(outcome(reply)).toBe(
      'invalid-command: solidarity-clause refuses INVOKE_SOLIDARITY_CLAUSE: Art. 222 TFEU covers a terrorist attack or a natural or man-made disaster on Union territory (armed aggression falls under Art. 42(7) TEU)',
    );
    expect(reply.ok ? null : reply.field).toBe('payload.fields.scope');
  });

  it('is invoked by the government of a Member State only; its invocation forces IPCR full activation', async () => {
    for (const role of ['ms-affected-health', 'partner-state', 'presidency', 'dg-echo-ercc']) {
      expect(outcome(await rules.decide(role, invoke())), role).toBe(
        `not-allowed: ${role} does not own solidarity-clause INVOKE_SOLIDARITY_CLAUSE`,
      );
    }
    expect(outcome(await rules.decide('ms-affected', invoke({ scope: 'man-made-disaster' })))).toBe(
      'accepted',
    );
    expect(rules.contextOf(MACHINE)?.actors).toEqual({ invoker: 'ms-affected' });
    expect(rules.stateOf('ipcr')).toBe('fullActivation');
  });

  it('mobilises instruments only once the ERCC has transmitted the invocation', async () => {
    await rules.must('ms-affected', invoke());
    expect(outcome(await rules.decide('dg-echo-ercc', MOBILISED))).toMatch(/^not-now: /);
    await rules.must('dg-echo-ercc', TRANSMITTED);
    expect(outcome(await rules.decide('dg-echo-ercc', MOBILISED))).toBe('accepted');
    expect(rules.stateOf(MACHINE)).toBe('instrumentsMobilised');
  });

  it('lets only the invoking Member State withdraw its invocation', async () => {
    await rules.must('ms-affected', invoke());
    expect(outcome(await rules.decide('ms-a', WITHDRAWN))).toBe(
      'not-allowed: solidarity-clause refuses INVOCATION_WITHDRAWN: only the Member State that invoked the solidarity clause withdraws its invocation',
    );
    expect(outcome(await rules.decide('presidency', WITHDRAWN))).toBe(
      'not-allowed: presidency does not own solidarity-clause INVOCATION_WITHDRAWN',
    );
    expect(outcome(await rules.decide('ms-affected', WITHDRAWN))).toBe('accepted');
    expect(rules.stateOf(MACHINE)).toBe('phasedOut');
  });

  it('a new invocation after the phase-out records its own invoker', async () => {
    await rules.must('ms-affected', invoke());
    await rules.must('presidency', {
      machine: MACHINE,
      event: 'SOLIDARITY_RESPONSE_PHASED_OUT',
      fields: { reason: 'assistance-no-longer-needed' },
    });
    expect(outcome(await rules.decide('ms-b', invoke({ capacitiesOverwhelmed: false })))).toMatch(
      /^invalid-command: solidarity-clause refuses INVOKE_SOLIDARITY_CLAUSE: only a Member State that considers/,
    );
    expect(outcome(await rules.decide('ms-b', invoke({ scope: 'natural-disaster' })))).toBe('accepted');
    expect(rules.contextOf(MACHINE)?.actors).toEqual({ invoker: 'ms-b' });
    expect(outcome(await rules.decide('ms-affected', WITHDRAWN))).toMatch(/^not-allowed: /);
  });
});
