// The NATO side of the EU–NATO link, driven through the engine as the roles would take the decisions. The
// expected outcomes are written out by hand from the sources the mechanism cites (domain research §2.3: all
// NAC decisions by consensus; any Ally may request Art. 4 consultations, as Poland did with the Baltic states
// in 2014; counter-hybrid support teams on an Ally's request since the July 2018 Brussels Summit): each
// Ally's objection is its own, only Allies object or request, and NATO's decisions belong to the NAC.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bundledPlaybook,
  outcome,
  PlaybookRules,
  type RuleDecision,
} from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';

function link(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'eu-nato-link', event, fields };
}

const STATEMENT = link('NAC_STATEMENT', { text: 'Allies condemn the attack' });

describe('eu-nato-link: NAC consensus per Ally', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const context = () => rules.contextOf('eu-nato-link');

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('holds each Ally’s objection as its own, and the NAC decides only when none stands', async () => {
    expect(await decide('ms-a', link('ALLY_OBJECTS'))).toBe('accepted');
    expect(await decide('ms-a', link('ALLY_OBJECTS'))).toBe(
      'not-allowed: eu-nato-link refuses ALLY_OBJECTS: this Ally already withholds consensus',
    );
    expect(await decide('partner-state', link('ALLY_OBJECTS'))).toBe('accepted');
    expect(await decide('nac', STATEMENT)).toBe(
      'not-now: eu-nato-link refuses NAC_STATEMENT: the objectors stand: Member State A, Partner state outside the EU (a NATO Ally)',
    );
    expect(await decide('ms-b', link('ALLY_WITHDRAWS_OBJECTION'))).toBe(
      'not-allowed: eu-nato-link refuses ALLY_WITHDRAWS_OBJECTION: an Ally withdraws only its own objection, and this one has none standing',
    );
    expect(await decide('partner-state', link('ALLY_WITHDRAWS_OBJECTION'))).toBe('accepted');
    expect(await decide('nac', STATEMENT)).toBe(
      'not-now: eu-nato-link refuses NAC_STATEMENT: the objectors stand: Member State A',
    );
    expect(await decide('ms-a', link('ALLY_WITHDRAWS_OBJECTION'))).toBe('accepted');
    expect(await decide('nac', STATEMENT)).toBe('accepted');
    expect(context()?.counters.nacStatements).toBe(1);
  });

  it('lets no EU Member State outside NATO object or request consultations in the NAC', async () => {
    expect(await decide('ms-c', link('ALLY_OBJECTS'))).toBe(
      'not-allowed: ms-c does not own eu-nato-link ALLY_OBJECTS',
    );
    expect(await decide('ms-c', link('REQUEST_ARTICLE_4'))).toBe(
      'not-allowed: ms-c does not own eu-nato-link REQUEST_ARTICLE_4',
    );
    expect(await decide('ms-c', link('REQUEST_CHST'))).toBe(
      'not-allowed: ms-c does not own eu-nato-link REQUEST_CHST',
    );
  });

  it('records the Allies requesting Art. 4 consultations, each once, and agrees measures only by consensus', async () => {
    expect(await decide('ms-affected', link('REQUEST_ARTICLE_4'))).toBe('accepted');
    // Another Ally joins the request (Poland with the Baltic states, March 2014); an Ally outside the EU can.
    expect(await decide('partner-state', link('REQUEST_ARTICLE_4'))).toBe('accepted');
    expect(await decide('ms-affected', link('REQUEST_ARTICLE_4'))).toBe(
      'not-allowed: eu-nato-link refuses REQUEST_ARTICLE_4: this Ally has already requested these consultations',
    );
    expect(context()?.actorSets?.article4Requesters).toEqual(['ms-affected', 'partner-state']);
    expect(await decide('nac', link('NAC_CONSULTATIONS_HELD'))).toBe('accepted');
    await rules.must('ms-b', link('ALLY_OBJECTS'));
    expect(await decide('nac', link('NAC_AGREE_CRISIS_RESPONSE_MEASURES'))).toBe(
      'not-now: eu-nato-link refuses NAC_AGREE_CRISIS_RESPONSE_MEASURES: the objectors stand: Member State B',
    );
    await rules.must('ms-b', link('ALLY_WITHDRAWS_OBJECTION'));
    expect(await decide('nac', link('NAC_AGREE_CRISIS_RESPONSE_MEASURES'))).toBe('accepted');
    expect(await decide('nac', link('NAC_STAND_DOWN'))).toBe('accepted');
    expect(context()?.actorSets).toEqual({ objectors: [], article4Requesters: [] });
  });

  it('records the Ally that asks for a counter-hybrid support team; the NAC deploys it by consensus', async () => {
    expect(await decide('ms-affected', link('REQUEST_CHST'))).toBe('accepted');
    expect(context()?.actors).toEqual({ chstRequester: 'ms-affected' });
    await rules.must('partner-state', link('ALLY_OBJECTS'));
    expect(await decide('nac', link('NAC_DEPLOY_CHST'))).toBe(
      'not-now: eu-nato-link refuses NAC_DEPLOY_CHST: the objectors stand: Partner state outside the EU (a NATO Ally)',
    );
    await rules.must('partner-state', link('ALLY_WITHDRAWS_OBJECTION'));
    expect(await decide('nac', link('NAC_DEPLOY_CHST'))).toBe('accepted');
    expect(await decide('nac', link('NAC_STAND_DOWN'))).toBe('accepted');
    expect(context()?.actors).toEqual({ chstRequester: null });
  });

  it('gives NATO’s decisions to the NAC, and objections to the Allies, never to a control role', () => {
    // The white cell plays the NAC when NATO is not live by acting as it, so the owners name the body.
    const playbook = bundledPlaybook();
    for (const event of [
      'NAC_CONSULTATIONS_HELD',
      'NAC_STATEMENT',
      'NAC_AGREE_CRISIS_RESPONSE_MEASURES',
      'NAC_STAND_DOWN',
      'NAC_DEPLOY_CHST',
    ]) {
      expect(playbook.ownersOf('eu-nato-link', event), event).toEqual(['nac']);
    }
    for (const event of ['ALLY_OBJECTS', 'ALLY_WITHDRAWS_OBJECTION', 'REQUEST_ARTICLE_4', 'REQUEST_CHST']) {
      expect(playbook.ownersOf('eu-nato-link', event), event).toEqual([
        'ms-affected',
        'ms-a',
        'ms-b',
        'partner-state',
      ]);
    }
  });
});

describe('eu-nato-link: counter-hybrid support teams exist only after the Brussels Summit (July 2018)', () => {
  it('has no support team to request in March 2018', async () => {
    const rules = await PlaybookRules.create('2018-03-01');
    expect(outcome(await rules.decide('ms-affected', link('REQUEST_CHST')))).toBe(
      'unknown-target: eu-nato-link has no decision REQUEST_CHST in force on 2018-03-01',
    );
    expect(outcome(await rules.decide('ms-affected', link('REQUEST_ARTICLE_4')))).toBe('accepted');
  });
});

describe('eu-nato-link: a shared product’s marking', () => {
  it('must be one of the playbook’s markings, since it decides who may read the decision', async () => {
    const rules = await PlaybookRules.create(DATE);
    const share = (marking: string) => link('SHARE_PRODUCT', { marking, title: 'Hybrid threat picture' });
    expect(outcome(await rules.decide('nato-hybrid-branch', share('COSMIC-TOP-SECRET')))).toBe(
      'invalid-command: "COSMIC-TOP-SECRET" is not a marking of this playbook (PUBLIC, EU-ONLY, ' +
        'EU-INSTITUTIONS-ONLY, NATO-ONLY, REL-EU-NATO, NATO-REL-EU-INSTITUTIONS)',
    );
    expect(outcome(await rules.decide('nato-hybrid-branch', share('REL-EU-NATO')))).toBe('accepted');
    expect(rules.contextOf('eu-nato-link')?.counters.productsShared).toBe(1);
  });
});
