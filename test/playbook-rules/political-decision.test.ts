// Consensus in the Council's bodies and the European Council, driven through the engine as the roles would
// take the decisions. The expected outcomes are written out by hand from the sources the mechanism cites
// (Art. 15(4) and 31(1) TEU; domain research §1.3 PSC and COREPER, §6.2 political decision): every Member
// State may withhold consensus on the draft on the table, only it withdraws its objection, conclusions are
// adopted only when none stands, a new draft starts with none, and only Member States object.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const ITEM = 'item-1';

function item(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'political-decision', event, instance: ITEM, fields };
}

const ADOPT = item('ADOPT_CONCLUSIONS', { responsibility: 'condemnsWithoutNaming' });
const EUCO_ADOPT = item('EUCO_ADOPT_CONCLUSIONS', { responsibility: 'highlyLikelyResponsible' });

describe('political-decision: consensus per Member State', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));
  const objectors = () => rules.contextOf('political-decision', ITEM)?.actorSets?.objectors;

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  async function draftBefore(body: string): Promise<void> {
    await rules.must('presidency', item('PLACE_ON_AGENDA', { body, topic: 'The attack' }));
    await rules.must('presidency', item('DRAFT_CONCLUSIONS', { text: 'Draft' }));
  }

  it('holds each objection as its own state’s: another cannot lift it, and one withdrawal leaves the rest', async () => {
    await draftBefore('council');
    expect(await decide('ms-a', item('MEMBER_STATE_OBJECTS'))).toBe('accepted');
    expect(await decide('ms-a', item('MEMBER_STATE_OBJECTS'))).toBe(
      'not-allowed: political-decision (item-1) refuses MEMBER_STATE_OBJECTS: this Member State already withholds consensus on the draft',
    );
    expect(await decide('ms-b', item('MEMBER_STATE_OBJECTS'))).toBe('accepted');
    expect(objectors()).toEqual(['ms-a', 'ms-b']);
    expect(await decide('council-ministers', ADOPT)).toBe(
      'not-now: political-decision (item-1) refuses ADOPT_CONCLUSIONS: the objectors stand: Member State A, Member State B',
    );
    expect(await decide('ms-c', item('MEMBER_STATE_WITHDRAWS_OBJECTION'))).toBe(
      'not-allowed: political-decision (item-1) refuses MEMBER_STATE_WITHDRAWS_OBJECTION: a Member State withdraws only its own objection, and this one has none standing',
    );
    expect(await decide('ms-b', item('MEMBER_STATE_WITHDRAWS_OBJECTION'))).toBe('accepted');
    expect(objectors()).toEqual(['ms-a']);
    expect(await decide('council-ministers', ADOPT)).toBe(
      'not-now: political-decision (item-1) refuses ADOPT_CONCLUSIONS: the objectors stand: Member State A',
    );
    expect(await decide('ms-a', item('MEMBER_STATE_WITHDRAWS_OBJECTION'))).toBe('accepted');
    expect(await decide('council-ministers', ADOPT)).toBe('accepted');
    expect(rules.stateOf('political-decision', ITEM)).toBe('adopted');
  });

  it('lets only Member States object: not a non-EU Ally, nor an EU body', async () => {
    await draftBefore('psc');
    expect(await decide('partner-state', item('MEMBER_STATE_OBJECTS'))).toBe(
      'not-allowed: partner-state does not own political-decision MEMBER_STATE_OBJECTS',
    );
    expect(await decide('hrvp', item('MEMBER_STATE_OBJECTS'))).toBe(
      'not-allowed: hrvp does not own political-decision MEMBER_STATE_OBJECTS',
    );
    expect(await decide('ms-c', item('MEMBER_STATE_OBJECTS'))).toBe('accepted');
  });

  it('takes objections on a draft only, and a new draft needs consensus afresh', async () => {
    await rules.must('presidency', item('PLACE_ON_AGENDA', { body: 'council', topic: 'The attack' }));
    expect(await decide('ms-a', item('MEMBER_STATE_OBJECTS'))).toBe(
      'not-now: political-decision (item-1) does not accept MEMBER_STATE_OBJECTS in "discussion"',
    );
    await rules.must('presidency', item('DRAFT_CONCLUSIONS', { text: 'First draft' }));
    await rules.must('ms-a', item('MEMBER_STATE_OBJECTS'));
    await rules.must('presidency', item('DEFER'));
    await rules.must('presidency', item('PLACE_ON_AGENDA', { body: 'council', topic: 'The attack' }));
    await rules.must('presidency', item('DRAFT_CONCLUSIONS', { text: 'Second draft' }));
    expect(objectors()).toEqual([]);
    expect(await decide('council-ministers', ADOPT)).toBe('accepted');
  });

  it('lets only the European Council adopt its conclusions, and only by consensus', async () => {
    await draftBefore('euco');
    expect(await decide('council-ministers', ADOPT)).toBe(
      'not-now: political-decision (item-1) does not accept ADOPT_CONCLUSIONS in "conclusionsDrafted.leaders"',
    );
    expect(await decide('psc', EUCO_ADOPT)).toBe(
      'not-allowed: psc does not own political-decision EUCO_ADOPT_CONCLUSIONS',
    );
    await rules.must('ms-c', item('MEMBER_STATE_OBJECTS'));
    expect(await decide('euco', EUCO_ADOPT)).toBe(
      'not-now: political-decision (item-1) refuses EUCO_ADOPT_CONCLUSIONS: the objectors stand: Member State C (not in NATO)',
    );
    await rules.must('ms-c', item('MEMBER_STATE_WITHDRAWS_OBJECTION'));
    expect(await decide('euco', EUCO_ADOPT)).toBe('accepted');
  });
});
