import { injectById, scenarioTimeToMs } from '../scenario/index';
import type { CommandType } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { takeDecision, voidDecision } from './handle-decisions';
import { releaseInject, releaseScenarioInject, type InjectContent } from './injects';
import { CONTROL_ONLY, toRole } from './visibility';

/** Every command that is not about the clock: injects, decisions, messages, evaluation, auto-play. */
export function handlePlayCommand(
  core: EngineCore,
  type: CommandType,
  payload: Record<string, unknown>,
): Rejection | null {
  switch (type) {
    case 'decision/take':
      return takeDecision(core, payload);
    case 'decision/void':
      return voidDecision(core, payload);
    case 'inject/release-now':
    case 'inject/hold':
    case 'inject/skip':
    case 'inject/reschedule':
    case 'inject/edit':
      return controlInject(core, type, payload);
    case 'inject/send-adhoc':
      return sendAdhoc(core, payload);
    case 'inject/acknowledge':
      return acknowledge(core, payload);
    case 'message/send':
      return sendMessage(core, payload);
    case 'message/read':
      return readMessage(core, payload);
    default:
      return handleEvaluation(core, type, payload);
  }
}

function checkContent(core: EngineCore, content: Partial<InjectContent>, prefix: string): Rejection | null {
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

function controlInject(
  core: EngineCore,
  type: CommandType,
  payload: Record<string, unknown>,
): Rejection | null {
  const injectId = payload.injectId as string;
  const inject = injectById(core.scenario).get(injectId);
  const state = core.state.injects[injectId];
  if (!inject || !state)
    return reject('unknown-target', `no inject ${injectId} in the MSEL`, 'payload.injectId');
  if (state.status === 'released' || state.status === 'skipped') {
    return reject('not-now', `inject ${injectId} is already ${state.status}`, 'payload.injectId');
  }
  const audience = { audience: CONTROL_ONLY };
  switch (type) {
    case 'inject/release-now':
      releaseScenarioInject(core, inject, 'controller');
      return null;
    case 'inject/hold':
      if (state.status === 'held')
        return reject('not-now', `inject ${injectId} is already held`, 'payload.injectId');
      core.emit('inject.held', { injectId }, audience);
      return null;
    case 'inject/skip':
      core.emit('inject.skipped', { injectId }, audience);
      return null;
    case 'inject/reschedule': {
      const dueMs = scenarioTimeToMs(payload.at as string);
      if (dueMs < core.now) return reject('not-now', `${String(payload.at)} is already past`, 'payload.at');
      core.emit('inject.rescheduled', { injectId, dueMs }, audience);
      return null;
    }
    default: {
      const changes = payload.changes as Partial<InjectContent>;
      const refused = checkContent(core, changes, 'payload.changes');
      if (refused) return refused;
      core.emit('inject.edited', { injectId, changes }, audience);
      return null;
    }
  }
}

function sendAdhoc(core: EngineCore, payload: Record<string, unknown>): Rejection | null {
  const injectId = (payload.injectId as string | undefined) ?? `ADHOC-${core.state.lastSeq + 1}`;
  if (core.state.injects[injectId])
    return reject('invalid-command', `inject id ${injectId} is taken`, 'payload.injectId');
  const content: InjectContent = {
    title: payload.title as string,
    text: payload.text as string,
    from: payload.from as string,
    to: payload.to as string[],
    channel: payload.channel as string,
    marking: payload.marking as string,
    priority: payload.priority as string,
  };
  const refused = checkContent(core, content, 'payload');
  if (refused) return refused;
  releaseInject(core, injectId, content, 'adhoc');
  return null;
}

function acknowledge(core: EngineCore, payload: Record<string, unknown>): Rejection | null {
  const role = core.actingRole as string;
  const injectId = payload.injectId as string;
  const status = core.state.injects[injectId]?.recipients[role];
  if (status === undefined || status === 'blocked') {
    return reject('unknown-target', `inject ${injectId} was not delivered to ${role}`, 'payload.injectId');
  }
  if (status === 'acknowledged')
    return reject('not-now', `${role} has already acknowledged ${injectId}`, 'payload.injectId');
  core.emit('inject.acknowledged', { injectId, role }, { audience: toRole(role) });
  return null;
}

function sendMessage(core: EngineCore, payload: Record<string, unknown>): Rejection | null {
  const from = core.actingRole as string;
  const messageId = (payload.messageId as string | undefined) ?? `M-${core.state.lastSeq + 1}`;
  if (core.state.messages[messageId])
    return reject('invalid-command', `message id ${messageId} is taken`, 'payload.messageId');
  const to = payload.to as string[];
  const marking = payload.marking as string;
  const refused = checkContent(core, { to, marking }, 'payload');
  if (refused) return refused;
  if (payload.inReplyTo !== undefined && !core.state.messages[payload.inReplyTo as string]) {
    return reject(
      'unknown-target',
      `no message ${String(payload.inReplyTo)} to reply to`,
      'payload.inReplyTo',
    );
  }
  const body = {
    messageId,
    from,
    to,
    marking,
    subject: payload.subject,
    body: payload.body,
    inReplyTo: payload.inReplyTo ?? null,
    injectRefs: payload.injectRefs,
  };
  core.emit('message.sent', body, { audience: toRole(from), marking });
  for (const recipient of to) {
    const role = core.roles.get(recipient);
    if (role && core.playbook.canSee(role, marking)) {
      core.emit('message.delivered', { ...body, role: recipient }, { audience: toRole(recipient), marking });
    } else {
      core.emit(
        'message.blocked',
        { messageId, role: recipient, marking, from },
        { audience: CONTROL_ONLY, marking },
      );
    }
  }
  return null;
}

function readMessage(core: EngineCore, payload: Record<string, unknown>): Rejection | null {
  const role = core.actingRole as string;
  const message = core.state.messages[payload.messageId as string];
  const status = message?.recipients[role];
  if (!message || status === undefined || status === 'blocked') {
    return reject(
      'unknown-target',
      `message ${String(payload.messageId)} was not delivered to ${role}`,
      'payload.messageId',
    );
  }
  if (status === 'read')
    return reject('not-now', `${role} has already read ${message.id}`, 'payload.messageId');
  core.emit(
    'message.read',
    { messageId: message.id, role, from: message.from },
    { audience: [...toRole(role), `role:${message.from}`] },
  );
  return null;
}

function handleEvaluation(
  core: EngineCore,
  type: CommandType,
  payload: Record<string, unknown>,
): Rejection | null {
  const objectives = new Set(core.scenario.objectives.map((objective) => objective.id));
  const audience = { audience: CONTROL_ONLY };
  switch (type) {
    case 'observation/record': {
      if (payload.objectiveId !== undefined && !objectives.has(payload.objectiveId as string)) {
        return reject('unknown-target', `no objective ${String(payload.objectiveId)}`, 'payload.objectiveId');
      }
      if (payload.injectId !== undefined && !core.state.injects[payload.injectId as string])
        return reject('unknown-target', `no inject ${String(payload.injectId)}`, 'payload.injectId');
      if (payload.role !== undefined && !core.roles.has(payload.role as string))
        return reject('unknown-target', `no role ${String(payload.role)} in this exercise`, 'payload.role');
      const observationId = (payload.observationId as string | undefined) ?? `OBS-${core.state.lastSeq + 1}`;
      if (core.state.observations[observationId])
        return reject('invalid-command', `observation id ${observationId} is taken`, 'payload.observationId');
      core.emit('observation.recorded', { ...payload, observationId }, audience);
      return null;
    }
    case 'observation/amend':
      if (!core.state.observations[payload.observationId as string]) {
        return reject(
          'unknown-target',
          `no observation ${String(payload.observationId)}`,
          'payload.observationId',
        );
      }
      core.emit('observation.amended', payload, audience);
      return null;
    case 'rating/give':
      if (!objectives.has(payload.objectiveId as string)) {
        return reject('unknown-target', `no objective ${String(payload.objectiveId)}`, 'payload.objectiveId');
      }
      core.emit('rating.given', payload, audience);
      return null;
    case 'expected-action/mark': {
      const inject = injectById(core.scenario).get(payload.injectId as string);
      const action = inject?.expectedActions.find((candidate) => candidate.id === payload.actionId);
      if (!inject || !action)
        return reject(
          'unknown-target',
          `no expected action ${String(payload.injectId)}/${String(payload.actionId)}`,
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
    case 'role/auto-play': {
      const role = core.roles.get(payload.role as string);
      if (!role || role.audience !== 'players')
        return reject(
          'unknown-target',
          `${String(payload.role)} is not a player role in this exercise`,
          'payload.role',
        );
      core.emit('role.auto-play-set', payload, audience);
      return null;
    }
    default:
      return reject('unknown-command', `unknown command "${type}"`, 'type');
  }
}
