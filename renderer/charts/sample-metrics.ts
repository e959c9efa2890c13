import type { EuNatoCrossing, ExerciseMetrics, StageChain, WindowResult } from '../../core/index';
import type { EventWords } from '../components/index';

// A small exercise's metrics written by hand for the charts' tests: every figure a test reads is worked out
// in the comments here, not by the code under test. sample-metrics.test.ts checks the figures agree with
// each other as computeMetrics would make them (statuses add up to released, crossings to the EU↔NATO
// figures, …).

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A span of `scenarioMs`, played at sixty times real time. */
const span = (scenarioMs: number) => ({ fromSeq: 1, toSeq: 2, scenarioMs, wallMs: scenarioMs / 60 });

const chain = (stages: Partial<Record<keyof StageChain, number>>): StageChain => ({
  detect: stages.detect === undefined ? null : span(stages.detect),
  notify: stages.notify === undefined ? null : span(stages.notify),
  assess: stages.assess === undefined ? null : span(stages.assess),
  decide: stages.decide === undefined ? null : span(stages.decide),
  activate: stages.activate === undefined ? null : span(stages.activate),
});

const windowResult = (
  actorKey: string,
  windowId: string,
  title: string,
  metric: string,
  expectedMs: number,
  status: WindowResult['status'],
  tookMs: number | null,
  reconstructed = false,
): WindowResult => ({
  mechanism: actorKey.split('#')[0] ?? actorKey,
  actorKey,
  windowId,
  title,
  metric,
  expectedMs,
  status,
  span: tookMs === null ? null : span(tookMs),
  startSeq: 1,
  reconstructed,
});

// Two legal clocks of the cyber Blueprint: the early warning met (20h of 24h), the notification missed.
const NIS2_WARNING = windowResult(
  'cyber-blueprint',
  'nis2-early-warning',
  'Awareness to NIS2 early warning',
  'legal-clock',
  DAY,
  'met',
  20 * HOUR,
);
const NIS2_NOTIFICATION = windowResult(
  'cyber-blueprint',
  'nis2-incident-notification',
  'Awareness to NIS2 incident notification',
  'legal-clock',
  3 * DAY,
  'missed',
  null,
);

export const SAMPLE_METRICS: ExerciseMetrics = {
  schemaVersion: 2,
  exercise: {
    exerciseId: 'ex-sample',
    scenarioId: 'sample',
    title: 'Sample exercise',
    seed: 1,
    events: 120,
    scenarioDurationMs: 2 * DAY,
    wallDurationMs: 48 * MINUTE,
    ended: true,
  },
  stages: {
    total: chain({ detect: 30 * MINUTE, notify: 2 * HOUR, decide: HOUR, activate: 2 * HOUR }),
    // crisis: notify 2h, decide 1h, activate 2h; stratcom: detect 30m, assess 4h; argus: no stage reached
    // (its decisions were all of the `other` stage), so the stages chart leaves it out.
    byMechanism: {
      crisis: chain({ notify: 2 * HOUR, decide: HOUR, activate: 2 * HOUR }),
      stratcom: chain({ detect: 30 * MINUTE, assess: 4 * HOUR }),
      argus: chain({}),
    },
    byCase: {},
  },
  // Six windows time response stages or `other` (met 3, late 1, missed 1, open 1); two are legal clocks.
  // ucpm has windows for two cases and no decision, so it is drawn with no bar.
  windows: [
    windowResult('crisis', 'alert', 'Alert to partners', 'T_notify', HOUR, 'late', 90 * MINUTE),
    windowResult('crisis', 'escalation', 'Escalation to decision', 'T_decide', 3 * HOUR, 'met', HOUR, true),
    windowResult('crisis', 'handover', 'Handover to the Presidency', 'other', 12 * HOUR, 'met', 6 * HOUR),
    windowResult('stratcom', 'rapid-alert', 'Rapid Alert to first response', 'T_assess', DAY, 'open', null),
    NIS2_WARNING,
    NIS2_NOTIFICATION,
    windowResult('ucpm#1', 'forwarding', 'Request to forwarding', 'T_notify', 2 * HOUR, 'met', HOUR),
    windowResult('ucpm#2', 'forwarding', 'Request to forwarding', 'T_notify', 2 * HOUR, 'missed', null),
  ],
  // ms-a acknowledged after 30m and 1h (median 45m, longest 1h), ms-c after 2h; the Presidency never did.
  acknowledgement: [
    {
      role: 'ms-a',
      delivered: 3,
      acknowledged: 2,
      scenario: { count: 2, meanMs: 45 * MINUTE, medianMs: 45 * MINUTE, maxMs: HOUR },
      wall: { count: 2, meanMs: 45_000, medianMs: 45_000, maxMs: MINUTE },
    },
    {
      role: 'ms-c',
      delivered: 1,
      acknowledged: 1,
      scenario: { count: 1, meanMs: 2 * HOUR, medianMs: 2 * HOUR, maxMs: 2 * HOUR },
      wall: { count: 1, meanMs: 2 * MINUTE, medianMs: 2 * MINUTE, maxMs: 2 * MINUTE },
    },
    {
      role: 'presidency',
      delivered: 2,
      acknowledged: 0,
      scenario: { count: 0, meanMs: null, medianMs: null, maxMs: null },
      wall: { count: 0, meanMs: null, medianMs: null, maxMs: null },
    },
  ],
  // 6 of 8 released: met 2, marked met 1, missed 2, marked unmet 0, open 1; hit rate (2 + 1) / 6 = 0.5.
  expectedActions: {
    total: 8,
    released: 6,
    byStatus: { open: 1, met: 2, missed: 2, 'marked-met': 1, 'marked-unmet': 0 },
    hitRate: 0.5,
    contingenciesReleased: 1,
  },
  infoSharing: [],
  // Delivered (messages + injects + products): council → nato 2, nato → state-a 2, nato → state-c 0,
  // eeas → NATO side 3, evening-courier → state-a 1: 8 in all over 5 pairs; blocked 1 + 1 + 1 = 3.
  exchange: {
    edges: [
      edge('council', 'eu', 'nato', 'nato', { messages: 2, blocked: 1 }),
      edge('eeas', 'eu', 'side:nato', 'nato', { products: 3, blocked: 1 }),
      edge('evening-courier', 'external', 'state-a', 'national', { injects: 1 }),
      edge('nato', 'nato', 'state-a', 'national', { messages: 1, injects: 1 }),
      edge('nato', 'nato', 'state-c', 'national', { blocked: 1 }),
    ],
    // Messages 2 and products 3 crossed (SAMPLE_CROSSINGS); 2 blocked at the line (EU-ONLY), and the
    // NATO-ONLY message to state-c was blocked inside NATO's own traffic to a Member State.
    euNato: { exchanges: 5, messages: 2, products: 3, blocked: 2, scriptedInjects: 0 },
    blockedByMarking: { 'EU-ONLY': 2, 'NATO-ONLY': 1 },
    blockedTotal: 3,
  },
  legalClocks: { windows: [NIS2_WARNING, NIS2_NOTIFICATION], ucpmRequests: 2, ucpmLapsed: ['ucpm#2'] },
  consistency: { voidedDecisions: [], conflictingAssessments: [], laggingEscalations: [] },
  evaluation: { observations: 0, amendments: 0, ratings: {} },
};

function edge(
  fromOrg: string,
  fromSide: string,
  toOrg: string,
  toSide: string,
  counts: Partial<Record<'messages' | 'injects' | 'products' | 'blocked', number>>,
): ExerciseMetrics['exchange']['edges'][number] {
  const euNato = (fromSide === 'eu' && toSide === 'nato') || (fromSide === 'nato' && toSide === 'eu');
  return {
    fromOrg,
    toOrg,
    fromSide,
    toSide,
    messages: 0,
    injects: 0,
    products: 0,
    blocked: 0,
    ...counts,
    euNato,
  };
}

const crossing = (
  seq: number,
  scenarioMs: number,
  kind: EuNatoCrossing['kind'],
  fromOrg: string,
  toOrg: string,
  marking: string | null,
  outcome: EuNatoCrossing['outcome'],
  voided = false,
): EuNatoCrossing => ({
  seq,
  scenarioMs,
  wallMs: scenarioMs / 60,
  kind,
  fromOrg,
  toOrg,
  marking,
  outcome,
  voided,
});

/**
 * Eight crossings in log order: delivered 5 (two messages, three products), blocked 2 (EU-ONLY), voided 1
 * (a product EXCON voided, which no longer counts).
 */
export const SAMPLE_CROSSINGS: readonly EuNatoCrossing[] = [
  crossing(10, HOUR, 'message', 'council', 'nato', 'REL-EU-NATO', 'delivered'),
  crossing(14, 3 * HOUR, 'message', 'council', 'nato', 'EU-ONLY', 'blocked'),
  crossing(20, 5 * HOUR, 'message', 'council', 'nato', 'REL-EU-NATO', 'delivered'),
  crossing(30, 8 * HOUR, 'product', 'eeas', 'side:nato', null, 'delivered'),
  crossing(31, 9 * HOUR, 'product', 'eeas', 'side:nato', 'REL-EU-NATO', 'delivered'),
  crossing(40, 12 * HOUR, 'product', 'eeas', 'side:nato', 'EU-ONLY', 'blocked'),
  crossing(50, DAY, 'product', 'eeas', 'side:nato', 'REL-EU-NATO', 'delivered', true),
  crossing(60, DAY + 12 * HOUR, 'product', 'eeas', 'side:nato', 'REL-EU-NATO', 'delivered'),
];

const MECHANISMS: Record<string, string> = {
  crisis: 'Crisis coordination',
  stratcom: 'Strategic communication',
  ucpm: 'Civil Protection Mechanism',
  argus: 'ARGUS',
  'cyber-blueprint': 'Cyber Blueprint',
};
const ROLES: Record<string, string> = {
  'ms-a': 'Member State A',
  'ms-c': 'Member State C',
  presidency: 'Council Presidency',
};

/** Words as eventWordsFrom gives them: titles, a case of a mechanism as `Title (case)`, ids otherwise. */
export const SAMPLE_WORDS: EventWords = {
  role: (id) => ROLES[id] ?? id,
  mechanism: (key) => {
    const [machine = key, instance] = key.split('#');
    const title = MECHANISMS[machine] ?? machine;
    return instance ? `${title} (${instance})` : title;
  },
  decision: (_machine, event) => event,
  state: (_machine, value) => JSON.stringify(value),
  inject: (injectId) => injectId,
  action: (_injectId, actionId) => actionId,
  objective: (objectiveId) => objectiveId,
};

/** The sample with nothing happened yet: what a review opened at the start of an exercise shows. */
export const EMPTY_METRICS: ExerciseMetrics = {
  ...SAMPLE_METRICS,
  stages: { total: chain({}), byMechanism: {}, byCase: {} },
  windows: [],
  acknowledgement: [],
  expectedActions: {
    total: 8,
    released: 0,
    byStatus: { open: 0, met: 0, missed: 0, 'marked-met': 0, 'marked-unmet': 0 },
    hitRate: null,
    contingenciesReleased: 0,
  },
  exchange: {
    edges: [],
    euNato: { exchanges: 0, messages: 0, products: 0, blocked: 0, scriptedInjects: 0 },
    blockedByMarking: {},
    blockedTotal: 0,
  },
  legalClocks: { windows: [], ucpmRequests: 0, ucpmLapsed: [] },
};
