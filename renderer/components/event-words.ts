import { roleTitleIn, type Playbook, type ScenarioDocument, type StateValue } from '../../core/index';
import { wordStateValue } from './state-words';

/**
 * What a sentence about an event names, in words: roles by their titles, mechanisms, decisions and states by
 * the playbook's words, injects, expected actions and objectives by the scenario's. Each falls back to the
 * id when the content does not know it, so an unknown name still reads as something.
 */
export interface EventWords {
  role(id: string): string;
  /** A mechanism, or one case of it: an actor key (`machine` or `machine#instance`) or a machine id. */
  mechanism(actorKeyOrMachine: string): string;
  decision(machine: string, event: string): string;
  state(machine: string, value: StateValue): string;
  inject(injectId: string): string;
  action(injectId: string, actionId: string): string;
  objective(objectiveId: string): string;
}

/** The words of an exercise's content (the documents `exercise.created` embeds, or the console's view). */
export function eventWordsFrom(content: { playbook: Playbook; scenario: ScenarioDocument }): EventWords {
  const { playbook, scenario } = content;
  const injects = new Map(scenario.injects.map((inject) => [inject.id, inject]));
  const machineOf = (key: string) => key.split('#')[0] ?? key;
  const decision = (machine: string, event: string) =>
    playbook.mechanisms.get(machine)?.events[event]?.title ?? event;
  return {
    role: (id) => roleTitleIn(content, id),
    mechanism: (key) => {
      const [machine = key, instance] = key.split('#');
      const title = playbook.mechanisms.get(machine)?.title ?? machine;
      return instance ? `${title} (${instance})` : title;
    },
    decision,
    state: (machine, value) => wordStateValue(playbook.mechanisms.get(machineOf(machine)), value),
    inject: (injectId) => injects.get(injectId)?.title ?? injectId,
    action: (injectId, actionId) => {
      const action = injects.get(injectId)?.expectedActions.find((candidate) => candidate.id === actionId);
      if (!action) return actionId;
      if ('text' in action) return action.text;
      return action.description ?? decision(action.event.machine, action.event.event);
    },
    objective: (objectiveId) =>
      scenario.objectives.find((objective) => objective.id === objectiveId)?.title ?? objectiveId,
  };
}
