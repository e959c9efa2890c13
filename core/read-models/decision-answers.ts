import type { InjectLog } from './inject-log';
import type { DecisionRecord } from './mechanism-history';

/** What a decision answered: the inject it named, when that reached the deciding role, and how long after. */
export interface DecisionAnswer {
  injectId: string;
  /** Scenario time from the inject's delivery to the deciding role until the decision. */
  afterMs: number;
}

/**
 * The inject a decision answers and how long after its arrival the decision came (issue 22 §1, the decisions
 * list), from the mechanism history's decision and the inject log; null when the decision names no inject, or
 * one that never reached its role (the engine refuses that; a hand-edited log could still hold it).
 */
export function decisionAnswer(decision: DecisionRecord, injects: InjectLog): DecisionAnswer | null {
  if (decision.answersInject === null) return null;
  const delivered = injects.get(decision.answersInject)?.recipients.get(decision.role)?.delivered;
  if (!delivered) return null;
  return { injectId: decision.answersInject, afterMs: decision.scenarioMs - delivered.scenarioMs };
}
