import { describe, expect, it } from 'vitest';
import { isHostMessage, parseStationMessage } from './station-protocol';

const PREFIX = 'message from a station of role ms-c refused: ';

describe('a message from a station', () => {
  it.each([
    { kind: 'hello', station: 'laptop-c', since: 0 },
    { kind: 'heartbeat', station: 'laptop-c' },
    { kind: 'heartbeat', station: 'laptop-c', since: 12 },
    {
      kind: 'command',
      station: 'laptop-c',
      commandId: 'laptop-c-1',
      type: 'message/read',
      payload: { messageId: 'M-3' },
    },
  ])('is taken as it is when well formed: %j', (raw) => {
    expect(parseStationMessage(raw, 'ms-c')).toEqual({ ok: true, message: raw });
  });

  it.each([
    ['a negative stream number', { kind: 'hello', station: 'x', since: -1 }, 'since'],
    ['a fractional stream number', { kind: 'heartbeat', station: 'x', since: 1.5 }, 'since'],
    ['an unknown kind', { kind: 'wave', station: 'x' }, 'kind'],
    ['a station id of 81 characters', { kind: 'hello', station: 's'.repeat(81), since: 0 }, 'station'],
    ['an empty station id', { kind: 'hello', station: '', since: 0 }, 'station'],
    // The name automated agents send from: a person taking it would be credited as automated.
    ['an automated agent’s station name', { kind: 'hello', station: 'agent:doctrine', since: 0 }, 'station'],
    [
      'a payload that is no object',
      { kind: 'command', station: 'x', commandId: 'c', type: 't', payload: 'x' },
      'payload',
    ],
    ['a command without an id', { kind: 'command', station: 'x', type: 't', payload: {} }, 'commandId'],
    ['text', 'hello', 'message'],
    ['nothing', null, 'message'],
  ])('is refused for %s, naming the role and the field', (_, raw, field) => {
    const parsed = parseStationMessage(raw, 'ms-c');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason.startsWith(`${PREFIX}${field}: `)).toBe(true);
  });

  it('cannot name a role of its own: the role is the channel’s', () => {
    const parsed = parseStationMessage({ kind: 'hello', station: 'x', since: 0, role: 'excon' }, 'ms-c');
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('"role"') });
    expect(!parsed.ok && parsed.reason.startsWith(PREFIX)).toBe(true);
  });
});

describe('a message from the host', () => {
  it('is known by its kind, and anything else on the channel is not one', () => {
    for (const kind of ['view', 'roster', 'reply', 'clock', 'host-offline', 'refused'])
      expect(isHostMessage({ kind }), kind).toBe(true);
    for (const raw of [{ kind: 'hello' }, { kind: 'command' }, {}, { view: {} }, null, 'view', 3, ['view']])
      expect(isHostMessage(raw), JSON.stringify(raw)).toBe(false);
  });
});
