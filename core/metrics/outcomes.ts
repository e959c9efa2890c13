import type { ExerciseEvent } from '../ports/index';
import type { JournalFacts } from './journal-facts';
import type { ExerciseMetrics, WindowResult } from './metrics-types';

/** Expected actions released, met, missed and marked, the hit rate and the contingencies released. */
export function expectedActionOutcomes(facts: JournalFacts): ExerciseMetrics['expectedActions'] {
  const { scenario } = facts.content;
  const status = new Map<string, string>();
  for (const event of facts.events) {
    const key = `${event.payload.injectId as string}/${event.payload.actionId as string}`;
    if (event.type === 'inject.released') {
      for (const actionId of Object.keys((event.payload.deadlines as Record<string, unknown>) ?? {})) {
        status.set(`${event.payload.injectId as string}/${actionId}`, 'open');
      }
    } else if (event.type === 'expected-action.met') status.set(key, 'met');
    else if (event.type === 'expected-action.missed') status.set(key, 'missed');
    else if (event.type === 'expected-action.marked')
      status.set(key, event.payload.met ? 'markedMet' : 'markedUnmet');
  }
  const count = (value: string) => [...status.values()].filter((item) => item === value).length;
  const contingencies = new Set(
    scenario.injects.filter((inject) => inject.when && 'missed' in inject.when).map((inject) => inject.id),
  );
  const met = count('met');
  const markedMet = count('markedMet');
  return {
    total: scenario.injects.reduce((sum, inject) => sum + inject.expectedActions.length, 0),
    released: status.size,
    met,
    markedMet,
    missed: count('missed'),
    markedUnmet: count('markedUnmet'),
    open: count('open'),
    hitRate: status.size === 0 ? null : Math.round(((met + markedMet) / status.size) * 1000) / 1000,
    contingenciesReleased: facts.events.filter(
      (event) => event.type === 'inject.released' && contingencies.has(event.payload.injectId as string),
    ).length,
  };
}

/** Legal clocks: the playbook's legal-clock windows (NIS2, where in force) and UCPM requests that lapsed. */
export function legalClocks(
  facts: JournalFacts,
  windows: readonly WindowResult[],
): ExerciseMetrics['legalClocks'] {
  const requests = facts.events.filter(
    (event) => event.type === 'mechanism.started' && event.payload.machine === 'ucpm',
  );
  const lapsed = facts.events
    .filter((event) => event.type === 'timer.fired' && event.payload.delay === 'ucpmRequestLapse')
    .map((event) => event.payload.actorKey as string);
  return {
    windows: windows.filter((window) => window.metric === 'legal-clock'),
    ucpmRequests: requests.length,
    ucpmLapsed: lapsed,
  };
}

/** Decision consistency flags: voided decisions, one fact assessed two ways, escalations that lagged. */
export function consistencyFlags(facts: JournalFacts): ExerciseMetrics['consistency'] {
  const taken = new Map(
    facts.events
      .filter((event) => event.type === 'decision.taken')
      .map((event) => [event.payload.decisionId as string, event]),
  );
  const voidedDecisions = [...facts.voided.values()].map((event: ExerciseEvent) => {
    const decision = taken.get(event.payload.decisionId as string);
    return {
      decisionId: event.payload.decisionId as string,
      seq: event.seq,
      machine: (decision?.payload.machine as string) ?? '',
      event: (decision?.payload.event as string) ?? '',
      reason: event.payload.reason as string,
    };
  });

  // Two organisations' assessments of the same case that give a choice or yes/no field different values.
  const conflictingAssessments: ExerciseMetrics['consistency']['conflictingAssessments'] = [];
  const assessments = facts.decisions.filter((decision) => decision.stage === 'assess');
  const groups = new Map<string, typeof assessments>();
  for (const decision of assessments) {
    const group = groups.get(decision.actorKey);
    if (group) group.push(decision);
    else groups.set(decision.actorKey, [decision]);
  }
  for (const [actorKey, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const declared = facts.content.playbook.mechanisms.get(group[0]?.machine ?? '')?.events;
    const fields = new Set(
      group.flatMap((decision) =>
        (declared?.[decision.eventName]?.fields ?? [])
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
          seq: decision.event.seq,
        }));
      const organisations = new Set(values.map((value) => facts.organisationOf(value.role)));
      if (new Set(values.map((value) => value.value)).size > 1 && organisations.size > 1)
        conflictingAssessments.push({ actorKey, field, values });
    }
  }

  // An escalation that lags the scenario: a decide-stage expected action whose window passed unmet.
  const laggingEscalations: ExerciseMetrics['consistency']['laggingEscalations'] = [];
  for (const event of facts.events) {
    if (event.type !== 'expected-action.missed') continue;
    const inject = facts.content.scenario.injects.find(
      (candidate) => candidate.id === event.payload.injectId,
    );
    const action = inject?.expectedActions.find((candidate) => candidate.id === event.payload.actionId);
    if (!action || !('event' in action)) continue;
    const stage = facts.content.playbook.mechanisms.get(action.event.machine)?.events[action.event.event]
      ?.stage;
    if (stage === 'decide') {
      laggingEscalations.push({
        injectId: event.payload.injectId as string,
        actionId: action.id,
        machine: action.event.machine,
        event: action.event.event,
      });
    }
  }
  return { voidedDecisions, conflictingAssessments, laggingEscalations };
}

/** Observations (amendments counted as the log records them) and the latest rating of each objective. */
export function evaluationRecord(facts: JournalFacts): ExerciseMetrics['evaluation'] {
  const ratings: Record<string, number> = {};
  const latest = new Map<string, string>();
  for (const event of facts.events)
    if (event.type === 'rating.given')
      latest.set(event.payload.objectiveId as string, event.payload.rating as string);
  for (const rating of latest.values()) ratings[rating] = (ratings[rating] ?? 0) + 1;
  return {
    observations: facts.events.filter((event) => event.type === 'observation.recorded').length,
    amendments: facts.events.filter((event) => event.type === 'observation.amended').length,
    ratings,
  };
}
