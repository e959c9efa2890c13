// EU situational awareness (SITROOM, INTCEN Hybrid Fusion Cell, EUMS INT), driven through the engine as the
// roles would take the decisions. The expected outcomes are written out by hand from the sources the
// mechanism cites (EEAS crisis response system; EP answer E-8-2017-005865; domain research §1.3, §2.2 and
// §6.2 row 3): the SITROOM watches and issues flash reports; the Fusion Cell, which collects nothing itself,
// fuses Member States' contributions into assessments; products cross to NATO's Hybrid Analysis Branch only
// at a marking both may hold (PACE17: NATO material releasable to EU institutions only), and the Fusion Cell
// records what NATO released to it.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const NOT_RELEASED =
  'invalid-command: situational-awareness refuses NATO_PRODUCT_RECEIVED: the Fusion Cell can only have ' +
  'received a NATO product released to the EU institutions (REL-EU-NATO, NATO-REL-EU-INSTITUTIONS or PUBLIC)';

function sa(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'situational-awareness', event, fields };
}

const ASSESSMENT = sa('ASSESSMENT_ISSUED', {
  keyJudgements: 'State-directed campaign',
  confidence: 'moderate',
  marking: 'REL-EU-NATO',
});

describe('situational awareness: the watch and the fusion analysis', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('issues a flash report from the SITROOM, on an indicator first', async () => {
    const flash = sa('FLASH_REPORT', { summary: 'Explosion at a port', marking: 'EU-ONLY' });
    expect(await decide('eu-sitroom', flash)).toMatch(
      /^not-now: situational-awareness does not accept FLASH_REPORT in /,
    );
    expect(await decide('ms-affected', sa('MS_REPORT', { summary: 'Port explosion' }))).toBe('accepted');
    expect(await decide('intcen-fusion-cell', flash)).toBe(
      'not-allowed: intcen-fusion-cell does not own situational-awareness FLASH_REPORT',
    );
    expect(await decide('eu-sitroom', flash)).toBe('accepted');
  });

  it('fuses Member States’ contributions only while analysing, and only the Fusion Cell assesses', async () => {
    const contribution = sa('MS_INTEL_CONTRIBUTION');
    expect(await decide('ms-affected-intel', contribution)).toMatch(
      /^not-now: situational-awareness does not accept MS_INTEL_CONTRIBUTION in /,
    );
    await rules.must('hrvp', sa('FUSION_TASKED', { question: 'Who is behind the campaign?' }));
    await rules.must('intcen-fusion-cell', sa('ANALYSIS_STARTED'));
    expect(await decide('ms-affected-intel', contribution)).toBe('accepted');
    expect(await decide('ms-b', contribution)).toBe('accepted');
    expect(await decide('partner-state', contribution)).toBe(
      'not-allowed: partner-state does not own situational-awareness MS_INTEL_CONTRIBUTION',
    );
    expect(await decide('eums-int', ASSESSMENT)).toBe(
      'not-allowed: eums-int does not own situational-awareness ASSESSMENT_ISSUED',
    );
    expect(await decide('intcen-fusion-cell', ASSESSMENT)).toBe('accepted');
    expect(rules.contextOf('situational-awareness')?.counters.msContributions).toBe(2);
  });
});

describe('situational awareness: what crosses to NATO and back', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const counters = () => rules.contextOf('situational-awareness')?.counters;

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
    await rules.must('intcen-director', sa('FUSION_TASKED', { question: 'Campaign assessment' }));
    await rules.must('intcen-fusion-cell', sa('ANALYSIS_STARTED'));
    await rules.must('intcen-fusion-cell', ASSESSMENT);
  });

  it('shares an assessment with NATO only at a marking NATO may hold; anything else is counted as blocked', async () => {
    expect(await decide('nato-hybrid-branch', sa('SHARE_WITH_NATO', { marking: 'REL-EU-NATO' }))).toBe(
      'not-allowed: nato-hybrid-branch does not own situational-awareness SHARE_WITH_NATO',
    );
    expect(await decide('intcen-fusion-cell', sa('SHARE_WITH_NATO', { marking: 'EU-ONLY' }))).toBe(
      'accepted',
    );
    expect(counters()?.blockedShares).toBe(1);
    expect(counters()?.natoShares).toBe(0);
    expect(rules.stateOf('situational-awareness')).toMatchObject({
      operating: { fusion: 'assessmentIssued' },
    });
    expect(await decide('eu-liaison-nato', sa('SHARE_WITH_NATO', { marking: 'REL-EU-NATO' }))).toBe(
      'accepted',
    );
    expect(counters()?.natoShares).toBe(1);
    expect(rules.stateOf('situational-awareness')).toMatchObject({ operating: { fusion: 'sharedWithNato' } });
  });

  it('has the Fusion Cell record a NATO product, and only one NATO released to the EU institutions', async () => {
    // NATO's staff share over the EU–NATO link; they do not act in this EU-institutions-only machine.
    expect(await decide('nato-hybrid-branch', sa('NATO_PRODUCT_RECEIVED', { marking: 'REL-EU-NATO' }))).toBe(
      'not-allowed: nato-hybrid-branch does not own situational-awareness NATO_PRODUCT_RECEIVED',
    );
    expect(await decide('intcen-fusion-cell', sa('NATO_PRODUCT_RECEIVED', { marking: 'NATO-ONLY' }))).toBe(
      NOT_RELEASED,
    );
    expect(await decide('intcen-fusion-cell', sa('NATO_PRODUCT_RECEIVED', { marking: 'EU-ONLY' }))).toBe(
      NOT_RELEASED,
    );
    for (const marking of ['REL-EU-NATO', 'NATO-REL-EU-INSTITUTIONS', 'PUBLIC']) {
      expect(await decide('intcen-fusion-cell', sa('NATO_PRODUCT_RECEIVED', { marking }))).toBe('accepted');
    }
    expect(counters()?.natoProducts).toBe(3);
  });
});
