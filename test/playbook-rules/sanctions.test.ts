// CFSP restrictive measures, driven through the engine as the roles would take the decisions. The expected
// outcomes are written out by hand from the sources the mechanism cites (Art. 29 and 31(1) TEU; domain
// research §1.3 restrictive measures, §6.2 sanctions): the HR/VP or a Member State proposes under a regime in
// force; every Member State may block, only it lifts its block, adoption and renewal need none standing; only
// the proposer withdraws; a new proposal starts with no block; an Ally outside the EU has no vote.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const LISTING = 'listing-1';
const DAY = 24 * 60 * 60 * 1000;

function listing(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'sanctions', event, instance: LISTING, fields };
}

const PROPOSE_CW = listing('PROPOSE_LISTING', { regime: 'chemicalWeapons', target: 'Four officers' });

describe('sanctions: unanimity per Member State', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const objectors = () => rules.contextOf('sanctions', LISTING)?.actorSets?.objectors;

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  async function toCouncil(proposer = 'hrvp', proposal = PROPOSE_CW): Promise<void> {
    await rules.must(proposer, proposal);
    await rules.must('relex-wp', listing('RELEX_AGREE'));
    await rules.must('psc', listing('COREPER_PSC_AGREE'));
  }

  it('holds each block as its own state’s, and the Council adopts only when none stands', async () => {
    await rules.must('hrvp', PROPOSE_CW);
    // A block can come at any stage of the preparatory bodies.
    expect(await decide('ms-a', listing('MEMBER_STATE_BLOCKS', { reason: 'evidence' }))).toBe('accepted');
    await rules.must('relex-wp', listing('RELEX_AGREE'));
    await rules.must('psc', listing('COREPER_PSC_AGREE'));
    expect(await decide('ms-c', listing('MEMBER_STATE_BLOCKS'))).toBe('accepted');
    expect(await decide('ms-a', listing('MEMBER_STATE_BLOCKS'))).toBe(
      'not-allowed: sanctions (listing-1) refuses MEMBER_STATE_BLOCKS: this Member State already blocks the listing',
    );
    expect(objectors()).toEqual(['ms-a', 'ms-c']);
    expect(await decide('council-ministers', listing('COUNCIL_ADOPT'))).toBe(
      'not-now: sanctions (listing-1) refuses COUNCIL_ADOPT: the objectors stand: Member State A, Member State C (not in NATO)',
    );
    expect(await decide('ms-b', listing('MEMBER_STATE_LIFTS_BLOCK'))).toBe(
      'not-allowed: sanctions (listing-1) refuses MEMBER_STATE_LIFTS_BLOCK: a Member State lifts only its own block, and this one has none standing',
    );
    expect(await decide('ms-c', listing('MEMBER_STATE_LIFTS_BLOCK'))).toBe('accepted');
    expect(await decide('council-ministers', listing('COUNCIL_ADOPT'))).toBe(
      'not-now: sanctions (listing-1) refuses COUNCIL_ADOPT: the objectors stand: Member State A',
    );
    expect(await decide('ms-a', listing('MEMBER_STATE_LIFTS_BLOCK'))).toBe('accepted');
    expect(await decide('council-ministers', listing('COUNCIL_ADOPT'))).toBe('accepted');
    expect(rules.stateOf('sanctions', LISTING)).toBe('published');
  });

  it('gives an Ally outside the EU no say in the Council: it neither proposes nor blocks', async () => {
    expect(await decide('partner-state', PROPOSE_CW)).toBe(
      'not-allowed: partner-state does not own sanctions PROPOSE_LISTING',
    );
    await toCouncil();
    expect(await decide('partner-state', listing('MEMBER_STATE_BLOCKS'))).toBe(
      'not-allowed: partner-state does not own sanctions MEMBER_STATE_BLOCKS',
    );
    expect(await decide('council-ministers', listing('COUNCIL_ADOPT'))).toBe('accepted');
  });

  it('lets only the proposer withdraw, and the revised proposal starts with no block', async () => {
    const byMemberState = listing('PROPOSE_LISTING', { regime: 'countryRegime', target: 'Two firms' });
    await toCouncil('ms-b', byMemberState);
    expect(rules.contextOf('sanctions', LISTING)?.actors).toEqual({ proposer: 'ms-b' });
    await rules.must('ms-c', listing('MEMBER_STATE_BLOCKS'));
    expect(await decide('hrvp', listing('WITHDRAW_PROPOSAL'))).toBe(
      'not-allowed: sanctions (listing-1) refuses WITHDRAW_PROPOSAL: only the proposer (the HR/VP or the Member State that tabled it) withdraws a proposal',
    );
    expect(await decide('ms-b', listing('WITHDRAW_PROPOSAL'))).toBe('accepted');
    expect(rules.stateOf('sanctions', LISTING)).toBe('withdrawn');
    expect(objectors()).toEqual([]);
    await rules.must('ms-b', listing('REVISE_PROPOSAL'));
    await toCouncil('hrvp');
    expect(rules.contextOf('sanctions', LISTING)?.actors).toEqual({ proposer: 'hrvp' });
    expect(await decide('council-ministers', listing('COUNCIL_ADOPT'))).toBe('accepted');
  });

  it('renews a listing at its yearly review only when no Member State blocks the renewal', async () => {
    await toCouncil();
    await rules.must('council-ministers', listing('COUNCIL_ADOPT'));
    await rules.must('council-ministers', listing('PUBLISH_OJ'));
    expect(rules.stateOf('sanctions', LISTING)).toBe('inForce');
    expect(await decide('ms-a', listing('MEMBER_STATE_BLOCKS'))).toBe(
      'not-now: sanctions (listing-1) does not accept MEMBER_STATE_BLOCKS in "inForce"',
    );
    // The review falls due 12 months after entry into force.
    await rules.command('exercise/jump-to', { scenarioMs: 366 * DAY }, 'excon');
    expect(rules.stateOf('sanctions', LISTING)).toBe('underReview');
    await rules.must('ms-b', listing('MEMBER_STATE_BLOCKS'));
    await rules.must('ms-c', listing('MEMBER_STATE_BLOCKS'));
    await rules.must('ms-b', listing('MEMBER_STATE_LIFTS_BLOCK'));
    expect(await decide('council-ministers', listing('COUNCIL_RENEW'))).toBe(
      'not-now: sanctions (listing-1) refuses COUNCIL_RENEW: the objectors stand: Member State C (not in NATO)',
    );
    expect(await decide('council-ministers', listing('DELIST'))).toBe('accepted');
    expect(rules.stateOf('sanctions', LISTING)).toBe('delisted');
    expect(objectors()).toEqual([]);
  });
});

describe('sanctions: a proposal needs a regime in force', () => {
  it('refuses a chemical-weapons listing before the regime (15 October 2018), and says why', async () => {
    const rules = await PlaybookRules.create('2018-06-01');
    expect(outcome(await rules.decide('hrvp', PROPOSE_CW))).toBe(
      'invalid-command: sanctions (listing-1) refuses PROPOSE_LISTING: the chosen regime is not in force on the exercise date; propose under a regime in force, an existing country regime or a new framework',
    );
    const framework = listing('PROPOSE_LISTING', { regime: 'newFramework', target: 'Chemical weapons' });
    expect(outcome(await rules.decide('hrvp', framework))).toBe('accepted');
  });

  it('takes cyber listings from 17 May 2019 but no Russia-destabilisation listing before 8 October 2024', async () => {
    const rules = await PlaybookRules.create(DATE);
    const russia = listing('PROPOSE_LISTING', { regime: 'russiaDestabilisingActivities', target: 'x' });
    expect(outcome(await rules.decide('ms-a', russia))).toMatch(
      /^invalid-command: .* regime is not in force/,
    );
    const cyber = listing('PROPOSE_LISTING', { regime: 'cyberAttacks', target: 'x' });
    expect(outcome(await rules.decide('ms-a', cyber))).toBe('accepted');
  });
});
