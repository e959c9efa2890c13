import type { ExpectedStatus, InjectContent, StateValue } from '../events/index';
import type { EngineSnapshot } from '../ports/index';
import type { MechanismContext, Playbook } from '../playbook/index';
import type { ScenarioDocument } from '../scenario/index';
import type { ClockState } from './clock';
import { ENGINE_STATE_VERSION } from './state-migrations';

/**
 * The engine's state: a fold of the log, plain data only (so a snapshot is its canonical JSON). Mutated
 * in place by `applyEvent`, and by nothing else.
 */

export interface MechanismActorState {
  machine: string;
  instance: string | null;
  value: StateValue;
  context: MechanismContext;
  /** seq of the last transition. */
  lastTransitionSeq: number;
  /**
   * What EXCON's void would restore: set by a transition a decision caused, cleared by any later one, since
   * only the latest decision on an actor can be undone.
   */
  undo: { decisionId: string; value: StateValue; context: MechanismActorState['context'] } | null;
}

export interface TimerState {
  id: string;
  actorKey: string;
  statePath: string;
  delay: string;
  dueMs: number;
}

export type RecipientStatus = 'delivered' | 'blocked' | 'acknowledged';

export interface ExpectedActionState {
  status: ExpectedStatus;
  deadlineMs: number | null;
}

export interface InjectState {
  id: string;
  status: 'scheduled' | 'waiting' | 'held' | 'skipped' | 'released';
  /** Scenario time of release, when known: fixed `at`, or a condition met plus its delay. */
  dueMs: number | null;
  releasedMs: number | null;
  /** Fields a controller edited before release (title, text, to, channel, marking, priority). */
  edits: Partial<InjectContent>;
  recipients: Record<string, RecipientStatus>;
  expected: Record<string, ExpectedActionState>;
  adhoc: boolean;
}

export interface MessageState {
  id: string;
  from: string;
  marking: string;
  recipients: Record<string, 'delivered' | 'blocked' | 'read'>;
}

export interface EngineState {
  exerciseId: string;
  /** In-world start date (YYYY-MM-DD): selects the machines in force. */
  date: string;
  seed: number;
  lastSeq: number;
  lastWallMs: number;
  /** Scenario time of the last event. */
  lastScenarioMs: number;
  clock: ClockState;
  actors: Record<string, MechanismActorState>;
  timers: Record<string, TimerState>;
  injects: Record<string, InjectState>;
  messages: Record<string, MessageState>;
  observations: Record<string, { id: string; by: string; amended: number }>;
  /** The improvement plan's actions by id (engine state v3): enough to refuse an unknown or withdrawn one. */
  correctiveActions: Record<string, { withdrawn: boolean }>;
  autoPlay: Record<string, string>;
  noPlay: boolean;
  /**
   * A what-if branch (engine state v4, issue 23): its own name and where it left its origin, from its
   * `exercise.branched`; null for an exercise of its own. Kept in the state so a branch opened from a snapshot
   * taken after that event still goes by its own name.
   */
  branch: { name: string; originExerciseId: string; originName: string; atSeq: number } | null;
}

/** What an engine needs besides its state: the documents it was created with, loaded. */
export interface EngineContent {
  playbook: Playbook;
  scenario: ScenarioDocument;
}

/** A snapshot of the state as of its last event: a plain-JSON copy, so later changes cannot reach it. */
export function snapshotOf(state: EngineState): EngineSnapshot {
  return {
    exerciseId: state.exerciseId,
    seq: state.lastSeq,
    v: ENGINE_STATE_VERSION,
    state: JSON.parse(JSON.stringify(state)),
  };
}
