import type { ComparedFigure, MetricsComparison } from '../../../core/index';

// A comparison written by hand for the Compare view's tests: every number a test reads is stated here, never
// worked out by the code under test. Words are the mini fixture's (test/fixtures/mini-playbook): crisis is
// "Crisis arrangements", ms-a "Member State A"; the organisations are named by the tests themselves.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** All mechanisms, detect: 30m in both runs (the same). */
export const DETECT: ComparedFigure = {
  key: 'stage:all:detect',
  group: 'stages',
  subject: { kind: 'stage', mechanism: null, stage: 'detect' },
  unit: 'ms',
  a: 30 * MINUTE,
  b: 30 * MINUTE,
  difference: 0,
  verdict: 'same',
  beforeBranch: false,
};

export const SAMPLE_FIGURES: readonly ComparedFigure[] = [
  DETECT,
  // All mechanisms, notify: 2h against 3h, an hour quicker.
  {
    key: 'stage:all:notify',
    group: 'stages',
    subject: { kind: 'stage', mechanism: null, stage: 'notify' },
    unit: 'ms',
    a: 2 * HOUR,
    b: 3 * HOUR,
    difference: -HOUR,
    verdict: 'better',
    beforeBranch: false,
  },
  // Crisis arrangements, decide: 5h against 4h, an hour slower.
  {
    key: 'stage:crisis:decide',
    group: 'stages',
    subject: { kind: 'stage', mechanism: 'crisis', stage: 'decide' },
    unit: 'ms',
    a: 5 * HOUR,
    b: 4 * HOUR,
    difference: HOUR,
    verdict: 'worse',
    beforeBranch: false,
  },
  // Crisis arrangements, activate: reached only in the other run, at 6h.
  {
    key: 'stage:crisis:activate',
    group: 'stages',
    subject: { kind: 'stage', mechanism: 'crisis', stage: 'activate' },
    unit: 'ms',
    a: null,
    b: 6 * HOUR,
    difference: null,
    verdict: 'only-b',
    beforeBranch: false,
  },
  // The window "Sharing to full": met in 1d 2h here, still open in the other run.
  {
    key: 'window:crisis:sharing-to-full',
    group: 'windows',
    subject: {
      kind: 'window',
      mechanism: 'crisis',
      actorKey: 'crisis',
      windowId: 'sharing-to-full',
      title: 'Sharing to full',
    },
    unit: 'ms',
    a: DAY + 2 * HOUR,
    b: null,
    difference: null,
    status: { a: 'met', b: 'open' },
    verdict: 'better',
    beforeBranch: false,
  },
  // Member State A's median acknowledgement: 45m against 1h; it acknowledged 3 in both.
  {
    key: 'ack:ms-a:median',
    group: 'acknowledgement',
    subject: { kind: 'acknowledgement', role: 'ms-a', measure: 'median' },
    unit: 'ms',
    a: 45 * MINUTE,
    b: HOUR,
    difference: -15 * MINUTE,
    verdict: 'better',
    beforeBranch: false,
  },
  {
    key: 'ack:ms-a:acknowledged',
    group: 'acknowledgement',
    subject: { kind: 'acknowledgement', role: 'ms-a', measure: 'acknowledged' },
    unit: 'count',
    a: 3,
    b: 3,
    difference: 0,
    verdict: 'same',
    beforeBranch: false,
  },
  // Expected actions met: 4 against 2; hit rate 80 % against 50 %.
  {
    key: 'expected:met',
    group: 'expected',
    subject: { kind: 'expected', measure: 'met' },
    unit: 'count',
    a: 4,
    b: 2,
    difference: 2,
    verdict: 'better',
    beforeBranch: false,
  },
  {
    key: 'expected:hitRate',
    group: 'expected',
    subject: { kind: 'expected', measure: 'hitRate' },
    unit: 'ratio',
    a: 0.8,
    b: 0.5,
    difference: 0.30000000000000004,
    verdict: 'better',
    beforeBranch: false,
  },
  // Council → NATO (across the line): 5 delivered against 2; State A → Council: 1 in both.
  {
    key: 'pair:council→nato',
    group: 'coordination',
    subject: { kind: 'organisation-pair', fromOrg: 'council', toOrg: 'nato', euNato: true },
    unit: 'count',
    a: 5,
    b: 2,
    difference: 3,
    verdict: 'changed',
    beforeBranch: false,
  },
  {
    key: 'pair:state-a→council',
    group: 'coordination',
    subject: { kind: 'organisation-pair', fromOrg: 'state-a', toOrg: 'council', euNato: false },
    unit: 'count',
    a: 1,
    b: 1,
    difference: 0,
    verdict: 'same',
    beforeBranch: false,
  },
  // Blocked by marking at the EU↔NATO line: 1 against none.
  {
    key: 'euNato:blocked',
    group: 'euNato',
    subject: { kind: 'eu-nato', measure: 'blocked' },
    unit: 'count',
    a: 1,
    b: 0,
    difference: 1,
    verdict: 'worse',
    beforeBranch: false,
  },
];

/** Twelve figures, nine of them differ (all but detect, Member State A's acknowledged, State A → Council). */
export const SAMPLE_COMPARISON: MetricsComparison = {
  schemaVersion: 1,
  scenarioId: 'mini-scenario',
  a: {
    exerciseId: 'ex-a',
    name: 'Tuesday run',
    events: 120,
    scenarioDurationMs: 2 * DAY,
    ended: true,
    branch: null,
  },
  b: {
    exerciseId: 'ex-b',
    name: 'Doctrine run',
    events: 98,
    scenarioDurationMs: DAY + 12 * HOUR,
    ended: false,
    branch: null,
  },
  branchPoint: null,
  figures: [...SAMPLE_FIGURES],
  differing: 9,
  decisionsAfterBranch: null,
};

/**
 * The same runs as a branch (this run) of the other at event 40, T+2h15m: detect was settled before it, so
 * shared. After it this run's Presidency activated sharing at 3h; the origin's Member State A consulted at
 * 3h30m, voided since.
 */
export const BRANCHED_COMPARISON: MetricsComparison = {
  ...SAMPLE_COMPARISON,
  a: {
    ...SAMPLE_COMPARISON.a,
    name: 'What-if: early activation',
    branch: {
      originExerciseId: 'ex-b',
      originName: 'Doctrine run',
      atSeq: 40,
      atScenarioMs: 2 * HOUR + 15 * MINUTE,
    },
  },
  branchPoint: { seq: 40, scenarioMs: 2 * HOUR + 15 * MINUTE },
  figures: [{ ...DETECT, beforeBranch: true }, ...SAMPLE_FIGURES.slice(1)],
  decisionsAfterBranch: {
    a: [
      {
        decisionId: 'd-a1',
        seq: 41,
        scenarioMs: 3 * HOUR,
        role: 'presidency',
        machine: 'crisis',
        instance: null,
        event: 'ACTIVATE',
        rationale: 'Partners ready',
        voided: false,
      },
    ],
    b: [
      {
        decisionId: 'd-b1',
        seq: 41,
        scenarioMs: 3 * HOUR + 30 * MINUTE,
        role: 'ms-a',
        machine: 'crisis',
        instance: null,
        event: 'CONSULT',
        rationale: null,
        voided: true,
      },
    ],
  },
};
