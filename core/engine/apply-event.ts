import type { ExerciseEvent } from '../ports/index';
import { anchored, initialClock, type ClockSpeed } from './clock';
import type { EngineState, InjectState, MechanismActorState, RecipientStatus } from './engine-state';
import type { ScenarioDocument } from '../scenario/index';
import { scenarioTimeToMs } from '../scenario/index';

/**
 * The fold: the only code that changes engine state, one event at a time, in place. It trusts the log —
 * no validation, no clock, no XState — so replaying a journal is fast and gives exactly the live state.
 */

type Payload = Record<string, unknown>;
const str = (payload: Payload, key: string) => payload[key] as string;

/** The state right after `exercise.created`, before anything has happened. */
export function stateAfterCreated(event: ExerciseEvent, scenario: ScenarioDocument): EngineState {
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
    date: str(payload, 'date'),
    seed: payload.seed as number,
    lastSeq: event.seq,
    lastWallMs: event.wallMs,
    lastScenarioMs: 0,
    clock: initialClock(),
    actors: {},
    timers: {},
    injects,
    messages: {},
    observations: {},
    autoPlay: { ...((payload.autoPlay as Record<string, string> | undefined) ?? {}) },
    noPlay: false,
  };
}

export function applyEvent(state: EngineState, event: ExerciseEvent): void {
  const payload = event.payload;
  state.lastSeq = event.seq;
  state.lastWallMs = event.wallMs;
  state.lastScenarioMs = event.scenarioMs;
  const inject = () => state.injects[str(payload, 'injectId')] as InjectState;

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
        speed: payload.speed as ClockSpeed,
      });
      break;
    case 'clock.jumped':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, {});
      break;
    case 'exercise.ended':
      state.clock = anchored(state.clock, event.scenarioMs, event.wallMs, { status: 'ended' });
      break;
    case 'no-play.started':
      state.noPlay = true;
      break;
    case 'no-play.lifted':
      state.noPlay = false;
      break;
    case 'mechanism.started':
    case 'mechanism.transitioned': {
      const key = str(payload, 'actorKey');
      const previous = state.actors[key];
      const cause = payload.cause as { kind?: string; decisionId?: string } | undefined;
      const undo =
        cause?.kind === 'decision' && cause.decisionId && previous
          ? { decisionId: cause.decisionId, value: previous.value, context: previous.context }
          : null;
      state.actors[key] = {
        machine: str(payload, 'machine'),
        instance: (payload.instance as string | null) ?? null,
        value: event.type === 'mechanism.started' ? payload.value : payload.to,
        context: payload.context as MechanismActorState['context'],
        lastTransitionSeq: event.seq,
        undo,
      };
      break;
    }
    case 'timer.scheduled':
      state.timers[str(payload, 'timerId')] = {
        id: str(payload, 'timerId'),
        actorKey: str(payload, 'actorKey'),
        statePath: str(payload, 'statePath'),
        delay: str(payload, 'delay'),
        dueMs: payload.dueMs as number,
      };
      break;
    case 'timer.cancelled':
    case 'timer.fired':
      delete state.timers[str(payload, 'timerId')];
      break;
    case 'inject.triggered':
      inject().status = 'scheduled';
      inject().dueMs = payload.dueMs as number;
      break;
    case 'inject.rescheduled':
      inject().dueMs = payload.dueMs as number;
      if (inject().status === 'held' || inject().status === 'waiting') inject().status = 'scheduled';
      break;
    case 'inject.edited':
      Object.assign(inject().edits, payload.changes as Payload);
      break;
    case 'inject.held':
      inject().status = 'held';
      break;
    case 'inject.skipped':
      inject().status = 'skipped';
      break;
    case 'inject.released': {
      const id = str(payload, 'injectId');
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
      for (const [actionId, deadlineMs] of Object.entries(
        (payload.deadlines as Record<string, number | null>) ?? {},
      )) {
        released.expected[actionId] = { status: 'pending', deadlineMs };
      }
      state.injects[id] = released;
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
      inject().recipients[str(payload, 'role')] = status;
      break;
    }
    case 'expected-action.met':
    case 'expected-action.missed':
    case 'expected-action.marked': {
      const expected = inject().expected[str(payload, 'actionId')];
      if (!expected) break;
      if (event.type === 'expected-action.met') expected.status = 'met';
      else if (event.type === 'expected-action.missed') expected.status = 'missed';
      else expected.status = payload.met ? 'marked-met' : 'marked-unmet';
      break;
    }
    case 'message.sent':
      state.messages[str(payload, 'messageId')] = {
        id: str(payload, 'messageId'),
        from: str(payload, 'from'),
        marking: str(payload, 'marking'),
        recipients: {},
      };
      break;
    case 'message.delivered':
    case 'message.blocked':
    case 'message.read': {
      const message = state.messages[str(payload, 'messageId')];
      if (message) {
        message.recipients[str(payload, 'role')] =
          event.type === 'message.delivered'
            ? 'delivered'
            : event.type === 'message.blocked'
              ? 'blocked'
              : 'read';
      }
      break;
    }
    case 'observation.recorded':
      state.observations[str(payload, 'observationId')] = {
        id: str(payload, 'observationId'),
        by: event.actor?.role ?? '',
        amended: 0,
      };
      break;
    case 'observation.amended': {
      const observation = state.observations[str(payload, 'observationId')];
      if (observation) observation.amended += 1;
      break;
    }
    case 'role.auto-play-set':
      if (payload.policy === null) delete state.autoPlay[str(payload, 'role')];
      else state.autoPlay[str(payload, 'role')] = str(payload, 'policy');
      break;
    default:
      // Events that record without changing engine state (route.sent, rating.given …).
      break;
  }
}
