// FDI screening cooperation driven through the engine as the roles would play it. The expected outcomes are
// written out by hand from Regulation (EU) 2019/452, Art. 6 (the mechanism document's sources; it applies
// from 11 October 2020).
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const MACHINE = 'fdi-screening';
const CASE = 'port-operator';
const step = (event: string, fields: Record<string, unknown> = {}) => ({
  machine: MACHINE,
  event,
  instance: CASE,
  fields,
});
const NOTIFY = step('NOTIFY_SCREENING', {
  investor: 'Harbour Holdings (state-owned)',
  target: 'Port operator',
  sector: 'critical-infrastructure',
});
const COMMENT = step('MS_COMMENT', { justification: 'Our naval base shares the port' });
const INFO = step('INFORMATION_REQUESTED');
const decide = step('FINAL_DECISION', { outcome: 'prohibited', reasons: 'Public order' });

describe('FDI screening cooperation, Regulation (EU) 2019/452', () => {
  let rules: PlaybookRules;
  beforeEach(async () => {
    rules = await PlaybookRules.create('2021-03-01');
  });

  it('records the screening Member State; only the other Member States comment on its notification', async () => {
    await rules.must('ms-affected', NOTIFY);
    expect(rules.contextOf(MACHINE, CASE)?.actors).toEqual({ screeningState: 'ms-affected' });
    expect(outcome(await rules.decide('ms-affected', COMMENT))).toBe(
      'not-allowed: fdi-screening (port-operator) refuses MS_COMMENT: only the other Member States comment; the screening Member State does not comment on its own notification',
    );
    expect(outcome(await rules.decide('ms-a', COMMENT))).toBe('accepted');
    expect(outcome(await rules.decide('ms-c', COMMENT))).toBe('accepted');
    expect(outcome(await rules.decide('dg-trade-fdi', COMMENT))).toBe(
      'not-allowed: dg-trade-fdi does not own fdi-screening MS_COMMENT',
    );
    expect(rules.contextOf(MACHINE, CASE)?.counters.comments).toBe(2);
  });

  it('lets the Commission and the other Member States ask the screening state for information, not itself', async () => {
    await rules.must('ms-affected', NOTIFY);
    expect(outcome(await rules.decide('ms-affected', INFO))).toBe(
      'not-allowed: fdi-screening (port-operator) refuses INFORMATION_REQUESTED: the screening Member State is the one asked for information, not the one asking',
    );
    expect(outcome(await rules.decide('dg-trade-fdi', INFO))).toBe('accepted');
    expect(outcome(await rules.decide('ms-b', INFO))).toBe('accepted');
  });

  it('leaves the final decision to the screening Member State alone, flagging one taken before the periods end', async () => {
    await rules.must('ms-affected', NOTIFY);
    for (const role of ['ms-a', 'ms-c']) {
      expect(outcome(await rules.decide(role, decide)), role).toBe(
        'not-allowed: fdi-screening (port-operator) refuses FINAL_DECISION: only the Member State that notified the screening takes the final decision',
      );
    }
    expect(outcome(await rules.decide('dg-trade-fdi', decide))).toBe(
      'not-allowed: dg-trade-fdi does not own fdi-screening FINAL_DECISION',
    );
    expect(outcome(await rules.decide('ms-affected', decide))).toBe('accepted');
    expect(rules.stateOf(MACHINE, CASE)).toBe('closed');
    expect(rules.contextOf(MACHINE, CASE)?.flags.decidedBeforePeriodsEnded).toBe(true);
  });

  it('does not exist before the Regulation applies (11 October 2020)', async () => {
    const early = await PlaybookRules.create('2020-10-10');
    expect(outcome(await early.decide('ms-affected', NOTIFY))).toBe(
      'unknown-target: no mechanism "fdi-screening" is in force in this exercise',
    );
  });
});
