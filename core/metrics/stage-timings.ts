import type { ExerciseEvent } from '../ports/index';
import { span, STAGE_OF_DECISION, type JournalFacts, type StandingDecision } from './journal-facts';
import { STAGES, type Stage, type StageChain } from './metrics-types';

/**
 * T_detect … T_activate over a set of decisions. Each stage starts at the most recent earlier stage's stop
 * (T_detect at the first inject delivered to a player) and stops at the first decision of its stage after
 * that start. A stage with no such decision is null, and the next one starts from the one before it.
 */
export function stageChain(
  firstDelivery: ExerciseEvent | undefined,
  decisions: readonly StandingDecision[],
): StageChain {
  const chain = Object.fromEntries(STAGES.map((stage) => [stage, null])) as StageChain;
  let start = firstDelivery;
  for (const stage of STAGES) {
    if (!start) break;
    const from = start;
    const stop = decisions.find(
      (decision) => STAGE_OF_DECISION[decision.stage] === stage && decision.event.seq > from.seq,
    );
    if (!stop) continue;
    chain[stage] = span(from, stop.event);
    start = stop.event;
  }
  return chain;
}

export function stageTimings(facts: JournalFacts) {
  const firstDelivery = facts.events.find(
    (event) =>
      event.type === 'inject.delivered' &&
      facts.content.playbook.role(event.payload.role as string)?.audience === 'players',
  );
  const byMechanism: Record<string, StageChain> = {};
  const byCase: Record<string, StageChain> = {};
  const machines = [...new Set(facts.decisions.map((decision) => decision.machine))].sort();
  for (const machine of machines) {
    byMechanism[machine] = stageChain(
      firstDelivery,
      facts.decisions.filter((decision) => decision.machine === machine),
    );
  }
  const cases = [
    ...new Set(
      facts.decisions
        .filter((decision) => decision.actorKey.includes('#'))
        .map((decision) => decision.actorKey),
    ),
  ].sort();
  for (const key of cases)
    byCase[key] = stageChain(
      firstDelivery,
      facts.decisions.filter((decision) => decision.actorKey === key),
    );
  return { total: stageChain(firstDelivery, facts.decisions), byMechanism, byCase };
}

export type { Stage };
