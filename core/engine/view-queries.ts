import { initialTransition } from 'xstate';
import { activeStatePaths } from '../playbook/index';
import { scenarioTimeAt } from './clock';
import type { EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import { actorKey } from './mechanisms';
import { absentBody, type EngineRole } from './roles';
import { openDecisions, stationDecisions, type OpenDecision, type StationDecision } from './station-view';

/*
 * What a screen asks of an exercise beyond its state and log, as pure functions of the state, the content
 * and the log: the console computes them the same whether the engine runs in its own tab or in another
 * process that sent it a copy of the log (docs/event-log.md: state is a fold of the log).
 */

/** Scenario time at a wall time by the clock fold, never earlier than the last event's. */
export function scenarioTimeOf(state: Readonly<EngineState>, wallMs: number): number {
  return Math.max(state.lastScenarioMs, scenarioTimeAt(state.clock, wallMs));
}

/** Active state paths of a mechanism or case; the machine's initial states when it has not started yet. */
export function activePathsOf(
  content: LoadedContent,
  state: Readonly<EngineState>,
  machine: string,
  instance: string | null,
): string[] {
  const actor = state.actors[actorKey(machine, instance)];
  if (actor) return activeStatePaths(actor.value);
  const [snapshot] = initialTransition(content.playbook.machine(machine, state.date), { instance });
  return activeStatePaths(snapshot.value);
}

/** The decisions a role may take now (its station's list); none for a role the exercise does not have. */
export function openDecisionsOf(
  content: LoadedContent,
  state: Readonly<EngineState>,
  roles: ReadonlyMap<string, EngineRole>,
  roleId: string,
): OpenDecision[] {
  const role = roles.get(roleId);
  return role ? openDecisions(content, state, role) : [];
}

/**
 * The decisions control may take now acting as a role: a role in play's, as its station offers them, or a
 * body the scenario does not play (`absentBody`), with what each does. None for any other name.
 */
export function decisionsToPlay(
  content: LoadedContent,
  state: Readonly<EngineState>,
  roles: ReadonlyMap<string, EngineRole>,
  roleId: string,
): StationDecision[] {
  const role = roles.get(roleId) ?? absentBody(content.playbook, roles, roleId);
  return role ? stationDecisions(content, state, role) : [];
}
