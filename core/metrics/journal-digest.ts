import { activeStatePaths, enteredStates } from '../playbook/index';
import type { ExerciseEvent } from '../ports/index';

type Payload = Record<string, unknown>;
const pick = (payload: Payload, keys: readonly string[]): Payload => {
  const out: Payload = {};
  for (const key of keys) if (payload[key] !== undefined) out[key] = payload[key];
  return out;
};

/** What the metrics read of each kind of event; kinds not listed here are not kept at all. */
const KEEP: Record<string, (payload: Payload) => Payload> = {
  'mechanism.started': (p) => ({
    ...pick(p, ['actorKey', 'machine', 'instance']),
    entered: activeStatePaths(p.value as never),
  }),
  'mechanism.transitioned': (p) => ({
    ...pick(p, ['actorKey', 'machine', 'instance', 'event', 'cause']),
    entered: enteredStates(p.from as never, p.to as never),
  }),
  'decision.taken': (p) => pick(p, ['decisionId', 'actorKey', 'machine', 'instance', 'event', 'fields']),
  'decision.voided': (p) => pick(p, ['decisionId', 'reason']),
  'inject.released': (p) => ({
    ...pick(p, ['injectId', 'deadlines']),
    from: (p.content as { from?: string } | undefined)?.from,
  }),
  'inject.delivered': (p) => pick(p, ['injectId', 'role']),
  'inject.acknowledged': (p) => pick(p, ['injectId', 'role']),
  'inject.blocked': (p) => pick(p, ['injectId', 'role', 'marking']),
  'expected-action.met': (p) => pick(p, ['injectId', 'actionId']),
  'expected-action.missed': (p) => pick(p, ['injectId', 'actionId']),
  'expected-action.marked': (p) => pick(p, ['injectId', 'actionId', 'met']),
  'message.delivered': (p) => pick(p, ['messageId', 'role', 'from', 'marking']),
  'message.blocked': (p) => pick(p, ['messageId', 'role', 'from', 'marking']),
  'message.read': (p) => pick(p, ['messageId', 'role']),
  'timer.fired': (p) => pick(p, ['actorKey', 'delay']),
  'observation.recorded': (p) => pick(p, ['observationId']),
  'observation.amended': (p) => pick(p, ['observationId']),
  'rating.given': (p) => pick(p, ['objectiveId', 'rating']),
  'exercise.ended': () => ({}),
};

/**
 * The part of a journal the metrics need, gathered one event at a time: the kinds of events metrics read,
 * each reduced to the fields they read (a transition keeps the states it entered, not whole state values).
 * A long journal is measured without holding it.
 */
export class JournalDigest {
  readonly events: ExerciseEvent[] = [];
  count = 0;
  exerciseId = '';
  seed = 0;
  firstWallMs = 0;
  lastScenarioMs = 0;
  lastWallMs = 0;

  observe(event: ExerciseEvent): void {
    if (this.count === 0) {
      this.exerciseId = event.exerciseId;
      this.seed = (event.payload.seed as number | undefined) ?? 0;
      this.firstWallMs = event.wallMs;
    }
    this.count += 1;
    this.lastScenarioMs = event.scenarioMs;
    this.lastWallMs = event.wallMs;
    const keep = KEEP[event.type];
    if (!keep) return;
    this.events.push({
      v: event.v,
      seq: event.seq,
      exerciseId: this.exerciseId,
      type: event.type,
      scenarioMs: event.scenarioMs,
      wallMs: event.wallMs,
      commandId: null,
      actor: event.actor,
      marking: event.marking,
      audience: [],
      payload: keep(event.payload),
    });
  }

  static of(events: readonly ExerciseEvent[]): JournalDigest {
    const digest = new JournalDigest();
    for (const event of events) digest.observe(event);
    return digest;
  }
}
