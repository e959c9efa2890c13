import { branchSummary, type ExerciseReadModels } from '../read-models/index';
import {
  COMPARISON_SCHEMA_VERSION,
  type ComparedDecision,
  type ComparedFigure,
  type ComparedGroup,
  type ComparedRun,
  type FigureSubject,
  type FigureUnit,
  type FigureVerdict,
  type MetricsComparison,
  type WindowStatus,
} from './compare-types';
import { metricsOf } from './compute-metrics';
import { STAGES, type ExerciseMetrics, type Span, type StageChain, type WindowResult } from './metrics-types';

/** The two runs are not of the same scenario: the message names both exercises and both scenarios. */
export class ComparisonError extends Error {
  override readonly name = 'ComparisonError';
}

/** Which way a figure is better: a shorter time, more met; or neither (traffic only changes). */
type Direction = 'lower' | 'higher' | 'none';

type BranchPoint = NonNullable<MetricsComparison['branchPoint']>;

/** Verdict of a plain number: equal (both null too) is the same; present in one run only says which. */
function verdictOf(a: number | null, b: number | null, direction: Direction): FigureVerdict {
  if (a === b) return 'same';
  if (b === null) return 'only-a';
  if (a === null) return 'only-b';
  if (direction === 'none') return 'changed';
  return (direction === 'lower' ? a < b : a > b) ? 'better' : 'worse';
}

const differenceOf = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

function figure(
  key: string,
  group: ComparedGroup,
  subject: FigureSubject,
  unit: FigureUnit,
  values: { a: number | null; b: number | null },
  direction: Direction,
): ComparedFigure {
  return {
    key,
    group,
    subject,
    unit,
    a: values.a,
    b: values.b,
    difference: differenceOf(values.a, values.b),
    verdict: verdictOf(values.a, values.b, direction),
    beforeBranch: false,
  };
}

/**
 * Settled in the shared part of the log: the span ended at or before the branch point in both runs, so the
 * figure is the origin's in both (the branch's first `atSeq` events are copies of the origin's).
 */
function settledBefore(point: BranchPoint | null, a: Span | null, b: Span | null): boolean {
  return point !== null && a !== null && b !== null && a.toSeq <= point.seq && b.toSeq <= point.seq;
}

const sortedUnion = (a: Iterable<string>, b: Iterable<string>) => [...new Set([...a, ...b])].sort();

function stageFigures(a: ExerciseMetrics, b: ExerciseMetrics, point: BranchPoint | null): ComparedFigure[] {
  const scopes: { label: string; mechanism: string | null; a?: StageChain; b?: StageChain }[] = [
    { label: 'all', mechanism: null, a: a.stages.total, b: b.stages.total },
    ...sortedUnion(Object.keys(a.stages.byMechanism), Object.keys(b.stages.byMechanism)).map((mechanism) => ({
      label: mechanism,
      mechanism,
      a: a.stages.byMechanism[mechanism],
      b: b.stages.byMechanism[mechanism],
    })),
  ];
  return scopes.flatMap((scope) =>
    STAGES.map((stage) => {
      const [spanA, spanB] = [scope.a?.[stage] ?? null, scope.b?.[stage] ?? null];
      return {
        ...figure(
          `stage:${scope.label}:${stage}`,
          'stages',
          { kind: 'stage', mechanism: scope.mechanism, stage },
          'ms',
          { a: spanA?.scenarioMs ?? null, b: spanB?.scenarioMs ?? null },
          'lower',
        ),
        beforeBranch: settledBefore(point, spanA, spanB),
      };
    }),
  );
}

/** Met beats late beats still open beats missed. */
const STATUS_RANK: Record<WindowStatus, number> = { met: 3, late: 2, open: 1, missed: 0 };

function windowVerdict(a: WindowResult | undefined, b: WindowResult | undefined): FigureVerdict {
  if (!a || !b) return a ? 'only-a' : b ? 'only-b' : 'same';
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank > 0 ? 'better' : 'worse';
  // Both reached (met or late): the quicker is better. Both open or both missed: neither has a time.
  return verdictOf(a.span?.scenarioMs ?? null, b.span?.scenarioMs ?? null, 'lower');
}

/** Windows (or legal clocks) of both runs, matched by actor and window. */
function windowFigures(
  group: 'windows' | 'legalClocks',
  a: readonly WindowResult[],
  b: readonly WindowResult[],
  point: BranchPoint | null,
): ComparedFigure[] {
  const keyOf = (window: WindowResult) => `${window.actorKey}:${window.windowId}`;
  const inA = new Map(a.map((window) => [keyOf(window), window]));
  const inB = new Map(b.map((window) => [keyOf(window), window]));
  return sortedUnion(inA.keys(), inB.keys()).map((key) => {
    const [windowA, windowB] = [inA.get(key), inB.get(key)];
    const either = (windowA ?? windowB) as WindowResult;
    const [valueA, valueB] = [windowA?.span?.scenarioMs ?? null, windowB?.span?.scenarioMs ?? null];
    const common = {
      mechanism: either.mechanism,
      actorKey: either.actorKey,
      windowId: either.windowId,
      title: either.title,
    };
    return {
      key: `${group === 'windows' ? 'window' : 'clock'}:${key}`,
      group,
      subject: group === 'windows' ? { kind: 'window', ...common } : { kind: 'legal-clock', ...common },
      unit: 'ms',
      a: valueA,
      b: valueB,
      difference: differenceOf(valueA, valueB),
      status: { a: windowA?.status ?? null, b: windowB?.status ?? null },
      verdict: windowVerdict(windowA, windowB),
      beforeBranch: settledBefore(point, windowA?.span ?? null, windowB?.span ?? null),
    };
  });
}

function acknowledgementFigures(a: ExerciseMetrics, b: ExerciseMetrics): ComparedFigure[] {
  const inA = new Map(a.acknowledgement.map((row) => [row.role, row]));
  const inB = new Map(b.acknowledgement.map((row) => [row.role, row]));
  return sortedUnion(inA.keys(), inB.keys()).flatMap((role) => {
    const [rowA, rowB] = [inA.get(role), inB.get(role)];
    return [
      figure(
        `ack:${role}:median`,
        'acknowledgement',
        { kind: 'acknowledgement', role, measure: 'median' },
        'ms',
        { a: rowA?.scenario.medianMs ?? null, b: rowB?.scenario.medianMs ?? null },
        'lower',
      ),
      figure(
        `ack:${role}:acknowledged`,
        'acknowledgement',
        { kind: 'acknowledgement', role, measure: 'acknowledged' },
        'count',
        { a: rowA?.acknowledged ?? null, b: rowB?.acknowledged ?? null },
        'higher',
      ),
    ];
  });
}

function expectedFigures(a: ExerciseMetrics, b: ExerciseMetrics): ComparedFigure[] {
  const counts = (metrics: ExerciseMetrics) => {
    const { released, byStatus, hitRate } = metrics.expectedActions;
    return {
      released,
      met: byStatus.met + byStatus['marked-met'],
      missed: byStatus.missed + byStatus['marked-unmet'],
      open: byStatus.open,
      hitRate,
    };
  };
  const [countsA, countsB] = [counts(a), counts(b)];
  // Releases and open actions follow the scenario's course: more or fewer is neither better nor worse.
  const measures = [
    ['released', 'none'],
    ['met', 'higher'],
    ['missed', 'lower'],
    ['open', 'none'],
    ['hitRate', 'higher'],
  ] as const;
  return measures.map(([measure, direction]) =>
    figure(
      `expected:${measure}`,
      'expected',
      { kind: 'expected', measure },
      measure === 'hitRate' ? 'ratio' : 'count',
      { a: countsA[measure], b: countsB[measure] },
      direction,
    ),
  );
}

function coordinationFigures(a: ExerciseMetrics, b: ExerciseMetrics): ComparedFigure[] {
  type Edge = ExerciseMetrics['exchange']['edges'][number];
  const keyOf = (edge: Edge) => `${edge.fromOrg}→${edge.toOrg}`;
  const delivered = (edge: Edge | undefined) => (edge ? edge.messages + edge.injects + edge.products : null);
  const inA = new Map(a.exchange.edges.map((edge) => [keyOf(edge), edge]));
  const inB = new Map(b.exchange.edges.map((edge) => [keyOf(edge), edge]));
  return sortedUnion(inA.keys(), inB.keys()).map((key) => {
    const [edgeA, edgeB] = [inA.get(key), inB.get(key)];
    const either = (edgeA ?? edgeB) as Edge;
    return figure(
      `pair:${key}`,
      'coordination',
      { kind: 'organisation-pair', fromOrg: either.fromOrg, toOrg: either.toOrg, euNato: either.euNato },
      'count',
      { a: delivered(edgeA), b: delivered(edgeB) },
      'none',
    );
  });
}

function euNatoFigures(a: ExerciseMetrics, b: ExerciseMetrics): ComparedFigure[] {
  // Scripted injects across the line are control's writing, not the staffs' work: only a change.
  const measures = [
    ['exchanges', 'higher'],
    ['messages', 'higher'],
    ['products', 'higher'],
    ['blocked', 'lower'],
    ['scriptedInjects', 'none'],
  ] as const;
  return measures.map(([measure, direction]) =>
    figure(
      `euNato:${measure}`,
      'euNato',
      { kind: 'eu-nato', measure },
      'count',
      { a: a.exchange.euNato[measure], b: b.exchange.euNato[measure] },
      direction,
    ),
  );
}

/** Where one run left the other, when one is a what-if branch of the other. */
function branchPointOf(a: ExerciseReadModels, b: ExerciseReadModels): BranchPoint | null {
  const branch =
    a.facts.branch?.originExerciseId === b.facts.exerciseId
      ? a.facts.branch
      : b.facts.branch?.originExerciseId === a.facts.exerciseId
        ? b.facts.branch
        : null;
  return branch ? { seq: branch.atSeq, scenarioMs: branch.atScenarioMs } : null;
}

function decisionsAfter(models: ExerciseReadModels, seq: number): ComparedDecision[] {
  return [...models.history.decisions()]
    .filter((decision) => decision.seq > seq)
    .map((decision) => ({
      decisionId: decision.decisionId,
      seq: decision.seq,
      scenarioMs: decision.scenarioMs,
      role: decision.role === '' ? null : decision.role,
      machine: decision.machine,
      instance: decision.instance,
      event: decision.event,
      rationale: decision.rationale,
      voided: decision.voided !== null,
    }));
}

function comparedRun(models: ExerciseReadModels, metrics: ExerciseMetrics): ComparedRun {
  const { facts } = models;
  const { branch } = facts;
  return {
    exerciseId: facts.exerciseId,
    name: facts.name,
    events: metrics.exercise.events,
    scenarioDurationMs: metrics.exercise.scenarioDurationMs,
    ended: metrics.exercise.ended,
    branch: branchSummary(branch),
  };
}

/**
 * Two runs of the same scenario, figure by figure, as `a` against `b` (docs/metrics.md, "Comparing two
 * runs"). Scenario time only: a headless run's wall clock is simulated, so wall times compare nothing.
 * Throws ComparisonError when the runs play different scenarios.
 */
export function compareRuns(a: ExerciseReadModels, b: ExerciseReadModels): MetricsComparison {
  const [scenarioA, scenarioB] = [a.content.scenario.id, b.content.scenario.id];
  if (scenarioA !== scenarioB)
    throw new ComparisonError(
      `exercise ${a.facts.exerciseId} plays scenario ${scenarioA} and exercise ${b.facts.exerciseId} plays ${scenarioB}: only runs of the same scenario can be compared`,
    );
  const [metricsA, metricsB] = [metricsOf(a), metricsOf(b)];
  const point = branchPointOf(a, b);
  // The legal clocks are windows too: they are compared in their own group and left out of the windows.
  const playbookWindows = (metrics: ExerciseMetrics) =>
    metrics.windows.filter((window) => window.metric !== 'legal-clock');
  const figures = [
    ...stageFigures(metricsA, metricsB, point),
    ...windowFigures('windows', playbookWindows(metricsA), playbookWindows(metricsB), point),
    ...acknowledgementFigures(metricsA, metricsB),
    ...expectedFigures(metricsA, metricsB),
    ...coordinationFigures(metricsA, metricsB),
    ...euNatoFigures(metricsA, metricsB),
    ...windowFigures('legalClocks', metricsA.legalClocks.windows, metricsB.legalClocks.windows, point),
  ];
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    scenarioId: scenarioA,
    a: comparedRun(a, metricsA),
    b: comparedRun(b, metricsB),
    branchPoint: point,
    figures,
    differing: figures.filter((item) => item.verdict !== 'same').length,
    decisionsAfterBranch: point ? { a: decisionsAfter(a, point.seq), b: decisionsAfter(b, point.seq) } : null,
  };
}
