import { describe, expect, it } from 'vitest';
import { Harness, unitOfWork } from '../../test/fixtures/engine-harness';
import type { EngineCore } from './engine-core';
import type { EngineState } from './engine-state';
import { readMessage, sendMessage } from './handle-messages';

/** A unit of work as `role` (or control acting as it) over `state`. */
const work = (harness: Harness, state: EngineState, role: string, actingAs?: string): EngineCore =>
  unitOfWork(harness, { state, role, type: 'message/send', ...(actingAs ? { actingAs } : {}) });

const harness = await Harness.create();
await harness.startAtMaxSpeed();
const fresh = () => structuredClone(harness.engine.state) as EngineState;

const message = {
  to: ['ms-c', 'nac'],
  marking: 'EU-ONLY',
  subject: 'Port',
  body: 'Closed.',
  injectRefs: ['INJ-1'],
};

describe('sending a message', () => {
  it('logs it for the sender, delivers it to each recipient cleared for its marking, and blocks it for the others, telling the sender', () => {
    const core = work(harness, fresh(), 'ms-a');
    const id = `M-${core.state.lastSeq + 1}`;
    expect(sendMessage(core, message)).toBeNull();
    const sent = {
      messageId: id,
      from: 'ms-a',
      to: ['ms-c', 'nac'],
      marking: 'EU-ONLY',
      subject: 'Port',
      body: 'Closed.',
      inReplyTo: null,
      injectRefs: ['INJ-1'],
    };
    // ms-c is cleared for EU only, nac for NATO only (test/fixtures/mini-playbook/roles.yaml).
    expect(core.batch.map((event) => [event.type, event.audience, event.marking, event.payload])).toEqual([
      ['message.sent', ['role:ms-a', 'control', 'evaluation'], 'EU-ONLY', sent],
      ['message.delivered', ['role:ms-c', 'control', 'evaluation'], 'EU-ONLY', { ...sent, role: 'ms-c' }],
      // The sender learns whom its own marking kept the message from; nac never learns of it.
      [
        'message.blocked',
        ['control', 'evaluation', 'role:ms-a'],
        'EU-ONLY',
        { messageId: id, role: 'nac', marking: 'EU-ONLY', from: 'ms-a' },
      ],
    ]);
  });

  it('is sent in the name of the role control plays, under the id the sender chose, as a reply to a message there is', () => {
    const state = fresh();
    const first = work(harness, state, 'simcell', 'ms-c');
    expect(sendMessage(first, { ...message, to: ['ms-a'], messageId: 'M-A' })).toBeNull();
    expect(first.batch[0]?.payload).toMatchObject({ messageId: 'M-A', from: 'ms-c' });
    const reply = work(harness, state, 'ms-a');
    expect(sendMessage(reply, { ...message, to: ['ms-c'], inReplyTo: 'M-A' })).toBeNull();
    expect(reply.batch[0]?.payload).toMatchObject({ from: 'ms-a', inReplyTo: 'M-A' });
    expect(sendMessage(reply, { ...message, messageId: 'M-A' })).toEqual({
      code: 'invalid-command',
      reason: 'message id M-A is taken',
      field: 'payload.messageId',
    });
  });

  it.each([
    [{ to: ['ms-c', 'ghost'] }, 'unknown-target', 'payload.to[1]', 'role "ghost" is not in this exercise'],
    [{ marking: 'SECRET' }, 'unknown-target', 'payload.marking', 'unknown marking "SECRET"'],
    [{ inReplyTo: 'M-404' }, 'unknown-target', 'payload.inReplyTo', 'no message M-404 to reply to'],
  ])('is refused with %j', (change, code, field, reason) => {
    const core = work(harness, fresh(), 'ms-a');
    expect(sendMessage(core, { ...message, ...change })).toEqual({ code, reason, field });
    expect(core.batch).toEqual([]);
  });
});

describe('reading a message', () => {
  it('is logged once, for the reader and the sender, by a recipient it reached', () => {
    const state = fresh();
    sendMessage(work(harness, state, 'ms-a'), { ...message, messageId: 'M-A' });
    const reader = work(harness, state, 'ms-c');
    expect(readMessage(reader, { messageId: 'M-A' })).toBeNull();
    expect(reader.batch).toEqual([
      expect.objectContaining({
        type: 'message.read',
        audience: ['role:ms-c', 'control', 'evaluation', 'role:ms-a'],
        payload: { messageId: 'M-A', role: 'ms-c', from: 'ms-a' },
      }),
    ]);
    expect(readMessage(reader, { messageId: 'M-A' })).toEqual({
      code: 'not-now',
      reason: 'ms-c has already read M-A',
      field: 'payload.messageId',
    });
    // Blocked for nac, never addressed to its own sender, and no message at all.
    const unread: [string, string][] = [
      ['nac', 'M-A'],
      ['ms-a', 'M-A'],
      ['ms-c', 'M-404'],
    ];
    for (const [role, id] of unread)
      expect(readMessage(work(harness, state, role), { messageId: id })).toEqual({
        code: 'unknown-target',
        reason: `message ${id} was not delivered to ${role}`,
        field: 'payload.messageId',
      });
  });
});
