import type { InjectContent } from '../events/index';
import { injectById, scenarioTimeToMs } from '../scenario/index';
import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { releaseInject, releaseScenarioInject } from './injects';
import { CONTROL_ONLY, toRole } from './visibility';

/** The MSEL commands of control roles (release, hold, skip, reschedule, edit, ad hoc) and a player's receipt. */

/** Roles and the marking an inject's content names must exist in this exercise. */
export function checkContent(
  core: EngineCore,
  content: Partial<InjectContent>,
  prefix: string,
): Rejection | null {
  for (const [index, role] of (content.to ?? []).entries()) {
    if (!core.roles.has(role))
      return reject('unknown-target', `role "${role}" is not in this exercise`, `${prefix}.to[${index}]`);
  }
  if (content.from !== undefined && !core.roles.has(content.from)) {
    return reject('unknown-target', `role "${content.from}" is not in this exercise`, `${prefix}.from`);
  }
  if (content.marking !== undefined && !core.playbook.marking(content.marking)) {
    return reject('unknown-target', `unknown marking "${content.marking}"`, `${prefix}.marking`);
  }
  return null;
}

/** The scenario inject a control command names, while it can still be changed; or why not. */
function controllable(core: EngineCore, injectId: string) {
  const inject = injectById(core.scenario).get(injectId);
  const state = core.state.injects[injectId];
  if (!inject || !state)
    return reject('unknown-target', `no inject ${injectId} in the MSEL`, 'payload.injectId');
  if (state.status === 'released' || state.status === 'skipped') {
    return reject('not-now', `inject ${injectId} is already ${state.status}`, 'payload.injectId');
  }
  return { inject, state };
}

const audience = { audience: CONTROL_ONLY };

export function releaseNow(
  core: EngineCore,
  payload: CommandPayload<'inject/release-now'>,
): Rejection | null {
  const found = controllable(core, payload.injectId);
  if ('code' in found) return found;
  releaseScenarioInject(core, found.inject, 'controller');
  return null;
}

export function holdInject(core: EngineCore, payload: CommandPayload<'inject/hold'>): Rejection | null {
  const found = controllable(core, payload.injectId);
  if ('code' in found) return found;
  if (found.state.status === 'held')
    return reject('not-now', `inject ${payload.injectId} is already held`, 'payload.injectId');
  core.emit('inject.held', { injectId: payload.injectId }, audience);
  return null;
}

export function skipInject(core: EngineCore, payload: CommandPayload<'inject/skip'>): Rejection | null {
  const found = controllable(core, payload.injectId);
  if ('code' in found) return found;
  core.emit('inject.skipped', { injectId: payload.injectId }, audience);
  return null;
}

export function rescheduleInject(
  core: EngineCore,
  payload: CommandPayload<'inject/reschedule'>,
): Rejection | null {
  const found = controllable(core, payload.injectId);
  if ('code' in found) return found;
  const dueMs = scenarioTimeToMs(payload.at);
  if (dueMs < core.now) return reject('not-now', `${payload.at} is already past`, 'payload.at');
  core.emit('inject.rescheduled', { injectId: payload.injectId, dueMs }, audience);
  return null;
}

export function editInject(core: EngineCore, payload: CommandPayload<'inject/edit'>): Rejection | null {
  const found = controllable(core, payload.injectId);
  if ('code' in found) return found;
  const refused = checkContent(core, payload.changes, 'payload.changes');
  if (refused) return refused;
  core.emit('inject.edited', { injectId: payload.injectId, changes: payload.changes }, audience);
  return null;
}

export function sendAdhoc(core: EngineCore, payload: CommandPayload<'inject/send-adhoc'>): Rejection | null {
  const injectId = payload.injectId ?? `ADHOC-${core.state.lastSeq + 1}`;
  if (core.state.injects[injectId])
    return reject('invalid-command', `inject id ${injectId} is taken`, 'payload.injectId');
  const { title, text, from, to, channel, marking, priority } = payload;
  const content: InjectContent = { title, text, from, to, channel, marking, priority };
  const refused = checkContent(core, content, 'payload');
  if (refused) return refused;
  releaseInject(core, injectId, content, 'adhoc');
  return null;
}

export function acknowledgeInject(
  core: EngineCore,
  payload: CommandPayload<'inject/acknowledge'>,
): Rejection | null {
  const role = core.actingRole as string;
  const { injectId } = payload;
  const status = core.state.injects[injectId]?.recipients[role];
  if (status === undefined || status === 'blocked') {
    return reject('unknown-target', `inject ${injectId} was not delivered to ${role}`, 'payload.injectId');
  }
  if (status === 'acknowledged')
    return reject('not-now', `${role} has already acknowledged ${injectId}`, 'payload.injectId');
  core.emit('inject.acknowledged', { injectId, role }, { audience: toRole(role) });
  return null;
}
