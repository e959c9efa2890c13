import type { ExerciseMetrics, OrganisationEdge, WindowResult } from '../metrics/index';
import type {
  BranchSummary,
  EuNatoCrossing,
  EuNatoFigures,
  ObservationKind,
  Rating,
  StationSeat,
} from '../read-models/index';

/**
 * The after-action report (HSEEP-style AAR/IP) of one exercise as data (issue 24 §1). Language-neutral: ids,
 * numbers, scenario milliseconds, ISO wall times and the content's own titles and names; a renderer puts it
 * into English or Dutch. Built from the same read models as metrics.json, so its figures agree with it.
 */

/**
 * The version of the report model. Bump it when a field is added, changes meaning or goes, so a stored report
 * can be told apart from one built today (report.json is an output, never read back: no migration). 1: the
 * first (issue 24 §1). 2: the overview gains the exercise's scope (the scenario's summary and planned span).
 */
export const REPORT_SCHEMA_VERSION = 2;

/** When a logged event happened: its place in the log, scenario time and wall time (UTC, ISO 8601). */
export interface ReportMoment {
  seq: number;
  scenarioMs: number;
  wallTime: string;
}

/** A logged moment in the report's terms: the wall clock as an ISO time, so the model reads without code. */
export const momentOf = (at: { seq: number; scenarioMs: number; wallMs: number }): ReportMoment => ({
  seq: at.seq,
  scenarioMs: at.scenarioMs,
  wallTime: new Date(at.wallMs).toISOString(),
});

export interface ReportRole {
  role: string;
  /** The playbook's or the scenario's title of the role. */
  title: string;
  side: string;
  /** A role people play in the players' audience (not control, evaluation or a simulated body). */
  participant: boolean;
}

/** An organisation of the exercise and the roles of it in play. */
export interface ReportOrganisation {
  organisation: string;
  /** The playbook's name (a scenario's local role names its organisation itself). */
  name: string;
  roles: ReportRole[];
}

/** Where a branch left its origin: it copied the origin's first `atSeq` events. */
export type ReportBranchOrigin = BranchSummary;

export interface ReportOverview {
  exerciseId: string;
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  /** The exercise's scope: the scenario's summary and the scenario time it was planned to cover. */
  scope: { summary: string; plannedSpanMs: number };
  /** The in-world start (scenario.start): a local date and time and its IANA time zone. */
  inWorldStart: { date: string; timeZone: string };
  /** The first and last logged events' wall times; null for an empty log. */
  wallStart: string | null;
  wallEnd: string | null;
  scenarioDurationMs: number;
  events: number;
  ended: boolean;
  /** The exercise marking every product carries (EXERCISE by default). */
  marking: string;
  /** Where a what-if branch left its origin; null for an exercise of its own. */
  branch: ReportBranchOrigin | null;
  /** In the order the scenario puts its roles in play (playbook roles, then local ones). */
  organisations: ReportOrganisation[];
  /** Who joined which role, at which station, in the order they joined (the host's station.joined). */
  stations: ReportStationSeat[];
}

/** A station's seat (the read model's StationSeat) with its moments as the report writes them. */
export interface ReportStationSeat extends Omit<StationSeat, 'joined' | 'revoked'> {
  joined: ReportMoment;
  /** When and why the controller cut it off; null while it kept its place. */
  revoked: { seq: number; wallTime: string; reason: string } | null;
}

export interface ReportObservation {
  observationId: string;
  kind: ObservationKind;
  /** The text as it stands (the latest amendment's). */
  text: string;
  /** How many times it was amended. */
  amendments: number;
  by: string | null;
  at: ReportMoment;
  injectId: string | null;
  decisionId: string | null;
  role: string | null;
}

export interface ReportRating {
  rating: Rating;
  rationale: string;
  by: string | null;
  at: ReportMoment;
  /** Ratings given before this one for the objective: the last one given stands. */
  superseded: number;
}

/**
 * One scenario objective and its analysis. The scenario's objectives name no mechanisms, roles or metrics
 * (core/scenario/scenario-schema.ts), so the analysis is the observations and the rating.
 */
export interface ReportObjective {
  objectiveId: string;
  title: string;
  capability: string;
  /** The rating that stands (P/S/M/U); null while unrated. */
  rating: ReportRating | null;
  strengths: ReportObservation[];
  improvements: ReportObservation[];
  /** Observations of neither kind recorded against it. */
  other: ReportObservation[];
}

/** A key event of the exercise, in log order (the review's key events, with voided decisions and injects). */
export type TimelineEntry =
  | { kind: 'phase'; at: ReportMoment; machine: string; states: string[] }
  | {
      kind: 'mechanism-started';
      at: ReportMoment;
      actorKey: string;
      machine: string;
      instance: string | null;
    }
  | {
      kind: 'decision';
      at: ReportMoment;
      decisionId: string;
      role: string;
      /** Who sent it when control or an automated role took it for `role`. */
      playedBy: string | null;
      actorKey: string;
      machine: string;
      instance: string | null;
      event: string;
      stage: string;
      answersInject: string | null;
      /** Control voided it later (see the 'voided' entry): it counts nowhere. */
      voided: boolean;
    }
  | {
      kind: 'voided';
      at: ReportMoment;
      decisionId: string;
      by: string | null;
      machine: string;
      event: string;
      reason: string;
    }
  | { kind: 'inject-released'; at: ReportMoment; injectId: string; title: string; to: string[] }
  /** ENDEX. Its wall time is null when events follow it: the read models keep only the last event's. */
  | { kind: 'ended'; at: { seq: number; scenarioMs: number; wallTime: string | null } };

export type TimelineKind = TimelineEntry['kind'];

/** An EU↔NATO crossing (the exchange graph's) with its moment as the report writes it. */
export interface ReportCrossing extends Omit<EuNatoCrossing, 'seq' | 'scenarioMs' | 'wallMs'> {
  at: ReportMoment;
}

export interface ReportCoordination {
  edges: OrganisationEdge[];
  euNato: EuNatoFigures;
  blockedByMarking: Record<string, number>;
  blockedTotal: number;
  /** Every exchange across the EU–NATO line, in log order. */
  crossings: ReportCrossing[];
}

export interface ReportLegalClocks {
  windows: WindowResult[];
  ucpmRequests: number;
  ucpmLapsed: string[];
}

export interface ReportCorrectiveAction {
  actionId: string;
  what: string;
  owner: string;
  due: string | null;
  objectiveId: string | null;
  observationIds: string[];
  added: ReportMoment;
  /** Versions logged: 1 as added, one more per amendment. */
  versions: number;
  withdrawn: { reason: string; by: string | null; seq: number; wallTime: string } | null;
}

export interface ReportModel {
  schemaVersion: number;
  overview: ReportOverview;
  objectives: ReportObjective[];
  /** Observations recorded against no objective of the scenario. */
  unassignedObservations: ReportObservation[];
  timeline: TimelineEntry[];
  coordination: ReportCoordination;
  legalClocks: ReportLegalClocks;
  /** metrics.json's figures, as computed: the annex renders them. */
  metricsAnnex: ExerciseMetrics;
  /** Every corrective action in the order added, withdrawn ones included. */
  improvementPlan: ReportCorrectiveAction[];
}
