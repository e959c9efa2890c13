import type { Inject, ScenarioDocument } from '../scenario/index';
import type { EngineState } from './engine-state';

/**
 * The conditional injects of a scenario by what they wait for: a decision (machine and event), a state of
 * a mechanism (machine), or a missed expected action (inject and action). Every decision, transition and
 * missed window looked through all injects for the ones waiting on it, which made a run quadratic in the
 * inject count (issue 19 §4). Each list keeps scenario order, the order the triggers are logged in.
 */
interface TriggerLists {
  decision: Map<string, Inject[]>;
  state: Map<string, Inject[]>;
  missed: Map<string, Inject[]>;
}

export type TriggerKind = keyof TriggerLists;

export const decisionTriggerKey = (machine: string, event: string) => `${machine}\u0000${event}`;
export const missedTriggerKey = (injectId: string, actionId: string) => `${injectId}\u0000${actionId}`;

const byScenario = new WeakMap<ScenarioDocument, TriggerLists>();

function listsOf(scenario: ScenarioDocument): TriggerLists {
  let lists = byScenario.get(scenario);
  if (lists) return lists;
  lists = { decision: new Map(), state: new Map(), missed: new Map() };
  const add = (map: Map<string, Inject[]>, key: string, inject: Inject) => {
    const list = map.get(key);
    if (list) list.push(inject);
    else map.set(key, [inject]);
  };
  for (const inject of scenario.injects) {
    const when = inject.when;
    if (!when) continue;
    if ('decision' in when)
      add(lists.decision, decisionTriggerKey(when.decision.machine, when.decision.event), inject);
    else if ('state' in when) add(lists.state, when.state.machine, inject);
    else add(lists.missed, missedTriggerKey(when.missed.inject, when.missed.action), inject);
  }
  byScenario.set(scenario, lists);
  return lists;
}

/**
 * Per state, the lists keep only injects still waiting: an inject never returns to waiting once triggered,
 * held, skipped or released, so one that has left is dropped for good when its list is next read.
 */
const byState = new WeakMap<EngineState, Map<string, Inject[]>>();

/** The injects still waiting on this trigger, in scenario order. */
export function waitingOn(
  state: EngineState,
  scenario: ScenarioDocument,
  kind: TriggerKind,
  key: string,
): readonly Inject[] {
  let lists = byState.get(state);
  if (!lists) {
    lists = new Map();
    byState.set(state, lists);
  }
  const stateKey = `${kind}\u0000${key}`;
  const listed = lists.get(stateKey) ?? listsOf(scenario)[kind].get(key) ?? [];
  const waiting = listed.filter((inject) => state.injects[inject.id]?.status === 'waiting');
  lists.set(stateKey, waiting);
  return waiting;
}
