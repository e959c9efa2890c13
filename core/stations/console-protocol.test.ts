import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExerciseEvent } from '../ports/index';
import { eventDigest, isConsoleMessage, parseConsoleRequest } from './console-protocol';

const exercise = {
  name: 'Tabletop',
  marking: 'EXERCISE',
  seed: 1,
  scenario: { id: 'mini', title: 'Mini', source: { path: 'mini.yaml', text: 'id: mini' } },
  roles: { 'ms-affected': 'station', 'simcell-media': 'doctrine' },
};

describe('console requests', () => {
  it('takes each kind of request', () => {
    const requests = [
      { kind: 'hello', token: 't' },
      { kind: 'list', requestId: 'r1' },
      { kind: 'create', requestId: 'r2', exercise },
      { kind: 'delete', requestId: 'r3', exerciseId: 'ex-1' },
      { kind: 'open', exerciseId: 'ex-1', since: 0 },
      { kind: 'close', exerciseId: 'ex-1' },
      { kind: 'command', exerciseId: 'ex-1', commandId: 'c1', type: 'exercise/start', payload: {} },
    ];
    for (const request of requests) expect(parseConsoleRequest(request)).toEqual({ ok: true, request });
  });

  it('names the field at fault', () => {
    expect(parseConsoleRequest({ kind: 'open', exerciseId: 'ex-1', since: -1 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/^console request refused: since: /),
    });
    const badPlay = { ...exercise, roles: { 'ms-affected': 'telepathy' } };
    expect(parseConsoleRequest({ kind: 'create', requestId: 'r', exercise: badPlay })).toEqual({
      ok: false,
      reason: expect.stringContaining('exercise.roles.ms-affected'),
    });
    expect(parseConsoleRequest({ kind: 'sudo' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('kind'),
    });
    expect(parseConsoleRequest(null)).toMatchObject({ ok: false });
  });
});

describe('console messages', () => {
  it('are told from anything else by their kind', () => {
    expect(isConsoleMessage({ kind: 'log', exerciseId: 'e', events: [], lastSeq: 0 })).toBe(true);
    expect(isConsoleMessage({ kind: 'view' })).toBe(false);
    expect(isConsoleMessage('log')).toBe(false);
    expect(isConsoleMessage(null)).toBe(false);
  });
});

describe('history requests and open digests', () => {
  it('accepts a page of history and names the field of one that asks for too much or nothing', () => {
    expect(
      parseConsoleRequest({ kind: 'history', requestId: 'r1', exerciseId: 'x', from: 2, to: 2001 }),
    ).toMatchObject({ ok: true });
    const tooMuch = parseConsoleRequest({
      kind: 'history',
      requestId: 'r1',
      exerciseId: 'x',
      from: 1,
      to: 2001,
    });
    expect(tooMuch).toEqual({
      ok: false,
      reason: 'console request refused: to: at most 2000 events per request',
    });
    const backwards = parseConsoleRequest({
      kind: 'history',
      requestId: 'r1',
      exerciseId: 'x',
      from: 5,
      to: 4,
    });
    expect(backwards).toMatchObject({
      ok: false,
      reason: expect.stringContaining('to: from must be at least 1'),
    });
  });

  it('takes a SHA-256 digest with open and refuses anything else there', () => {
    const digest = 'a'.repeat(64);
    expect(parseConsoleRequest({ kind: 'open', exerciseId: 'x', since: 3, digest })).toMatchObject({
      ok: true,
    });
    expect(parseConsoleRequest({ kind: 'open', exerciseId: 'x', since: 3, digest: 'abc' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('digest: must be a SHA-256 hex digest'),
    });
  });
});

describe('eventDigest', () => {
  it('is the SHA-256 of the event as canonical JSON, whatever order its keys were built in', () => {
    const event = { v: 1, seq: 2, exerciseId: 'x', type: 'clock.started', scenarioMs: 0, wallMs: 5 };
    const reordered = { wallMs: 5, type: 'clock.started', seq: 2, v: 1, scenarioMs: 0, exerciseId: 'x' };
    // The oracle: Node's own SHA-256 of the keys sorted by hand.
    const sorted = '{"exerciseId":"x","scenarioMs":0,"seq":2,"type":"clock.started","v":1,"wallMs":5}';
    const expected = createHash('sha256').update(sorted).digest('hex');
    expect(eventDigest(event as unknown as ExerciseEvent)).toBe(expected);
    expect(eventDigest(reordered as unknown as ExerciseEvent)).toBe(expected);
    expect(eventDigest({ ...event, wallMs: 6 } as unknown as ExerciseEvent)).not.toBe(expected);
  });
});
