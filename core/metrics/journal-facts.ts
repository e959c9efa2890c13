import type { ExerciseEvent } from '../ports/index';
import type { LoadedContent } from '../engine/index';
import type { Stage } from './metrics-types';

/** The decisions of the log that still stand (voided ones are left out, as the log says). */
export interface StandingDecision {
  event: ExerciseEvent;
  decisionId: string;
  role: string;
  machine: string;
  actorKey: string;
  eventName: string;
  stage: string;
  fields: Record<string, unknown>;
}

/** What every metric needs from a journal, indexed once. */
export interface JournalFacts {
  events: readonly ExerciseEvent[];
  content: LoadedContent;
  decisions: StandingDecision[];
  voided: Map<string, ExerciseEvent>;
  organisationOf: (role: string) => string;
  sideOf: (role: string) => string;
  /** Scenario time of the last event of the whole journal. */
  lastScenarioMs: number;
}

export const STAGE_OF_DECISION: Partial<Record<string, Stage>> = {
  report: 'detect',
  notify: 'notify',
  assess: 'assess',
  decide: 'decide',
  activate: 'activate',
};

/** `events` are a digest's events (JournalDigest): only the kinds metrics read, reduced to what they read. */
export function journalFacts(
  events: readonly ExerciseEvent[],
  content: LoadedContent,
  lastScenarioMs: number,
): JournalFacts {
  const voided = new Map<string, ExerciseEvent>();
  for (const event of events)
    if (event.type === 'decision.voided') voided.set(event.payload.decisionId as string, event);
  const decisions: StandingDecision[] = [];
  for (const event of events) {
    if (event.type !== 'decision.taken') continue;
    const decisionId = event.payload.decisionId as string;
    if (voided.has(decisionId)) continue;
    const machine = event.payload.machine as string;
    const eventName = event.payload.event as string;
    decisions.push({
      event,
      decisionId,
      role: event.actor?.actingAs ?? event.actor?.role ?? '',
      machine,
      actorKey: event.payload.actorKey as string,
      eventName,
      stage: content.playbook.mechanisms.get(machine)?.events[eventName]?.stage ?? 'other',
      fields: (event.payload.fields as Record<string, unknown>) ?? {},
    });
  }
  const local = new Map(content.scenario.roles.local.map((role) => [role.id, role]));
  return {
    events,
    content,
    decisions,
    voided,
    organisationOf: (role) =>
      content.playbook.role(role)?.organisation ?? local.get(role)?.organisation ?? role,
    sideOf: (role) => content.playbook.role(role)?.side ?? local.get(role)?.side ?? 'external',
    lastScenarioMs,
  };
}

export function span(from: ExerciseEvent, to: ExerciseEvent) {
  return {
    fromSeq: from.seq,
    toSeq: to.seq,
    scenarioMs: to.scenarioMs - from.scenarioMs,
    wallMs: to.wallMs - from.wallMs,
  };
}

export function latencyStats(values: readonly number[]) {
  if (values.length === 0) return { count: 0, meanMs: null, medianMs: null, maxMs: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
  return {
    count: values.length,
    meanMs: Math.round(values.reduce((sum, value) => sum + value, 0) / values.length),
    medianMs: median,
    maxMs: sorted[sorted.length - 1] as number,
  };
}
