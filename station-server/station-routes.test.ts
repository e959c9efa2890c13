// The join and station-token endpoints over a real HTTP server, with a door that records what it was asked:
// what reaches the door, and what each kind of bad request is answered.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StationTokenRequest } from '../core/index';
import { answerJoin, answerStationToken } from './station-routes';
import type { DoorAnswer, StationDoorApi } from './station-door-api';

const granted: DoorAnswer = {
  status: 200,
  answer: { ok: true, token: 't', exerciseId: 'ex-1', stationId: 'st-1', roles: ['ms-a'], kind: 'player' },
};

function fakeDoor(reply: DoorAnswer | Error = granted) {
  const asked: { joins: [string, string][]; tokens: [StationTokenRequest, string][] } = {
    joins: [],
    tokens: [],
  };
  const answerOrThrow = async () => {
    if (reply instanceof Error) throw reply;
    return reply;
  };
  const door = {
    join: async (code: string, address: string) => (asked.joins.push([code, address]), answerOrThrow()),
    issueForConsole: async (request: StationTokenRequest, address: string) => (
      asked.tokens.push([request, address]),
      answerOrThrow()
    ),
  } as unknown as StationDoorApi;
  return { door, asked };
}

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(door: StationDoorApi): Promise<number> {
  server = http.createServer((request, response) => {
    void (request.url === '/join' ? answerJoin : answerStationToken)(request, response, door);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function post(port: number, path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    cache: response.headers.get('cache-control'),
    body: (await response.json()) as unknown,
  };
}

describe('the join endpoint', () => {
  it('hands the door the code and the peer’s address, and answers what the door said, never cached', async () => {
    const { door, asked } = fakeDoor();
    const port = await serve(door);
    const reply = await post(port, '/join', JSON.stringify({ code: 'km7 hxr 3ca' }));
    expect(reply).toEqual({ status: 200, retryAfter: null, cache: 'no-store', body: granted.answer });
    expect(asked.joins).toEqual([['km7 hxr 3ca', '127.0.0.1']]);
  });

  it('says how long to wait when the door refuses for too many tries (Retry-After in seconds)', async () => {
    const { door } = fakeDoor({
      status: 429,
      answer: { ok: false, reason: 'too many wrong codes', retryAfterMs: 90_500 },
    });
    const reply = await post(await serve(door), '/join', JSON.stringify({ code: 'x' }));
    expect(reply).toMatchObject({ status: 429, retryAfter: '91' });
  });

  it('refuses another page’s Origin, an over-long body, no JSON and a body of the wrong shape, asking the door nothing', async () => {
    const { door, asked } = fakeDoor();
    const port = await serve(door);
    expect(
      await post(port, '/join', JSON.stringify({ code: 'x' }), { Origin: 'http://evil.example' }),
    ).toMatchObject({
      status: 403,
      body: { ok: false, reason: "Origin http://evil.example is not this host's" },
    });
    expect(await post(port, '/join', JSON.stringify({ code: 'x'.repeat(3_000) }))).toMatchObject({
      status: 413,
      body: { ok: false, reason: 'at most 2048 bytes' },
    });
    expect(await post(port, '/join', '{code:')).toMatchObject({
      status: 400,
      body: { ok: false, reason: 'the body is not JSON' },
    });
    expect(await post(port, '/join', JSON.stringify({ code: 'x', role: 'excon' }))).toMatchObject({
      status: 400,
      body: { ok: false, reason: expect.stringMatching(/^join refused: body: /) },
    });
    expect(await post(port, '/join', JSON.stringify({ code: 7 }))).toMatchObject({
      status: 400,
      body: { ok: false, reason: expect.stringMatching(/^join refused: code: /) },
    });
    expect(asked.joins).toEqual([]);
    // Live: the same host's own Origin is let through to the door.
    expect(
      await post(port, '/join', JSON.stringify({ code: 'x' }), { Origin: `http://127.0.0.1:${port}` }),
    ).toMatchObject({ status: 200 });
    expect(asked.joins).toHaveLength(1);
  });

  it('answers a failing door with its reason, not a stack trace', async () => {
    const { door } = fakeDoor(new Error('disk full'));
    expect(await post(await serve(door), '/join', JSON.stringify({ code: 'x' }))).toEqual({
      status: 500,
      retryAfter: null,
      cache: 'no-store',
      body: { ok: false, reason: 'the host could not take the code: disk full' },
    });
  });
});

describe('the station-token endpoint', () => {
  it('hands the door the exercise and roles asked for; refuses a request of the wrong shape', async () => {
    const { door, asked } = fakeDoor();
    const port = await serve(door);
    const request = { exerciseId: 'ex-1', roles: ['ms-a', 'ms-b'] };
    expect(await post(port, '/token', JSON.stringify(request))).toMatchObject({ status: 200 });
    expect(asked.tokens).toEqual([[request, '127.0.0.1']]);
    expect(await post(port, '/token', JSON.stringify({ exerciseId: 'ex-1', roles: [] }))).toMatchObject({
      status: 400,
      body: { ok: false, reason: expect.stringMatching(/^token refused: roles: /) },
    });
    const wrongMethod = await fetch(`http://127.0.0.1:${port}/token`);
    expect(wrongMethod.status).toBe(405);
    expect(asked.tokens).toHaveLength(1);
  });
});
