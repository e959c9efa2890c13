import { describe, expect, it } from 'vitest';
import { isConsoleMessage, parseConsoleRequest } from './console-protocol';

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
