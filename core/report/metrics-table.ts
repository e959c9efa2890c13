import { EXPECTED_STATUSES } from '../events/index';
import {
  STAGES,
  type ExerciseMetrics,
  type LatencyStats,
  type StageChain,
  type WindowResult,
} from '../metrics/index';
import type { Cell, DataTable } from './data-tables';

/**
 * metrics.json as a long table, one row per figure: `group` is the section of metrics.json, `figure` the full
 * path of the figure in it, `value` the number (null when it does not exist in this exercise: a stage never
 * reached, a latency with no sample). What is taken, and in which order:
 * - schemaVersion; exercise.{seed, events, scenarioDurationMs, wallDurationMs};
 * - stages.total.<stage>.{scenarioMs, wallMs}, then byMechanism.<mechanism> and byCase.<case> the same way;
 *   the spans' seq numbers are pointers into the log, not figures, and are left out;
 * - windows.<actorKey>.<windowId>.{expectedMs, scenarioMs, wallMs, status} (status as text), in metrics order;
 * - acknowledgement.<role>.{delivered, acknowledged, scenario.*, wall.*} with * = count, meanMs, medianMs, maxMs;
 * - expectedActions.{total, released, byStatus.<status> for every status, hitRate, contingenciesReleased};
 * - infoSharing.<fromOrg>-><toOrg>.<marking>.{delivered, read, scenario.*, wall.*};
 * - exchange.edges.<fromOrg>-><toOrg>.{messages, injects, products, blocked}, exchange.euNato.*,
 *   exchange.blockedByMarking.<marking>, exchange.blockedTotal;
 * - legalClocks.windows.* as windows, legalClocks.ucpmRequests, legalClocks.ucpmLapsed.count;
 * - consistency.{voidedDecisions, conflictingAssessments, laggingEscalations}.count;
 * - evaluation.{observations, amendments}, evaluation.ratings.<rating>.
 * Keys of records (mechanisms, markings, ratings) are sorted by code unit, so the order never depends on the log.
 */
export function metricsTable(metrics: ExerciseMetrics): DataTable {
  const rows: Cell[][] = [];
  const put = (figure: string, value: Cell) => rows.push([figure.split('.', 1)[0] ?? figure, figure, value]);
  const m = metrics;
  put('schemaVersion', m.schemaVersion);
  const { seed, events, scenarioDurationMs, wallDurationMs } = m.exercise;
  Object.entries({ seed, events, scenarioDurationMs, wallDurationMs }).forEach(([k, v]) =>
    put(`exercise.${k}`, v),
  );
  putChain(put, 'stages.total', m.stages.total);
  for (const key of sortedKeys(m.stages.byMechanism))
    putChain(put, `stages.byMechanism.${key}`, m.stages.byMechanism[key] as StageChain);
  for (const key of sortedKeys(m.stages.byCase))
    putChain(put, `stages.byCase.${key}`, m.stages.byCase[key] as StageChain);
  putWindows(put, 'windows', m.windows);
  for (const row of m.acknowledgement) {
    const path = `acknowledgement.${row.role}`;
    put(`${path}.delivered`, row.delivered);
    put(`${path}.acknowledged`, row.acknowledged);
    putLatency(put, `${path}.scenario`, row.scenario);
    putLatency(put, `${path}.wall`, row.wall);
  }
  const expected = m.expectedActions;
  put('expectedActions.total', expected.total);
  put('expectedActions.released', expected.released);
  for (const status of EXPECTED_STATUSES)
    put(`expectedActions.byStatus.${status}`, expected.byStatus[status]);
  put('expectedActions.hitRate', expected.hitRate);
  put('expectedActions.contingenciesReleased', expected.contingenciesReleased);
  for (const row of m.infoSharing) {
    const path = `infoSharing.${row.fromOrg}->${row.toOrg}.${row.marking}`;
    put(`${path}.delivered`, row.delivered);
    put(`${path}.read`, row.read);
    putLatency(put, `${path}.scenario`, row.scenario);
    putLatency(put, `${path}.wall`, row.wall);
  }
  for (const edge of m.exchange.edges) {
    const path = `exchange.edges.${edge.fromOrg}->${edge.toOrg}`;
    for (const kind of ['messages', 'injects', 'products', 'blocked'] as const)
      put(`${path}.${kind}`, edge[kind]);
  }
  const euNato = m.exchange.euNato;
  for (const key of ['exchanges', 'messages', 'products', 'blocked', 'scriptedInjects'] as const)
    put(`exchange.euNato.${key}`, euNato[key]);
  for (const key of sortedKeys(m.exchange.blockedByMarking))
    put(`exchange.blockedByMarking.${key}`, m.exchange.blockedByMarking[key] as number);
  put('exchange.blockedTotal', m.exchange.blockedTotal);
  putWindows(put, 'legalClocks.windows', m.legalClocks.windows);
  put('legalClocks.ucpmRequests', m.legalClocks.ucpmRequests);
  put('legalClocks.ucpmLapsed.count', m.legalClocks.ucpmLapsed.length);
  for (const key of ['voidedDecisions', 'conflictingAssessments', 'laggingEscalations'] as const)
    put(`consistency.${key}.count`, m.consistency[key].length);
  put('evaluation.observations', m.evaluation.observations);
  put('evaluation.amendments', m.evaluation.amendments);
  for (const key of sortedKeys(m.evaluation.ratings))
    put(`evaluation.ratings.${key}`, m.evaluation.ratings[key] as number);
  return { name: 'metrics', columns: ['group', 'figure', 'value'], rows };
}

type Put = (figure: string, value: Cell) => void;

function putChain(put: Put, path: string, chain: StageChain): void {
  for (const stage of STAGES) {
    put(`${path}.${stage}.scenarioMs`, chain[stage]?.scenarioMs ?? null);
    put(`${path}.${stage}.wallMs`, chain[stage]?.wallMs ?? null);
  }
}

function putLatency(put: Put, path: string, stats: LatencyStats): void {
  put(`${path}.count`, stats.count);
  put(`${path}.meanMs`, stats.meanMs);
  put(`${path}.medianMs`, stats.medianMs);
  put(`${path}.maxMs`, stats.maxMs);
}

function putWindows(put: Put, path: string, windows: readonly WindowResult[]): void {
  for (const window of windows) {
    const at = `${path}.${window.actorKey}.${window.windowId}`;
    put(`${at}.expectedMs`, window.expectedMs);
    put(`${at}.scenarioMs`, window.span?.scenarioMs ?? null);
    put(`${at}.wallMs`, window.span?.wallMs ?? null);
    put(`${at}.status`, window.status);
  }
}

/** Keys in code-unit order: `localeCompare` would make the order depend on the machine's locale. */
function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
