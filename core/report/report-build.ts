import { durationToMs } from '../documents/index';
import type { ExerciseMetrics } from '../metrics/index';
import { branchSummary, type ExerciseReadModels, type RecordedObservation } from '../read-models/index';
import {
  momentOf,
  REPORT_SCHEMA_VERSION,
  type ReportCorrectiveAction,
  type ReportObjective,
  type ReportObservation,
  type ReportOrganisation,
  type ReportModel,
  type ReportOverview,
} from './report-model';
import { reportTimeline } from './report-timeline';

export interface ReportOptions {
  /**
   * The exercise marking of `exercise.created`. No read model keeps it (the facts and the content leave it
   * out), so the caller that has the first event passes it; EXERCISE, the engine's default, otherwise.
   */
  marking?: string;
}

/**
 * The after-action report of an exercise, from its read models and the metrics computed from those same
 * models (`metricsOf(models)`): every figure the report shares with metrics.json is taken from the metrics
 * object itself, so the two agree by construction.
 */
export function buildReport(
  models: ExerciseReadModels,
  metrics: ExerciseMetrics,
  options: ReportOptions = {},
): ReportModel {
  const { objectives, unassigned } = reportObjectives(models);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    overview: reportOverview(models, metrics, options.marking ?? 'EXERCISE'),
    objectives,
    unassignedObservations: unassigned,
    timeline: reportTimeline(models),
    coordination: {
      edges: metrics.exchange.edges,
      euNato: metrics.exchange.euNato,
      blockedByMarking: metrics.exchange.blockedByMarking,
      blockedTotal: metrics.exchange.blockedTotal,
      crossings: models.exchange.crossings().map(({ seq, scenarioMs, wallMs, ...crossing }) => ({
        ...crossing,
        at: momentOf({ seq, scenarioMs, wallMs }),
      })),
    },
    legalClocks: metrics.legalClocks,
    metricsAnnex: metrics,
    improvementPlan: models.plan.actions().map((action): ReportCorrectiveAction => ({
      actionId: action.actionId,
      what: action.current.what,
      owner: action.current.owner,
      due: action.current.due,
      objectiveId: action.current.objectiveId,
      observationIds: [...action.current.observationIds],
      added: momentOf(action.history[0] ?? { seq: 0, scenarioMs: 0, wallMs: 0 }),
      versions: action.history.length,
      withdrawn: action.withdrawn && {
        reason: action.withdrawn.reason,
        by: action.withdrawn.by,
        seq: action.withdrawn.seq,
        wallTime: new Date(action.withdrawn.wallMs).toISOString(),
      },
    })),
  };
}

function reportOverview(
  models: ExerciseReadModels,
  metrics: ExerciseMetrics,
  marking: string,
): ReportOverview {
  const { facts, content } = models;
  const { scenario } = content;
  const empty = facts.count === 0;
  return {
    exerciseId: metrics.exercise.exerciseId,
    name: facts.name,
    scenarioId: metrics.exercise.scenarioId,
    scenarioTitle: metrics.exercise.title,
    scope: { summary: scenario.summary, plannedSpanMs: durationToMs(scenario.span) },
    inWorldStart: { date: scenario.start.date, timeZone: scenario.start.timeZone },
    wallStart: empty ? null : new Date(facts.firstWallMs).toISOString(),
    wallEnd: empty ? null : new Date(facts.lastWallMs).toISOString(),
    scenarioDurationMs: metrics.exercise.scenarioDurationMs,
    events: metrics.exercise.events,
    ended: metrics.exercise.ended,
    marking,
    branch: branchSummary(facts.branch),
    organisations: reportOrganisations(models),
    stations: models.stations.seats().map((seat) => ({
      ...seat,
      roles: [...seat.roles],
      joined: momentOf(seat.joined),
      revoked: seat.revoked && {
        seq: seat.revoked.seq,
        wallTime: new Date(seat.revoked.wallMs).toISOString(),
        reason: seat.revoked.reason,
      },
    })),
  };
}

/** The organisations of the roles in play, each once, in the order the scenario first names one of theirs. */
function reportOrganisations(models: ExerciseReadModels): ReportOrganisation[] {
  const { parties, content } = models;
  const { playbook, scenario } = content;
  const titles = new Map<string, string>();
  for (const role of scenario.roles.play) titles.set(role, playbook.role(role)?.title ?? role);
  for (const role of scenario.roles.local) titles.set(role.id, role.title);
  const byOrganisation = new Map<string, ReportOrganisation>();
  for (const [role, title] of titles) {
    const organisation = parties.organisationOf(role);
    let entry = byOrganisation.get(organisation);
    if (!entry)
      byOrganisation.set(
        organisation,
        (entry = { organisation, name: parties.nameOf(organisation), roles: [] }),
      );
    entry.roles.push({ role, title, side: parties.sideOf(role), participant: parties.isParticipant(role) });
  }
  return [...byOrganisation.values()];
}

const observationOf = (observation: RecordedObservation): ReportObservation => ({
  observationId: observation.observationId,
  kind: observation.current.kind,
  text: observation.current.body,
  amendments: observation.history.length - 1,
  by: observation.by,
  at: momentOf(observation),
  injectId: observation.current.links.injectId ?? null,
  decisionId: observation.current.links.decisionId ?? null,
  role: observation.current.links.role ?? null,
});

/**
 * Each scenario objective with its standing rating and its observations by kind, in the scenario's order;
 * observations on no objective of the scenario (none named, or one it does not have) are listed apart.
 */
function reportObjectives(models: ExerciseReadModels): {
  objectives: ReportObjective[];
  unassigned: ReportObservation[];
} {
  const ratings = models.evaluation.ratings();
  const objectives = models.content.scenario.objectives.map((objective): ReportObjective => {
    const given = ratings.get(objective.id) ?? [];
    const standing = given.at(-1);
    return {
      objectiveId: objective.id,
      title: objective.title,
      capability: objective.capability,
      rating: standing
        ? {
            rating: standing.rating,
            rationale: standing.rationale,
            by: standing.by,
            at: momentOf(standing),
            superseded: given.length - 1,
          }
        : null,
      strengths: [],
      improvements: [],
      other: [],
    };
  });
  const byId = new Map(objectives.map((objective) => [objective.objectiveId, objective]));
  const unassigned: ReportObservation[] = [];
  for (const observation of models.evaluation.observations()) {
    const entry = observationOf(observation);
    const objective = observation.objectiveId === null ? undefined : byId.get(observation.objectiveId);
    if (!objective) unassigned.push(entry);
    else if (entry.kind === 'strength') objective.strengths.push(entry);
    else if (entry.kind === 'improvement') objective.improvements.push(entry);
    else objective.other.push(entry);
  }
  return { objectives, unassigned };
}
