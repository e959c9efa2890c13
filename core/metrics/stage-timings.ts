import type { DecisionRecord, ExerciseReadModels, LoggedAt } from '../read-models/index';
import { span } from './latency-stats';
import { STAGES, type Stage, type StageChain } from './metrics-types';

/** The playbook's stage of a decision → the response stage it ends. */
export const STAGE_OF_DECISION: Partial<Record<string, Stage>> = {
  report: 'detect',
  notify: 'notify',
  assess: 'assess',
  decide: 'decide',
  activate: 'activate',
};

/**
 * T_detect … T_activate over a set of decisions. Each stage starts at the most recent earlier stage's stop
 * (T_detect at the first inject delivered to a participant) and stops at the first decision of its stage
 * after that start. A stage with no such decision is null, and the next one starts from the one before it.
 */
export function stageChain(firstDelivery: LoggedAt | null, decisions: readonly DecisionRecord[]): StageChain {
  const chain = Object.fromEntries(STAGES.map((stage) => [stage, null])) as StageChain;
  let start = firstDelivery;
  for (const stage of STAGES) {
    if (!start) break;
    const from = start;
    const stop = decisions.find(
      (decision) => STAGE_OF_DECISION[decision.stage] === stage && decision.seq > from.seq,
    );
    if (!stop) continue;
    chain[stage] = span(from, stop);
    start = stop;
  }
  return chain;
}

/** The first inject delivered to a participant (a playbook role of the players' audience). */
function firstParticipantDelivery(models: ExerciseReadModels): LoggedAt | null {
  let first: LoggedAt | null = null;
  for (const inject of models.injects.all()) {
    for (const recipient of inject.recipients.values()) {
      const delivered = recipient.delivered;
      if (!delivered || (first && delivered.seq >= first.seq)) continue;
      if (models.parties.isParticipant(recipient.role)) first = delivered;
    }
  }
  return first;
}

/** The decisions that still stand (voided ones are left out, as the log says), in the order taken. */
export function standingDecisions(models: ExerciseReadModels): DecisionRecord[] {
  return [...models.history.decisions()].filter((decision) => decision.voided === null);
}

export function stageTimings(models: ExerciseReadModels) {
  const firstDelivery = firstParticipantDelivery(models);
  const decisions = standingDecisions(models);
  const byMechanism: Record<string, StageChain> = {};
  const byCase: Record<string, StageChain> = {};
  for (const machine of [...new Set(decisions.map((decision) => decision.machine))].sort()) {
    byMechanism[machine] = stageChain(
      firstDelivery,
      decisions.filter((decision) => decision.machine === machine),
    );
  }
  const cases = [
    ...new Set(
      decisions.filter((decision) => decision.actorKey.includes('#')).map((decision) => decision.actorKey),
    ),
  ].sort();
  for (const key of cases)
    byCase[key] = stageChain(
      firstDelivery,
      decisions.filter((decision) => decision.actorKey === key),
    );
  return { total: stageChain(firstDelivery, decisions), byMechanism, byCase };
}
