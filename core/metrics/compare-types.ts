import type { BranchSummary } from '../read-models/index';
import type { Stage } from './metrics-types';

/**
 * Two runs of the same scenario side by side (issue 23): figures of scenario time only, because a headless
 * run's wall clock is simulated. `a` is the run under review ("this run"), `b` the one it is judged against
 * (an earlier exercise, a doctrine run, or a branch's origin). Differences read as `a` against `b`.
 */

/** The version of comparison.json. */
export const COMPARISON_SCHEMA_VERSION = 1;

export interface ComparedRun {
  exerciseId: string;
  /** The exercise's name as its log gives it (a branch's own name). */
  name: string;
  events: number;
  scenarioDurationMs: number;
  ended: boolean;
  /** Set when this run is a what-if branch: where it left its origin. */
  branch: BranchSummary | null;
}

/**
 * The groups of figures, one chart each: response stages (all mechanisms and per mechanism), the playbook's
 * windows, acknowledgement latency by role, expected-action outcomes, organisation-pair traffic, the EU↔NATO
 * figures and the legal clocks.
 */
export type ComparedGroup =
  'stages' | 'windows' | 'acknowledgement' | 'expected' | 'coordination' | 'euNato' | 'legalClocks';

export const COMPARED_GROUPS: readonly ComparedGroup[] = [
  'stages',
  'windows',
  'acknowledgement',
  'expected',
  'coordination',
  'euNato',
  'legalClocks',
];

/**
 * What a figure is about, for the words a screen or a report gives it:
 * - stage: `mechanism` is null for all mechanisms together; the value is the stage's span in scenario ms.
 * - window / legal-clock: a playbook window of one mechanism instance; the value is the time it took (ms)
 *   and `status` says met / late / missed / open in each run.
 * - acknowledgement: a role's median acknowledgement latency in scenario ms (`measure` 'median') or the
 *   count acknowledged (`measure` 'acknowledged').
 * - expected: released expected actions (`released`), those at one status — `met` counts met and marked met,
 *   `missed` missed and marked unmet (core/events/expected-status.ts; an expected action is never late) —
 *   or the hit rate (a ratio 0–1).
 * - organisation-pair: what `fromOrg` delivered to `toOrg` (messages + injects + link products).
 * - eu-nato: one of the EU↔NATO figures (exchanges, messages, products, blocked, scriptedInjects).
 */
export type FigureSubject =
  | { kind: 'stage'; mechanism: string | null; stage: Stage }
  | { kind: 'window'; mechanism: string; actorKey: string; windowId: string; title: string }
  | { kind: 'legal-clock'; mechanism: string; actorKey: string; windowId: string; title: string }
  | { kind: 'acknowledgement'; role: string; measure: 'median' | 'acknowledged' }
  | { kind: 'expected'; measure: 'released' | 'met' | 'missed' | 'open' | 'hitRate' }
  | { kind: 'organisation-pair'; fromOrg: string; toOrg: string; euNato: boolean }
  | { kind: 'eu-nato'; measure: 'exchanges' | 'messages' | 'products' | 'blocked' | 'scriptedInjects' };

export type FigureUnit = 'ms' | 'count' | 'ratio';

/**
 * How `a` stands against `b` on one figure: better or worse where the figure has a direction (a shorter
 * time, more expected actions met, a window met rather than missed), changed where it has none (traffic),
 * same, or present in one run only (a stage never reached, a window never opened in the other run).
 */
export type FigureVerdict = 'same' | 'better' | 'worse' | 'changed' | 'only-a' | 'only-b';

export type WindowStatus = 'met' | 'late' | 'missed' | 'open';

export interface ComparedFigure {
  /** Stable and unique within a comparison: `stage:all:detect`, `window:<actorKey>:<windowId>` … */
  key: string;
  group: ComparedGroup;
  subject: FigureSubject;
  unit: FigureUnit;
  /** The figure in each run; null where the run has none (never reached, never released …). */
  a: number | null;
  b: number | null;
  /** a − b when both are numbers, else null. */
  difference: number | null;
  /** For windows and legal clocks: the window's outcome in each run (null where it never opened). */
  status?: { a: WindowStatus | null; b: WindowStatus | null };
  verdict: FigureVerdict;
  /**
   * For a branch compared with its origin: the figure was settled in both runs before the branch point (the
   * shared part of the log), so it cannot differ. Always false without a branch point.
   */
  beforeBranch: boolean;
}

/** A decision taken in one run after the branch point, where the runs part ways. */
export interface ComparedDecision {
  decisionId: string;
  seq: number;
  scenarioMs: number;
  /** The role it counts for (the role played, when control or an automated role acted for it). */
  role: string | null;
  machine: string;
  /** The case of a multi-case mechanism, or null. */
  instance: string | null;
  event: string;
  rationale: string | null;
  /** Voided by EXCON afterwards: listed, as the log has it, but it counts nowhere. */
  voided: boolean;
}

export interface MetricsComparison {
  schemaVersion: number;
  scenarioId: string;
  a: ComparedRun;
  b: ComparedRun;
  /** Set when one run is a branch of the other: figures are read from this point on. */
  branchPoint: { seq: number; scenarioMs: number } | null;
  figures: ComparedFigure[];
  /** How many figures differ (verdict other than 'same'). */
  differing: number;
  /** With a branch point: the decisions each run took after it, where the runs part ways. */
  decisionsAfterBranch: { a: ComparedDecision[]; b: ComparedDecision[] } | null;
}
