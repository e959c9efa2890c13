import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { checkContent } from './handle-injects';
import { CONTROL_ONLY, toRole } from './visibility';

/**
 * Messages between roles: delivered to each recipient cleared for their marking, blocked for the others; the
 * sender sees its blocks (`message.blocked`) and its recipients' reads (`message.read`), so its sent items
 * show per recipient: delivered, read, or blocked by marking.
 */

export function sendMessage(core: EngineCore, payload: CommandPayload<'message/send'>): Rejection | null {
  const from = core.actingRole as string;
  const messageId = payload.messageId ?? `M-${core.state.lastSeq + 1}`;
  if (core.state.messages[messageId])
    return reject('invalid-command', `message id ${messageId} is taken`, 'payload.messageId');
  const { to, marking } = payload;
  const refused = checkContent(core, { to, marking }, 'payload');
  if (refused) return refused;
  if (payload.inReplyTo !== undefined && !core.state.messages[payload.inReplyTo]) {
    return reject('unknown-target', `no message ${payload.inReplyTo} to reply to`, 'payload.inReplyTo');
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
      // The sender learns whom its own marking kept the message from (it chose the marking and the
      // recipients, so it learns nothing it may not know); other players never see the block.
      core.emit(
        'message.blocked',
        { messageId, role: recipient, marking, from },
        { audience: [...CONTROL_ONLY, `role:${from}`], marking },
      );
    }
  }
  return null;
}

export function readMessage(core: EngineCore, payload: CommandPayload<'message/read'>): Rejection | null {
  const role = core.actingRole as string;
  const message = core.state.messages[payload.messageId];
  const status = message?.recipients[role];
  if (!message || status === undefined || status === 'blocked') {
    return reject(
      'unknown-target',
      `message ${payload.messageId} was not delivered to ${role}`,
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
