import { isMetStatus } from '../events/index';
import type { ExerciseReadModels } from '../read-models/index';
import type { ExerciseMetrics, WindowResult } from './metrics-types';
import { standingDecisions } from './stage-timings';

/** Expected actions released and where each stands, the hit rate, and the contingencies released. */
export function expectedActionOutcomes(models: ExerciseReadModels): ExerciseMetrics['expectedActions'] {
  const { scenario } = models.content;
  const byStatus = models.expected.byStatus();
  const released = models.expected.released;
  const achieved = Object.entries(byStatus)
    .filter(([status]) => isMetStatus(status as keyof typeof byStatus))
    .reduce((sum, [, count]) => sum + count, 0);
  const contingencies = new Set(
    scenario.injects.filter((inject) => inject.when && 'missed' in inject.when).map((inject) => inject.id),
  );
  let contingenciesReleased = 0;
  for (const inject of models.injects.all())
    if (inject.released && contingencies.has(inject.injectId)) contingenciesReleased += 1;
  return {
    total: scenario.injects.reduce((sum, inject) => sum + inject.expectedActions.length, 0),
    released,
    byStatus,
    hitRate: released === 0 ? null : Math.round((achieved / released) * 1000) / 1000,
    contingenciesReleased,
  };
}

/** Legal clocks: the playbook's legal-clock windows (NIS2, where in force) and UCPM requests that lapsed. */
export function legalClocks(
  models: ExerciseReadModels,
  windows: readonly WindowResult[],
): ExerciseMetrics['legalClocks'] {
  let ucpmRequests = 0;
  for (const [, records] of models.history.actors())
    if (records[0]?.kind === 'started' && records[0].machine === 'ucpm') ucpmRequests += 1;
  return {
    windows: windows.filter((window) => window.metric === 'legal-clock'),
    ucpmRequests,
    ucpmLapsed: models.history
      .firedTimers()
      .filter((timer) => timer.delay === 'ucpmRequestLapse')
      .map((timer) => timer.actorKey),
  };
}

/** Decision consistency flags: voided decisions, one fact assessed two ways, escalations that lagged. */
export function consistencyFlags(models: ExerciseReadModels): ExerciseMetrics['consistency'] {
  const { content, parties } = models;
  const voidedDecisions = [...models.history.decisions()]
    .filter((decision) => decision.voided !== null)
    .sort((a, b) => (a.voided?.seq ?? 0) - (b.voided?.seq ?? 0))
    .map((decision) => ({
      decisionId: decision.decisionId,
      seq: decision.voided?.seq ?? 0,
      machine: decision.machine,
      event: decision.event,
      reason: decision.voided?.reason ?? '',
    }));

  // Two organisations' assessments of the same case that give a choice or yes/no field different values.
  const conflictingAssessments: ExerciseMetrics['consistency']['conflictingAssessments'] = [];
  const groups = new Map<string, ReturnType<typeof standingDecisions>>();
  for (const decision of standingDecisions(models)) {
    if (decision.stage !== 'assess') continue;
    const group = groups.get(decision.actorKey);
    if (group) group.push(decision);
    else groups.set(decision.actorKey, [decision]);
  }
  for (const [actorKey, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const declared = content.playbook.mechanisms.get(group[0]?.machine ?? '')?.events;
    const fields = new Set(
      group.flatMap((decision) =>
        (declared?.[decision.event]?.fields ?? [])
          .filter((field) => field.type === 'choice' || field.type === 'boolean')
          .map((field) => field.name),
      ),
    );
    for (const field of [...fields].sort()) {
      const values = group
        .filter((decision) => decision.fields[field] !== undefined)
        .map((decision) => ({
          role: decision.role,
          value: String(decision.fields[field]),
          seq: decision.seq,
        }));
      const organisations = new Set(values.map((value) => parties.organisationOf(value.role)));
      if (new Set(values.map((value) => value.value)).size > 1 && organisations.size > 1)
        conflictingAssessments.push({ actorKey, field, values });
    }
  }

  // An escalation that lags the scenario: a decide-stage expected action whose window passed unmet.
  const laggingEscalations: ExerciseMetrics['consistency']['laggingEscalations'] = [];
  const missed = [...models.expected.all()]
    .filter((record) => record.status === 'missed')
    .sort((a, b) => (a.settled?.seq ?? 0) - (b.settled?.seq ?? 0));
  for (const record of missed) {
    const inject = content.scenario.injects.find((candidate) => candidate.id === record.injectId);
    const action = inject?.expectedActions.find((candidate) => candidate.id === record.actionId);
    if (!action || !('event' in action)) continue;
    const stage = content.playbook.mechanisms.get(action.event.machine)?.events[action.event.event]?.stage;
    if (stage === 'decide') {
      laggingEscalations.push({
        injectId: record.injectId,
        actionId: action.id,
        machine: action.event.machine,
        event: action.event.event,
      });
    }
  }
  return { voidedDecisions, conflictingAssessments, laggingEscalations };
}

/** Observations (amendments counted as the log records them) and the latest rating of each objective. */
export function evaluationRecord(models: ExerciseReadModels): ExerciseMetrics['evaluation'] {
  const ratings: Record<string, number> = {};
  for (const given of models.evaluation.latestRatings().values())
    ratings[given.rating] = (ratings[given.rating] ?? 0) + 1;
  return {
    observations: models.evaluation.observations().length,
    amendments: models.evaluation.amendments,
    ratings,
  };
}
