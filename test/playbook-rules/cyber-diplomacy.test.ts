// The cyber diplomacy toolbox, driven through the engine as the roles would take the decisions. The expected
// outcomes are written out by hand from the sources the mechanism cites (Council conclusions of 19 June 2017;
// Decision (CFSP) 2019/797; domain research §1.3 cyber diplomacy toolbox, §6.2): restrictive measures need
// unanimity and the 2019 regime, statements and démarches do not; every Member State's block is its own and
// only it lifts it; a further round starts with none; an Ally outside the EU has no vote.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const INCIDENT = 'incident-1';

function incident(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'cyber-diplomacy', event, instance: INCIDENT, fields };
}

const ADOPT_MEASURES = incident('COUNCIL_ADOPT', { measure: 'restrictiveMeasures' });
const ADOPT_STATEMENT = incident('COUNCIL_ADOPT', { measure: 'statement' });

async function toCouncil(rules: PlaybookRules): Promise<void> {
  await rules.must('eeas-cyber', incident('SHARE_ASSESSMENT', { summary: 'Wiper on two grids' }));
  await rules.must('hwp-cyber', incident('DRAFT_OPTIONS', { options: 'Statement to listings' }));
  await rules.must('hwp-cyber', incident('SUBMIT_TO_PSC'));
  await rules.must('psc', incident('PSC_AGREE', { measure: 'restrictiveMeasures' }));
}

describe('cyber-diplomacy: unanimity per Member State for restrictive measures', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const objectors = () => rules.contextOf('cyber-diplomacy', INCIDENT)?.actorSets?.objectors;

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('holds each block as its own state’s, and adopts restrictive measures only when none stands', async () => {
    await rules.must('eeas-cyber', incident('SHARE_ASSESSMENT', { summary: 'Wiper' }));
    expect(await decide('ms-a', incident('MEMBER_STATE_BLOCKS'))).toBe('accepted');
    await rules.must('hwp-cyber', incident('DRAFT_OPTIONS', { options: 'Statement to listings' }));
    await rules.must('hwp-cyber', incident('SUBMIT_TO_PSC'));
    await rules.must('psc', incident('PSC_AGREE', { measure: 'restrictiveMeasures' }));
    expect(await decide('ms-c', incident('MEMBER_STATE_BLOCKS'))).toBe('accepted');
    expect(await decide('ms-c', incident('MEMBER_STATE_BLOCKS'))).toBe(
      'not-allowed: cyber-diplomacy (incident-1) refuses MEMBER_STATE_BLOCKS: this Member State already blocks restrictive measures',
    );
    expect(await decide('council-ministers', ADOPT_MEASURES)).toBe(
      'not-now: cyber-diplomacy (incident-1) refuses COUNCIL_ADOPT: the objectors stand: Member State A, Member State C (not in NATO)',
    );
    expect(await decide('ms-b', incident('MEMBER_STATE_LIFTS_BLOCK'))).toBe(
      'not-allowed: cyber-diplomacy (incident-1) refuses MEMBER_STATE_LIFTS_BLOCK: a Member State lifts only its own block, and this one has none standing',
    );
    expect(await decide('ms-a', incident('MEMBER_STATE_LIFTS_BLOCK'))).toBe('accepted');
    expect(objectors()).toEqual(['ms-c']);
    expect(await decide('council-ministers', ADOPT_MEASURES)).toBe(
      'not-now: cyber-diplomacy (incident-1) refuses COUNCIL_ADOPT: the objectors stand: Member State C (not in NATO)',
    );
    expect(await decide('ms-c', incident('MEMBER_STATE_LIFTS_BLOCK'))).toBe('accepted');
    expect(await decide('council-ministers', ADOPT_MEASURES)).toBe('accepted');
    expect(rules.stateOf('cyber-diplomacy', INCIDENT)).toBe('implemented');
  });

  it('adopts a statement whatever blocks restrictive measures', async () => {
    await toCouncil(rules);
    await rules.must('ms-b', incident('MEMBER_STATE_BLOCKS'));
    expect(await decide('council-ministers', ADOPT_STATEMENT)).toBe('accepted');
    expect(objectors()).toEqual(['ms-b']);
  });

  it('gives an Ally outside the EU no vote on restrictive measures', async () => {
    await toCouncil(rules);
    expect(await decide('partner-state', incident('MEMBER_STATE_BLOCKS'))).toBe(
      'not-allowed: partner-state does not own cyber-diplomacy MEMBER_STATE_BLOCKS',
    );
  });

  it('starts a further round with no block standing, and takes no block once the response is adopted', async () => {
    await toCouncil(rules);
    await rules.must('ms-b', incident('MEMBER_STATE_BLOCKS'));
    await rules.must('council-ministers', ADOPT_STATEMENT);
    expect(await decide('ms-a', incident('MEMBER_STATE_BLOCKS'))).toBe(
      'not-now: cyber-diplomacy (incident-1) does not accept MEMBER_STATE_BLOCKS in "implemented"',
    );
    await rules.must('psc', incident('CONSIDER_FURTHER_MEASURES'));
    expect(objectors()).toEqual([]);
    expect(rules.stateOf('cyber-diplomacy', INCIDENT)).toEqual({
      deliberation: 'sharedSituationalAwareness',
    });
  });
});

describe('cyber-diplomacy: restrictive measures need the cyber sanctions regime', () => {
  it('refuses restrictive measures before 17 May 2019, and says why, but adopts a statement', async () => {
    const rules = await PlaybookRules.create('2018-06-01');
    await toCouncil(rules);
    expect(outcome(await rules.decide('council-ministers', ADOPT_MEASURES))).toBe(
      'invalid-command: cyber-diplomacy (incident-1) refuses COUNCIL_ADOPT: restrictive measures need the cyber sanctions regime, not yet in force on the exercise date; adopt a statement or a démarche',
    );
    expect(outcome(await rules.decide('council-ministers', ADOPT_STATEMENT))).toBe('accepted');
  });
});
