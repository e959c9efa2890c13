// National attribution, driven through the engine as the roles would take the decisions. The expected
// outcomes are written out by hand from the sources the mechanism cites (domain research §1.3 cyber
// diplomacy toolbox and §6.1–6.2: attribution is a sovereign decision of a state, "only MS/NATO Ally actors";
// §4.1 Salisbury: the UK decided and stated, partners joined; §4.2 WannaCry: the US and the UK led): a
// Member State or an Ally outside the EU leads its own case, only the leader states, updates or withholds
// it, partners join once a round and never their own attribution, EU and NATO bodies never attribute.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const INCIDENT = 'incident-1';

function incident(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'attribution', event, instance: INCIDENT, fields };
}

const FINDING = incident('TECHNICAL_FINDING', { actor: 'Lazarus', confidence: 'high' });
const ATTRIBUTE = incident('POLITICAL_ATTRIBUTION', { responsibleState: 'Volkhar', wording: 'highlyLikely' });
const STATEMENT = incident('PUBLIC_ATTRIBUTION_STATEMENT', { statement: 'Highly likely' });
const JOIN = incident('PARTNER_JOINS', { form: 'jointStatement' });

describe('attribution: a state leads its own case', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const context = () => rules.contextOf('attribution', INCIDENT);

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('records the Member State that decides; only it states, and it does not join its own attribution', async () => {
    await rules.must('ms-affected-intel', FINDING);
    expect(await decide('ms-affected', ATTRIBUTE)).toBe('accepted');
    expect(context()?.actors).toEqual({ leader: 'ms-affected' });
    expect(await decide('ms-a', STATEMENT)).toBe(
      'not-allowed: attribution (incident-1) refuses PUBLIC_ATTRIBUTION_STATEMENT: only the state that decided to attribute makes its attribution public',
    );
    expect(await decide('ms-affected', STATEMENT)).toBe('accepted');
    expect(await decide('ms-affected', JOIN)).toBe(
      'not-allowed: attribution (incident-1) refuses PARTNER_JOINS: a state does not join its own attribution',
    );
    expect(await decide('ms-a', JOIN)).toBe('accepted');
    expect(await decide('ms-a', JOIN)).toBe(
      'not-allowed: attribution (incident-1) refuses PARTNER_JOINS: this state has already joined the attribution',
    );
    // Salisbury: the US joined the UK's attribution; a non-EU Ally joins like a Member State.
    expect(await decide('partner-state', JOIN)).toBe('accepted');
    expect(context()?.actorSets).toEqual({ partners: ['ms-a', 'partner-state'] });
    expect(context()?.counters.partnersJoined).toBe(2);
  });

  it('lets an Ally outside the EU lead its own attribution, which Member States join (WannaCry)', async () => {
    expect(await decide('partner-state', FINDING)).toBe('accepted');
    expect(await decide('partner-state', ATTRIBUTE)).toBe('accepted');
    expect(context()?.actors).toEqual({ leader: 'partner-state' });
    expect(await decide('partner-state', STATEMENT)).toBe('accepted');
    expect(await decide('ms-affected', JOIN)).toBe('accepted');
    expect(await decide('partner-state', JOIN)).toBe(
      'not-allowed: attribution (incident-1) refuses PARTNER_JOINS: a state does not join its own attribution',
    );
  });

  it('never lets an EU or NATO body, or a national agency, take the political decision', async () => {
    await rules.must('ms-affected-intel', FINDING);
    for (const role of ['hrvp', 'euco', 'intcen-fusion-cell', 'nac', 'ms-affected-intel']) {
      expect(await decide(role, ATTRIBUTE)).toBe(
        `not-allowed: ${role} does not own attribution POLITICAL_ATTRIBUTION`,
      );
    }
    expect(await decide('hrvp', FINDING)).toBe(
      'not-allowed: hrvp does not own attribution TECHNICAL_FINDING',
    );
  });

  it('lets only the deciding state withhold its attribution, which forgets the lead', async () => {
    await rules.must('ms-affected-intel', FINDING);
    await rules.must('ms-affected', ATTRIBUTE);
    expect(await decide('ms-b', incident('ATTRIBUTION_WITHHELD'))).toBe(
      'not-allowed: attribution (incident-1) refuses ATTRIBUTION_WITHHELD: only the state that decided to attribute can withhold its attribution',
    );
    expect(await decide('ms-affected', incident('ATTRIBUTION_WITHHELD'))).toBe('accepted');
    expect(rules.stateOf('attribution', INCIDENT)).toBe('evidenceGathering');
    expect(context()?.actors).toEqual({ leader: null });
  });

  it('opens a new round with an updated statement by the leader, which partners join afresh (Salisbury, Sept 2018)', async () => {
    await rules.must('ms-affected-intel', FINDING);
    await rules.must('ms-affected', ATTRIBUTE);
    await rules.must('ms-affected', STATEMENT);
    await rules.must('ms-a', JOIN);
    expect(await decide('ms-b', STATEMENT)).toBe(
      'not-allowed: attribution (incident-1) refuses PUBLIC_ATTRIBUTION_STATEMENT: only the state that decided to attribute updates its statement',
    );
    expect(await decide('ms-affected', STATEMENT)).toBe('accepted');
    expect(context()?.actorSets).toEqual({ partners: [] });
    expect(await decide('ms-a', JOIN)).toBe('accepted');
    expect(context()?.counters).toMatchObject({ statements: 2, partnersJoined: 2 });
  });
});
