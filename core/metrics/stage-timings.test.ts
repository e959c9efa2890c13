import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../read-models/index';
import { STAGE_OF_DECISION, stageChain } from './stage-timings';

const HOUR = 3_600_000;

/** A decision at a place in the log: seq, scenario hour, and its playbook stage. */
function decision(seq: number, hour: number, stage: string): DecisionRecord {
  return {
    seq,
    scenarioMs: hour * HOUR,
    wallMs: 1_000 * seq,
    decisionId: `D-${seq}`,
    actorKey: 'crisis',
    machine: 'crisis',
    instance: null,
    event: 'EVENT',
    fields: {},
    rationale: null,
    role: 'ms-a',
    playedBy: null,
    credit: { kind: 'person', role: 'ms-a', through: null, policy: null },
    stage,
    answersInject: null,
    voided: null,
  };
}

const firstDelivery = { seq: 5, scenarioMs: 0, wallMs: 5_000 };

describe('stageChain', () => {
  it('chains each stage from the stop of the one before, skipping a stage nobody reached', () => {
    const decisions = [
      decision(3, 0, 'report'), // before the first delivery: starts nothing
      decision(7, 1, 'report'), // T_detect: T+0 → T+1h
      decision(9, 3, 'notify'), // T_notify: T+1h → T+3h
      decision(11, 4, 'other'), // no stage
      decision(13, 6, 'decide'), // no assessment: T_decide runs from the notification, T+3h → T+6h
      decision(15, 10, 'activate'), // T_activate: T+6h → T+10h
    ];
    expect(stageChain(firstDelivery, decisions)).toEqual({
      detect: { fromSeq: 5, toSeq: 7, scenarioMs: 1 * HOUR, wallMs: 2_000 },
      notify: { fromSeq: 7, toSeq: 9, scenarioMs: 2 * HOUR, wallMs: 2_000 },
      assess: null,
      decide: { fromSeq: 9, toSeq: 13, scenarioMs: 3 * HOUR, wallMs: 4_000 },
      activate: { fromSeq: 13, toSeq: 15, scenarioMs: 4 * HOUR, wallMs: 2_000 },
    });
  });

  it('takes the first decision of a stage after the start, and ignores one taken before it', () => {
    const decisions = [decision(8, 2, 'decide'), decision(6, 1, 'notify'), decision(10, 5, 'decide')];
    const chain = stageChain(firstDelivery, decisions);
    expect(chain.notify).toEqual({ fromSeq: 5, toSeq: 6, scenarioMs: 1 * HOUR, wallMs: 1_000 });
    expect(chain.decide?.toSeq).toBe(8);
  });

  it('is all null before anything reached a participant', () => {
    expect(stageChain(null, [decision(7, 1, 'report'), decision(9, 2, 'notify')])).toEqual({
      detect: null,
      notify: null,
      assess: null,
      decide: null,
      activate: null,
    });
  });

  it('maps the playbook’s stages to the response stages, and no other', () => {
    expect(STAGE_OF_DECISION).toEqual({
      report: 'detect',
      notify: 'notify',
      assess: 'assess',
      decide: 'decide',
      activate: 'activate',
    });
    expect(STAGE_OF_DECISION.other).toBeUndefined();
  });
});
