import { initialTransition } from 'xstate';
import { activeStatePaths } from '../playbook/index';
import type { ExerciseEvent } from '../ports/index';
import { scenarioTimeAt } from './clock';
import type { EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import { actorKey } from './mechanisms';
import type { EngineRole } from './roles';
import {
  mechanismViews,
  openDecisions,
  stationDecisions,
  type ExerciseHeading,
  type OpenDecision,
  type StationEvent,
  type StationView,
} from './station-view';
import { canRoleSee } from './visibility';

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

/** Everything a station view is made of: an exercise as a screen holds it. */
export interface ViewedExercise {
  content: LoadedContent;
  state: Readonly<EngineState>;
  /** The log as this copy holds it: it only grows (the array may be replaced by a longer one). */
  events: readonly ExerciseEvent[];
  roles: ReadonlyMap<string, EngineRole>;
  heading: ExerciseHeading;
}

/** How far a role's stream has been read in one log array: the positions of the events it may see. */
interface StreamScan {
  scanned: number;
  positions: number[];
}

/**
 * Streams are kept per log array and role, and resumed where they stopped: the log only grows, so showing
 * a station again after new events reads only those, not a 100,000-event log again.
 */
const streams = new WeakMap<readonly ExerciseEvent[], Map<string, StreamScan>>();

function streamOf(exercise: ViewedExercise, role: EngineRole): number[] {
  let byRole = streams.get(exercise.events);
  if (!byRole) streams.set(exercise.events, (byRole = new Map()));
  let scan = byRole.get(role.id);
  if (!scan) byRole.set(role.id, (scan = { scanned: 0, positions: [] }));
  const { playbook } = exercise.content;
  for (; scan.scanned < exercise.events.length; scan.scanned += 1) {
    if (canRoleSee(playbook, role, exercise.events[scan.scanned] as ExerciseEvent))
      scan.positions.push(scan.scanned);
  }
  return scan.positions;
}

/**
 * What a role's station holds, from stream number `since` on: the events its role may see, numbered in its
 * own stream (the global seq never shows), the mechanisms it may see and its open decisions. Numbered from
 * the first event this copy of the log holds, as the engine numbers them from the first it holds.
 */
export function stationViewOf(exercise: ViewedExercise, roleId: string, since = 0): StationView {
  const role = exercise.roles.get(roleId);
  if (!role) throw new Error(`role ${roleId} is not in this exercise`);
  const stream = streamOf(exercise, role);
  const events: StationEvent[] = stream.slice(since).map((position, index) => {
    const { seq: _global, ...rest } = exercise.events[position] as ExerciseEvent;
    return { ...rest, streamSeq: since + index + 1 };
  });
  const { content, state } = exercise;
  return {
    exerciseId: state.exerciseId,
    role: roleId,
    streamSeq: stream.length,
    events,
    mechanisms: mechanismViews(content, state, role),
    openDecisions: stationDecisions(content, state, role),
    clock: { status: state.clock.status, scenarioMs: state.lastScenarioMs },
    exercise: exercise.heading,
  };
}
