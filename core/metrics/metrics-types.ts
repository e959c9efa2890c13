import type { ExpectedStatus } from '../events/index';
import type { EuNatoFigures, OrganisationPair } from '../read-models/index';

/** The metrics of one exercise, computed from its journal alone (docs/metrics.md defines each). */

/**
 * The version of metrics.json. 1: written before December 2026 (no field; expected actions counted under
 * met/markedMet/missed/markedUnmet/open, exchanges were messages only). 2: expected actions counted by the one
 * status vocabulary, the exchange graph with injects and link products, the EU↔NATO figures of docs/metrics.md.
 */
export const METRICS_SCHEMA_VERSION = 2;

/** A span between two logged events, in scenario time and in wall time. */
export interface Span {
  fromSeq: number;
  toSeq: number;
  scenarioMs: number;
  wallMs: number;
}

export type Stage = 'detect' | 'notify' | 'assess' | 'decide' | 'activate';
export const STAGES: readonly Stage[] = ['detect', 'notify', 'assess', 'decide', 'activate'];

/** T_detect … T_activate: each null when its start or stop never happened. */
export type StageChain = Record<Stage, Span | null>;

export interface WindowResult {
  mechanism: string;
  actorKey: string;
  windowId: string;
  title: string;
  metric: string;
  expectedMs: number;
  /**
   * met: reached inside the window; late: reached after it; missed: not reached and the window has passed
   * by the end of the log; open: not reached, and the window had not yet passed when the log ends.
   */
  status: 'met' | 'late' | 'missed' | 'open';
  span: Span | null;
  startSeq: number;
  reconstructed: boolean;
}

export interface LatencyStats {
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  maxMs: number | null;
}

export interface AcknowledgementByRole {
  role: string;
  delivered: number;
  acknowledged: number;
  scenario: LatencyStats;
  wall: LatencyStats;
}

export interface InfoSharingRow {
  fromOrg: string;
  toOrg: string;
  marking: string;
  delivered: number;
  read: number;
  scenario: LatencyStats;
  wall: LatencyStats;
}

/** Traffic between two organisations (core/read-models), and whether it crosses the EU–NATO line. */
export interface OrganisationEdge extends OrganisationPair {
  /** One end on the EU side and the other on the NATO side. */
  euNato: boolean;
}

export interface ExerciseMetrics {
  schemaVersion: number;
  exercise: {
    exerciseId: string;
    scenarioId: string;
    title: string;
    seed: number;
    events: number;
    scenarioDurationMs: number;
    wallDurationMs: number;
    ended: boolean;
  };
  stages: {
    total: StageChain;
    byMechanism: Record<string, StageChain>;
    byCase: Record<string, StageChain>;
  };
  windows: WindowResult[];
  acknowledgement: AcknowledgementByRole[];
  expectedActions: {
    total: number;
    released: number;
    /** Released expected actions at each status (core/events/expected-status.ts). */
    byStatus: Record<ExpectedStatus, number>;
    /** (met + marked-met) / released expected actions; null when none was released. */
    hitRate: number | null;
    contingenciesReleased: number;
  };
  infoSharing: InfoSharingRow[];
  exchange: {
    edges: OrganisationEdge[];
    euNato: EuNatoFigures;
    blockedByMarking: Record<string, number>;
    blockedTotal: number;
  };
  legalClocks: {
    windows: WindowResult[];
    ucpmRequests: number;
    ucpmLapsed: string[];
  };
  consistency: {
    voidedDecisions: { decisionId: string; seq: number; machine: string; event: string; reason: string }[];
    conflictingAssessments: {
      actorKey: string;
      field: string;
      values: { role: string; value: string; seq: number }[];
    }[];
    laggingEscalations: { injectId: string; actionId: string; machine: string; event: string }[];
  };
  evaluation: { observations: number; amendments: number; ratings: Record<string, number> };
}
