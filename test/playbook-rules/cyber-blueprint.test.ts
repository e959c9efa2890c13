// The cyber Blueprint, driven through the engine as the roles would take the decisions. The expected
// outcomes are written out by hand from the sources the mechanism cites (Commission Recommendation (EU)
// 2017/1584 and its Annex: three layers, the technical one informing the operational picture, which informs
// the political level; recital 2's crisis criteria; NIS Art. 14; NIS2 Art. 16 and 23; domain research §1.3
// and the §4.7 template): who notifies whom, that no layer runs ahead of the one below it, the one
// escalation allowed before the operational picture, and each further Member State counted once.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const NIS_ERA = '2019-11-04';
const NIS2_ERA = '2025-06-24';
const CASE = 'inc-1';
const REFUSES = `cyber-blueprint (${CASE}) refuses`;
const TECHNICAL_FIRST =
  'the technical layer has shared nothing yet: the national CSIRT must first inform the CSIRTs Network, ' +
  'whose exchange informs the operational layer (Blueprint, Recommendation (EU) 2017/1584)';
const PICTURE_FIRST =
  'the operational layer has no shared picture yet, and it informs the political layer (Blueprint); ' +
  'before it, only the affected Member State may ask, for an incident too extensive for it to handle, ' +
  'once the CSIRTs Network has the incident';
const NOT_A_UNION_CRISIS =
  'not a Union-level crisis: one Member State is affected and the incident is not declared too extensive ' +
  "for it to handle (Blueprint: two or more Member States, or beyond one Member State's capacity)";

function blueprint(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'cyber-blueprint', event, instance: CASE, fields };
}

const DETECTED = blueprint('INCIDENT_DETECTED', { sector: 'energy', summary: 'Wiper at a grid operator' });
const REPORT = blueprint('OPERATIONAL_REPORT', { summary: 'Grid operators in two states down' });
const ESCALATE = blueprint('ESCALATE_POLITICAL', { forum: 'ipcr' });
const ESCALATE_BEYOND = blueprint('ESCALATE_POLITICAL', { forum: 'ipcr', beyondNationalCapacity: true });

describe('cyber Blueprint: the technical layer informs the operational one (NIS era)', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(NIS_ERA);
    await rules.must('ms-affected-operator', DETECTED);
  });

  it('runs the technical layer in order: operator to CSIRT, CSIRT to the Network, then joint analysis', async () => {
    expect(await decide('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'))).toMatch(
      /^not-now: cyber-blueprint \(inc-1\) does not accept CSIRT_INFORMS_NETWORK in /,
    );
    // NIS Art. 14: the operator notifies; nobody else does it for it.
    expect(await decide('ms-affected-csirt', blueprint('NOTIFY_CSIRT'))).toBe(
      'not-allowed: ms-affected-csirt does not own cyber-blueprint NOTIFY_CSIRT',
    );
    expect(await decide('ms-affected-operator', blueprint('NOTIFY_CSIRT'))).toBe('accepted');
    expect(await decide('csirts-network', blueprint('JOINT_ANALYSIS_SHARED', { findings: 'IOCs' }))).toMatch(
      /^not-now: cyber-blueprint \(inc-1\) does not accept JOINT_ANALYSIS_SHARED in /,
    );
    expect(await decide('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'))).toBe('accepted');
    expect(await decide('csirts-network', blueprint('JOINT_ANALYSIS_SHARED', { findings: 'IOCs' }))).toBe(
      'accepted',
    );
    expect(rules.stateOf('cyber-blueprint', CASE)).toMatchObject({
      response: { technical: { csirtsNetworkExchange: 'jointAnalysis' } },
    });
  });

  it('refuses an operational report until the CSIRTs Network has the incident', async () => {
    expect(await decide('dg-cnect', REPORT)).toBe(
      `not-now: ${REFUSES} OPERATIONAL_REPORT: ${TECHNICAL_FIRST}`,
    );
    await rules.must('ms-affected-operator', blueprint('NOTIFY_CSIRT'));
    // The national CSIRT has it, the Network does not yet: still nothing shared at the technical level.
    expect(await decide('enisa', REPORT)).toBe(`not-now: ${REFUSES} OPERATIONAL_REPORT: ${TECHNICAL_FIRST}`);
    await rules.must('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'));
    expect(await decide('enisa', REPORT)).toBe('accepted');
    expect(rules.contextOf('cyber-blueprint', CASE)?.counters.operationalReports).toBe(1);
    // A Member State is not in the operational layer the Recommendation describes.
    expect(await decide('ms-affected', REPORT)).toBe(
      'not-allowed: ms-affected does not own cyber-blueprint OPERATIONAL_REPORT',
    );
  });
});

describe('cyber Blueprint: the operational picture informs the political level', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(NIS_ERA);
    await rules.must('ms-affected-operator', DETECTED);
    await rules.must('ms-affected-operator', blueprint('NOTIFY_CSIRT'));
  });

  async function networkInformed(): Promise<void> {
    await rules.must('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'));
  }

  it('holds a cross-border escalation until the operational picture exists', async () => {
    await networkInformed();
    await rules.must('ms-b', blueprint('MEMBER_STATE_AFFECTED'));
    expect(await decide('presidency', ESCALATE)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${PICTURE_FIRST}`,
    );
    await rules.must('dg-cnect', REPORT);
    expect(await decide('presidency', ESCALATE)).toBe('accepted');
    expect(rules.stateOf('cyber-blueprint', CASE)).toMatchObject({ response: { political: 'escalated' } });
  });

  it('escalates a one-state incident only when it is too extensive for that state', async () => {
    await networkInformed();
    await rules.must('eeas-cyber', REPORT);
    expect(await decide('presidency', ESCALATE)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${NOT_A_UNION_CRISIS}`,
    );
    expect(await decide('presidency', ESCALATE_BEYOND)).toBe('accepted');
  });

  it('lets only the affected state ask before the picture, for an incident beyond it, once the Network has it', async () => {
    // Before the CSIRT has informed the Network, nobody escalates.
    expect(await decide('ms-affected', ESCALATE_BEYOND)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${PICTURE_FIRST}`,
    );
    await networkInformed();
    // The Presidency cannot judge a state's capacity for it: without the picture it waits.
    expect(await decide('presidency', ESCALATE_BEYOND)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${PICTURE_FIRST}`,
    );
    expect(await decide('ms-affected', ESCALATE)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${PICTURE_FIRST}`,
    );
    expect(await decide('ms-affected', ESCALATE_BEYOND)).toBe('accepted');
    expect(rules.stateOf('cyber-blueprint', CASE)).toMatchObject({ response: { political: 'escalated' } });
  });

  it('gives escalation to the Presidency and the affected state only', async () => {
    await networkInformed();
    await rules.must('dg-cnect', REPORT);
    expect(await decide('ms-a', ESCALATE_BEYOND)).toBe(
      'not-allowed: ms-a does not own cyber-blueprint ESCALATE_POLITICAL',
    );
  });
});

describe('cyber Blueprint: each affected Member State counts once', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const affected = () => rules.contextOf('cyber-blueprint', CASE)?.counters.memberStatesAffected;

  beforeEach(async () => {
    rules = await PlaybookRules.create(NIS_ERA);
    await rules.must('ms-affected-operator', DETECTED);
  });

  it('counts the state whose operator opened the case, then each further state once, as it says for itself', async () => {
    expect(affected()).toBe(1);
    expect(await decide('ms-affected', blueprint('MEMBER_STATE_AFFECTED'))).toBe(
      `not-allowed: ${REFUSES} MEMBER_STATE_AFFECTED: the Member State whose incident opened this case is already counted as affected`,
    );
    expect(await decide('ms-b', blueprint('MEMBER_STATE_AFFECTED'))).toBe('accepted');
    expect(await decide('ms-b', blueprint('MEMBER_STATE_AFFECTED'))).toBe(
      `not-allowed: ${REFUSES} MEMBER_STATE_AFFECTED: this Member State has already reported itself affected; each state counts once`,
    );
    expect(await decide('ms-c', blueprint('MEMBER_STATE_AFFECTED'))).toBe('accepted');
    expect(affected()).toBe(3);
    expect(rules.contextOf('cyber-blueprint', CASE)?.actorSets?.furtherStatesAffected).toEqual([
      'ms-b',
      'ms-c',
    ]);
    // Only a state speaks for itself: not the Network, not an Ally outside the EU.
    expect(await decide('csirts-network', blueprint('MEMBER_STATE_AFFECTED'))).toBe(
      'not-allowed: csirts-network does not own cyber-blueprint MEMBER_STATE_AFFECTED',
    );
    expect(await decide('partner-state', blueprint('MEMBER_STATE_AFFECTED'))).toBe(
      'not-allowed: partner-state does not own cyber-blueprint MEMBER_STATE_AFFECTED',
    );
  });

  it('does not let one state make an incident cross-border by reporting twice', async () => {
    await rules.must('ms-affected-operator', blueprint('NOTIFY_CSIRT'));
    await rules.must('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'));
    await rules.must('enisa', REPORT);
    await rules.must('ms-b', blueprint('MEMBER_STATE_AFFECTED'));
    await rules.decide('ms-b', blueprint('MEMBER_STATE_AFFECTED'));
    expect(affected()).toBe(2);
    expect(await decide('presidency', ESCALATE)).toBe('accepted');
  });
});

describe('cyber Blueprint in the NIS2 era: clocks, EU-CyCLONe', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(NIS2_ERA);
    await rules.must('ms-affected-operator', DETECTED);
  });

  it('replaces the NIS notification with the NIS2 early warning', async () => {
    expect(await decide('ms-affected-operator', blueprint('NOTIFY_CSIRT'))).toBe(
      `unknown-target: cyber-blueprint has no decision NOTIFY_CSIRT in force on ${NIS2_ERA}`,
    );
    expect(await decide('ms-affected-operator', blueprint('NIS2_EARLY_WARNING'))).toBe('accepted');
  });

  it('lets EU-CyCLONe convene at once, but holds its impact assessment until the Network has the incident', async () => {
    expect(await decide('eu-cyclone', blueprint('CYCLONE_CONVENED'))).toBe('accepted');
    expect(await decide('eu-cyclone', blueprint('CYCLONE_IMPACT_ASSESSMENT'))).toBe(
      `not-now: ${REFUSES} CYCLONE_IMPACT_ASSESSMENT: ${TECHNICAL_FIRST}`,
    );
    // Convening is not a picture: the political level still waits.
    expect(await decide('presidency', ESCALATE_BEYOND)).toBe(
      `not-now: ${REFUSES} ESCALATE_POLITICAL: ${PICTURE_FIRST}`,
    );
    await rules.must('ms-affected-operator', blueprint('NIS2_EARLY_WARNING'));
    await rules.must('ms-affected-csirt', blueprint('CSIRT_INFORMS_NETWORK'));
    expect(await decide('eu-cyclone', blueprint('CYCLONE_IMPACT_ASSESSMENT'))).toBe('accepted');
    expect(rules.stateOf('cyber-blueprint', CASE)).toMatchObject({
      response: { operational: { picture: 'cycloneActive' } },
    });
    expect(await decide('presidency', ESCALATE_BEYOND)).toBe('accepted');
  });

  it('is not in force before the Blueprint existed', async () => {
    const before = await PlaybookRules.create('2017-09-12');
    expect(outcome(await before.decide('ms-affected-operator', DETECTED))).toBe(
      'unknown-target: no mechanism "cyber-blueprint" is in force in this exercise',
    );
  });
});
