import { initialTransition, transition } from 'xstate';
import {
  DELAY_MS,
  enteredStates,
  activeStatePaths,
  routesFired,
  timerEventType,
  type DelayName,
  type MechanismEvent,
} from '../playbook/index';
import type { TransitionCause } from '../events/index';
import type { EngineCore } from './engine-core';
import type { MechanismActorState } from './engine-state';
import { checkStateTriggers } from './inject-triggers';
import { EVERYONE, CONTROL_ONLY } from './visibility';

export function actorKey(machine: string, instance: string | null): string {
  return instance === null ? machine : `${machine}#${instance}`;
}

/** XState snapshot of an actor, rebuilt from the value and context the log holds. */
export function actorSnapshot(core: EngineCore, actor: MechanismActorState) {
  const machine = core.playbook.machine(actor.machine, core.state.date);
  return machine.resolveState({ value: actor.value, context: actor.context });
}

function timersOf(
  machine: string,
  snapshot: { getMeta(): Record<string, unknown> },
  paths: readonly string[],
) {
  const out: { statePath: string; delay: string }[] = [];
  const meta = snapshot.getMeta() as Record<string, { timers?: string[] } | undefined>;
  for (const path of paths) {
    for (const delay of meta[`${machine}.${path}`]?.timers ?? []) out.push({ statePath: path, delay });
  }
  return out;
}

export function scheduleTimers(
  core: EngineCore,
  key: string,
  machine: string,
  snapshot: { getMeta(): Record<string, unknown> },
  paths: readonly string[],
) {
  for (const { statePath, delay } of timersOf(machine, snapshot, paths)) {
    const timerId = `${key}|${statePath}|${delay}`;
    const dueMs = core.now + (DELAY_MS[delay as DelayName] ?? 0);
    core.emit(
      'timer.scheduled',
      { timerId, actorKey: key, statePath, delay, dueMs },
      { audience: CONTROL_ONLY, actor: null },
    );
  }
}

/** The actor of a mechanism (or of one case of it), started with a logged event on first use. */
export function ensureActor(core: EngineCore, machine: string, instance: string | null): string {
  const key = actorKey(machine, instance);
  if (core.state.actors[key]) return key;
  const definition = core.playbook.machine(machine, core.state.date);
  const [snapshot] = initialTransition(definition, { instance });
  const marking = core.playbook.mechanisms.get(machine)?.marking ?? null;
  core.emit(
    'mechanism.started',
    { actorKey: key, machine, instance, value: snapshot.value, context: snapshot.context },
    { audience: EVERYONE, marking, actor: null },
  );
  const paths = activeStatePaths(snapshot.value);
  scheduleTimers(core, key, machine, snapshot, paths);
  checkStateTriggers(core, key);
  return key;
}

/** Would the actor accept this event now (guards included)? */
export function accepts(core: EngineCore, key: string, event: MechanismEvent): boolean {
  const actor = core.state.actors[key];
  return actor !== undefined && actorSnapshot(core, actor).can(event);
}

/**
 * Send an event to an actor: log the transition, cancel the timers of states left, schedule those of
 * states entered, release inject conditions that now hold, and apply the routes the transition fires.
 * Returns false when the actor does not accept the event in its current state.
 */
export function sendToActor(
  core: EngineCore,
  key: string,
  event: MechanismEvent,
  cause: TransitionCause,
  depth = 0,
): boolean {
  const actor = core.state.actors[key];
  if (!actor) return false;
  const before = actorSnapshot(core, actor);
  if (!before.can(event)) return false;
  const definition = core.playbook.machine(actor.machine, core.state.date);
  const [after] = transition(definition, before, event);
  const marking = core.playbook.mechanisms.get(actor.machine)?.marking ?? null;
  core.emit(
    'mechanism.transitioned',
    {
      actorKey: key,
      machine: actor.machine,
      instance: actor.instance,
      event: event.type,
      cause,
      from: before.value,
      to: after.value,
      context: after.context,
    },
    { audience: EVERYONE, marking, actor: cause.kind === 'decision' ? undefined : null },
  );
  const entered = enteredStates(before.value, after.value);
  const stillActive = new Set(activeStatePaths(after.value));
  for (const timer of Object.values(core.state.timers)) {
    if (timer.actorKey === key && !stillActive.has(timer.statePath)) {
      core.emit('timer.cancelled', { timerId: timer.id }, { audience: CONTROL_ONLY, actor: null });
    }
  }
  scheduleTimers(core, key, actor.machine, after, entered);
  checkStateTriggers(core, key);

  const document = core.playbook.mechanisms.get(actor.machine);
  if (!document || depth > 8) return true;
  for (const route of routesFired(document, { event: event.type, entered }, core.state.date)) {
    const targetDocument = core.playbook.mechanisms.get(route.send.machine);
    if (!targetDocument) continue;
    const instance = targetDocument.instanceKey ? actor.instance : null;
    const target = ensureActor(core, route.send.machine, instance);
    core.emit(
      'route.sent',
      { fromActor: key, toActor: target, event: route.send.event, description: route.description },
      { audience: CONTROL_ONLY, actor: null },
    );
    sendToActor(core, target, { type: route.send.event }, { kind: 'route', fromActor: key }, depth + 1);
  }
  return true;
}

/** Fire a due timer: logged, then delivered to its actor as `timer.<delay>`. */
export function fireTimer(core: EngineCore, timerId: string): void {
  const timer = core.state.timers[timerId];
  if (!timer) return;
  const actor = core.state.actors[timer.actorKey];
  const marking = actor ? (core.playbook.mechanisms.get(actor.machine)?.marking ?? null) : null;
  core.emit(
    'timer.fired',
    { timerId, actorKey: timer.actorKey, delay: timer.delay, statePath: timer.statePath },
    { audience: EVERYONE, marking, actor: null },
  );
  sendToActor(core, timer.actorKey, { type: timerEventType(timer.delay) }, { kind: 'timer', timerId });
}
