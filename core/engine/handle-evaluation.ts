import { injectById } from '../scenario/index';
import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { CONTROL_ONLY } from './visibility';

/** The evaluation record (observations, amendments, ratings, expected-action marks) and auto-played roles. */

const audience = { audience: CONTROL_ONLY };

const hasObjective = (core: EngineCore, objectiveId: string) =>
  core.scenario.objectives.some((objective) => objective.id === objectiveId);

export function recordObservation(
  core: EngineCore,
  payload: CommandPayload<'observation/record'>,
): Rejection | null {
  if (payload.objectiveId !== undefined && !hasObjective(core, payload.objectiveId))
    return reject('unknown-target', `no objective ${payload.objectiveId}`, 'payload.objectiveId');
  if (payload.injectId !== undefined && !core.state.injects[payload.injectId])
    return reject('unknown-target', `no inject ${payload.injectId}`, 'payload.injectId');
  if (payload.role !== undefined && !core.roles.has(payload.role))
    return reject('unknown-target', `no role ${payload.role} in this exercise`, 'payload.role');
  const observationId = payload.observationId ?? `OBS-${core.state.lastSeq + 1}`;
  if (core.state.observations[observationId])
    return reject('invalid-command', `observation id ${observationId} is taken`, 'payload.observationId');
  core.emit('observation.recorded', { ...payload, observationId }, audience);
  return null;
}

export function amendObservation(
  core: EngineCore,
  payload: CommandPayload<'observation/amend'>,
): Rejection | null {
  if (!core.state.observations[payload.observationId])
    return reject('unknown-target', `no observation ${payload.observationId}`, 'payload.observationId');
  core.emit('observation.amended', payload, audience);
  return null;
}

export function giveRating(core: EngineCore, payload: CommandPayload<'rating/give'>): Rejection | null {
  if (!hasObjective(core, payload.objectiveId))
    return reject('unknown-target', `no objective ${payload.objectiveId}`, 'payload.objectiveId');
  core.emit('rating.given', payload, audience);
  return null;
}

export function markExpectedAction(
  core: EngineCore,
  payload: CommandPayload<'expected-action/mark'>,
): Rejection | null {
  const inject = injectById(core.scenario).get(payload.injectId);
  const action = inject?.expectedActions.find((candidate) => candidate.id === payload.actionId);
  if (!inject || !action)
    return reject(
      'unknown-target',
      `no expected action ${payload.injectId}/${payload.actionId}`,
      'payload.actionId',
    );
  if ('event' in action)
    return reject(
      'not-now',
      'playbook decisions are matched automatically; only free-text actions are marked',
      'payload.actionId',
    );
  if (core.state.injects[inject.id]?.status !== 'released')
    return reject('not-now', `inject ${inject.id} has not been released`, 'payload.injectId');
  core.emit('expected-action.marked', payload, audience);
  return null;
}

export function setAutoPlay(core: EngineCore, payload: CommandPayload<'role/auto-play'>): Rejection | null {
  const role = core.roles.get(payload.role);
  if (!role || role.audience !== 'players')
    return reject('unknown-target', `${payload.role} is not a player role in this exercise`, 'payload.role');
  core.emit('role.auto-play-set', payload, audience);
  return null;
}
