import { expectedStatusAfter } from '../events/index';
import type { EventOf, ExerciseEvent } from '../ports/index';
import { anchored, initialClock } from './clock';
import { noteInjectChange } from './deadline-index';
import { noteInjectReleased } from './open-expected-index';
import type { EngineState, InjectState, RecipientStatus } from './engine-state';
import type { ScenarioDocument } from '../scenario/index';
import { scenarioTimeToMs } from '../scenario/index';

/**
 * The fold: the only code that changes engine state, one event at a time, in place. It trusts the log —
 * no validation, no clock, no XState — so replaying a journal is fast and gives exactly the live state.
 */

/** The state right after `exercise.created`, before anything has happened. */
export function stateAfterCreated(
  event: EventOf<'exercise.created'>,
  scenario: ScenarioDocument,
): EngineState {
  const payload = event.payload;
  const injects: Record<string, InjectState> = {};
  for (const inject of scenario.injects) {
    injects[inject.id] = {
      id: inject.id,
      status: inject.at !== undefined ? 'scheduled' : 'waiting',
      dueMs: inject.at !== undefined ? scenarioTimeToMs(inject.at) : null,
      releasedMs: null,
      edits: {},
      recipients: {},
      expected: {},
      adhoc: false,
    };
  }
  return {
    exerciseId: event.exerciseId,
    date: payload.date,
    seed: payload.seed,
    lastSeq: event.seq,
    lastWallMs: event.wallMs,
    lastScenarioMs: 0,
    clock: initialClock(),
    actors: {},
    timers: {},
    injects,
    messages: {},
    observations: {},
    correctiveActions: {},
    autoPlay: { ...payload.autoPlay },
    noPlay: false,
    branch: null,
  };
}

/**
 * The fold. A change that may give an inject a new deadline (triggered, rescheduled, released) is told to
 * the state's deadline index, and a release to its index of open expected actions; changes that only end
 * a deadline or close an action need not be: the indexes check their entries against the state.
 */
export function applyEvent(state: EngineState, event: ExerciseEvent): void {
  state.lastSeq = event.seq;
  state.lastWallMs = event.wallMs;
  state.lastScenarioMs = event.scenarioMs;
  const inject = (injectId: string) => state.injects[injectId] as InjectState;

  switch (event.type) {
    case 'exercise.started':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, { status: 'running' });
      break;
    case 'clock.paused':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, { status: 'paused' });
      break;
    case 'clock.resumed':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, { status: 'running' });
      break;
    case 'clock.speed-changed':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, {
        speed: event.payload.speed,
      });
      break;
    case 'clock.jumped':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, {});
      break;
    case 'exercise.ended':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, { status: 'ended' });
      break;
    case 'exercise.branched':
      // A branch opens with its clock stopped where the origin stood: the controller resumes it to play on.
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, {
        status: state.clock.status === 'running' ? 'paused' : state.clock.status,
      });
      state.branch = {
        name: event.payload.name,
        originExerciseId: event.payload.origin.exerciseId,
        originName: event.payload.origin.name,
        atSeq: event.payload.atSeq,
      };
      break;
    case 'no-play.started':
      state.noPlay = true;
      break;
    case 'no-play.lifted':
      state.noPlay = false;
      break;
    case 'mechanism.started':
      state.actors[event.payload.actorKey] = {
        machine: event.payload.machine,
        instance: event.payload.instance,
        value: event.payload.value,
        context: event.payload.context,
        lastTransitionSeq: event.seq,
        undo: null,
      };
      break;
    case 'mechanism.transitioned': {
      const { payload } = event;
      const previous = state.actors[payload.actorKey];
      const cause = payload.cause;
      const undo =
        cause.kind === 'decision' && previous
          ? { decisionId: cause.decisionId, value: previous.value, context: previous.context }
          : null;
      state.actors[payload.actorKey] = {
        machine: payload.machine,
        instance: payload.instance,
        value: payload.to,
        context: payload.context,
        lastTransitionSeq: event.seq,
        undo,
      };
      break;
    }
    case 'timer.scheduled': {
      const { timerId, actorKey, statePath, delay, dueMs } = event.payload;
      state.timers[timerId] = { id: timerId, actorKey, statePath, delay, dueMs };
      break;
    }
    case 'timer.cancelled':
    case 'timer.fired':
      delete state.timers[event.payload.timerId];
      break;
    case 'inject.triggered': {
      const triggered = inject(event.payload.injectId);
      triggered.status = 'scheduled';
      triggered.dueMs = event.payload.dueMs;
      noteInjectChange(state, event.payload.injectId);
      break;
    }
    case 'inject.rescheduled': {
      const rescheduled = inject(event.payload.injectId);
      rescheduled.dueMs = event.payload.dueMs;
      if (rescheduled.status === 'held' || rescheduled.status === 'waiting') rescheduled.status = 'scheduled';
      noteInjectChange(state, event.payload.injectId);
      break;
    }
    case 'inject.edited':
      Object.assign(inject(event.payload.injectId).edits, event.payload.changes);
      break;
    case 'inject.held':
      inject(event.payload.injectId).status = 'held';
      break;
    case 'inject.skipped':
      inject(event.payload.injectId).status = 'skipped';
      break;
    case 'inject.released': {
      const { payload } = event;
      const id = payload.injectId;
      const existing = state.injects[id];
      const released: InjectState = existing ?? {
        id,
        status: 'released',
        dueMs: event.scenarioMs,
        releasedMs: null,
        edits: {},
        recipients: {},
        expected: {},
        adhoc: true,
      };
      released.status = 'released';
      released.releasedMs = event.scenarioMs;
      for (const [actionId, deadlineMs] of Object.entries(payload.deadlines)) {
        released.expected[actionId] = { status: 'open', deadlineMs };
      }
      state.injects[id] = released;
      noteInjectChange(state, id);
      noteInjectReleased(state, id);
      break;
    }
    case 'inject.delivered':
    case 'inject.blocked':
    case 'inject.acknowledged': {
      const status: RecipientStatus =
        event.type === 'inject.delivered'
          ? 'delivered'
          : event.type === 'inject.blocked'
            ? 'blocked'
            : 'acknowledged';
      inject(event.payload.injectId).recipients[event.payload.role] = status;
      break;
    }
    case 'expected-action.met':
    case 'expected-action.missed':
    case 'expected-action.marked': {
      const expected = inject(event.payload.injectId).expected[event.payload.actionId];
      if (expected) expected.status = expectedStatusAfter(event);
      break;
    }
    case 'message.sent':
      state.messages[event.payload.messageId] = {
        id: event.payload.messageId,
        from: event.payload.from,
        marking: event.payload.marking,
        recipients: {},
      };
      break;
    case 'message.delivered':
    case 'message.blocked':
    case 'message.read': {
      const message = state.messages[event.payload.messageId];
      if (message) {
        message.recipients[event.payload.role] =
          event.type === 'message.delivered'
            ? 'delivered'
            : event.type === 'message.blocked'
              ? 'blocked'
              : 'read';
      }
      break;
    }
    case 'observation.recorded':
      state.observations[event.payload.observationId] = {
        id: event.payload.observationId,
        by: event.actor?.role ?? '',
        amended: 0,
      };
      break;
    case 'observation.amended': {
      const observation = state.observations[event.payload.observationId];
      if (observation) observation.amended += 1;
      break;
    }
    case 'corrective-action.added':
      state.correctiveActions[event.payload.actionId] = { withdrawn: false };
      break;
    case 'corrective-action.withdrawn': {
      const action = state.correctiveActions[event.payload.actionId];
      if (action) action.withdrawn = true;
      break;
    }
    case 'role.auto-play-set':
      if (event.payload.policy === null) delete state.autoPlay[event.payload.role];
      else state.autoPlay[event.payload.role] = event.payload.policy;
      break;
    default:
      // Events that record without changing engine state (route.sent, rating.given …).
      break;
  }
}
