import { afterEach, describe, expect, it } from 'vitest';
import { HOST_SESSION_PATH, JOIN_PATH, STATION_TOKEN_PATH } from '../../core/index';
import {
  forgetGrant,
  joinWithCode,
  keepGrant,
  keptGrant,
  onHostLaptop,
  stationGrantFor,
  type StationGrant,
} from './station-grant';

afterEach(() => {
  // The page's memory keeps a pass too (storage refused): forgotten with the rest.
  forgetGrant('ex-1', ['ms-a', 'ms-b']);
  sessionStorage.clear();
  localStorage.clear();
});

const grant: StationGrant = {
  ok: true,
  token: 'body.signature',
  exerciseId: 'ex-1',
  stationId: 'st-1',
  roles: ['ms-b', 'ms-a'],
  kind: 'player',
};

/** A host that answers each path with a body and a status, and keeps what it was asked. */
function fakeHost(answers: Record<string, { status: number; body: unknown }>) {
  const asked: { path: string; method: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    asked.push({
      path,
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string> | undefined) },
      body: init?.body ? JSON.parse(String(init.body)) : null,
    });
    const answer = answers[path];
    if (!answer) throw new TypeError('Failed to fetch');
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('a station’s pass', () => {
  it('is kept under the exercise and the roles the host named, in any order, until forgotten', () => {
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toBeNull();
    keepGrant(grant);
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toEqual(grant);
    expect(keptGrant('ex-1', ['ms-b', 'ms-a'])).toEqual(grant);
    expect(keptGrant('ex-1', ['ms-a'])).toBeNull();
    expect(keptGrant('ex-2', ['ms-a', 'ms-b'])).toBeNull();
    // In the browser's storage as well as the tab's: a reopened tab keeps its station.
    sessionStorage.clear();
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toEqual(grant);
    forgetGrant('ex-1', ['ms-a', 'ms-b']);
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toBeNull();
  });

  it('is asked for with a code posted to the join path, and kept when the host gives it', async () => {
    const { fetcher, asked } = fakeHost({ [JOIN_PATH]: { status: 200, body: grant } });
    expect(await joinWithCode('ACDEFHJKM', fetcher)).toEqual(grant);
    expect(asked).toEqual([
      {
        path: JOIN_PATH,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: { code: 'ACDEFHJKM' },
      },
    ]);
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toEqual(grant);
  });

  it('is not kept when the host refuses the code; an answer that is no JSON is a refusal with its status', async () => {
    const refused = { ok: false, reason: 'no live join code ACD-EFH-JKM', retryAfterMs: 5_000 };
    const host = fakeHost({ [JOIN_PATH]: { status: 403, body: refused } });
    expect(await joinWithCode('ACDEFHJKM', host.fetcher)).toEqual(refused);
    expect(keptGrant('ex-1', ['ms-a', 'ms-b'])).toBeNull();
    const broken = fakeHost({ [JOIN_PATH]: { status: 502, body: '<html>Bad gateway</html>' } });
    expect(await joinWithCode('ACDEFHJKM', broken.fetcher)).toEqual({
      ok: false,
      reason: 'the exercise host answered 502',
    });
  });

  it('on the host laptop comes with the console’s token, for the roles the window names', async () => {
    const { fetcher, asked } = fakeHost({
      [HOST_SESSION_PATH]: { status: 200, body: { consoleToken: 'console-secret' } },
      [STATION_TOKEN_PATH]: { status: 200, body: grant },
    });
    // jsdom's page is on localhost: the host laptop.
    expect(onHostLaptop()).toBe(true);
    expect(await stationGrantFor('ex-1', ['ms-a', 'ms-b'], fetcher)).toEqual(grant);
    expect(asked.map(({ path }) => path)).toEqual([HOST_SESSION_PATH, STATION_TOKEN_PATH]);
    expect(asked[1]).toMatchObject({
      method: 'POST',
      headers: { 'X-Console-Token': 'console-secret' },
      body: { exerciseId: 'ex-1', roles: ['ms-a', 'ms-b'] },
    });
    // Kept: the next station screen asks nothing.
    expect(await stationGrantFor('ex-1', ['ms-b', 'ms-a'], fetcher)).toEqual(grant);
    expect(asked).toHaveLength(2);
  });

  it('on the host laptop, refused by the host, is an error with the host’s reason', async () => {
    const { fetcher } = fakeHost({
      [HOST_SESSION_PATH]: { status: 200, body: { consoleToken: 'console-secret' } },
      [STATION_TOKEN_PATH]: { status: 404, body: { ok: false, reason: 'exercise ex-1 has no role ms-z' } },
    });
    await expect(stationGrantFor('ex-1', ['ms-z'], fetcher)).rejects.toThrow(
      'exercise ex-1 has no role ms-z',
    );
  });
});

describe('the host laptop', () => {
  it('is a page served by the loopback listener (127.0.0.1 or its names), and no other', () => {
    for (const name of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '[::1]'])
      expect(onHostLaptop(name), name).toBe(true);
    // 127.0.0.2 is loopback, but the host's loopback listener is on 127.0.0.1: another is a LAN listener's.
    for (const name of ['192.168.10.4', 'exercise.lan', '10.0.0.1', 'localhost.evil.example', '127.0.0.2'])
      expect(onHostLaptop(name), name).toBe(false);
  });
});
