import { stationWords } from './station-words';
import type { ExerciseEvent } from '../ports/index';
import type { EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import type { EngineRole } from './roles';
import {
  mechanismViews,
  stationDecisions,
  type ExerciseHeading,
  type StationEvent,
  type StationView,
  type StationViewUpdate,
} from './station-view';
import { canRoleSee } from './visibility';

/*
 * Each role's stream: the events it may see, numbered in its own sequence (the global seq would reveal hidden
 * traffic), and what its station holds. Pure functions of the content, the state and the log, so the engine
 * serving stations and a console that holds a copy of the log (the "view as role") give the same answer.
 */

/** Everything a station view is made of: an exercise as the engine or a screen holds it. */
export interface ViewedExercise {
  content: LoadedContent;
  state: Readonly<EngineState>;
  /**
   * The log as this holder has it. It only grows: events are pushed onto the same array, or the array is
   * replaced by a longer one (the history read in after a quick open), which starts the streams afresh.
   */
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
 * Streams are kept per log array and role and resumed where they stopped: a stream is built the first time
 * someone plays the role (opening a 100,000-event exercise costs nothing for the fifty roles nobody plays),
 * and showing it again after new events reads only those.
 */
const streams = new WeakMap<readonly ExerciseEvent[], Map<string, StreamScan>>();

function streamOf(content: LoadedContent, events: readonly ExerciseEvent[], role: EngineRole): number[] {
  let byRole = streams.get(events);
  if (!byRole) streams.set(events, (byRole = new Map()));
  let scan = byRole.get(role.id);
  if (!scan) byRole.set(role.id, (scan = { scanned: 0, positions: [] }));
  for (; scan.scanned < events.length; scan.scanned += 1) {
    if (canRoleSee(content.playbook, role, events[scan.scanned] as ExerciseEvent))
      scan.positions.push(scan.scanned);
  }
  return scan.positions;
}

/** How many events a role's stream holds (its last stream number); 0 for a role the exercise lacks. */
export function streamLengthOf(
  exercise: Pick<ViewedExercise, 'content' | 'events' | 'roles'>,
  roleId: string,
): number {
  const role = exercise.roles.get(roleId);
  return role ? streamOf(exercise.content, exercise.events, role).length : 0;
}

/**
 * What a role's station holds, from stream number `since` on: the events its role may see, numbered in its
 * own stream, the mechanisms it may see and its open decisions with their consequences, and the words they
 * are shown with. Numbered from the first event the log holds: the engine serves stations only once its log
 * is whole.
 */
export function stationViewOf(exercise: ViewedExercise, roleId: string, since = 0): StationView {
  const {
    mechanisms = [],
    openDecisions = [],
    ...rest
  } = stationUpdateOf(exercise, roleId, since, {
    shape: true,
  });
  const words = stationWords(exercise.content.playbook, shownMachines({ mechanisms, openDecisions }));
  return { ...rest, mechanisms, openDecisions, words };
}

/**
 * A push's view (`StationViewUpdate`): the role's stream from `since` on, with the mechanisms and open
 * decisions only when `shape` asks for them (a host that knows they cannot have changed leaves them out,
 * and the cost of working them out for every role), and no words.
 */
export function stationUpdateOf(
  exercise: ViewedExercise,
  roleId: string,
  since: number,
  options: { shape: boolean },
): StationViewUpdate {
  const role = exercise.roles.get(roleId);
  if (!role) throw new Error(`role ${roleId} is not in this exercise`);
  const stream = streamOf(exercise.content, exercise.events, role);
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
    ...(options.shape
      ? {
          mechanisms: mechanismViews(content, state, role),
          openDecisions: stationDecisions(content, state, role),
        }
      : {}),
    clock: { status: state.clock.status, scenarioMs: state.lastScenarioMs },
    exercise: exercise.heading,
  };
}

/** The machines a view shows (its mechanisms and those it decides in): what its words must cover. */
export function shownMachines(view: Pick<StationView, 'mechanisms' | 'openDecisions'>): string[] {
  return [...new Set([...view.mechanisms, ...view.openDecisions].map((item) => item.machine))];
}

/**
 * The exercise's name, marking and in-world start, which every screen shows: from `exercise.created` (kept
 * by whoever opened the exercise, since a log read from a snapshot does not begin with it).
 */
export function headingOf(
  content: LoadedContent,
  state: Readonly<EngineState>,
  created: ExerciseEvent | undefined,
): ExerciseHeading {
  const payload = created?.type === 'exercise.created' ? created.payload : null;
  const { scenario } = content;
  return {
    // A what-if branch goes by its own name; its log begins with its origin's exercise.created.
    name: state.branch?.name ?? payload?.name ?? state.exerciseId,
    marking: payload?.exerciseMarking ?? 'EXERCISE',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    start: { date: scenario.start.date, timeZone: scenario.start.timeZone },
    noPlay: state.noPlay,
  };
}
