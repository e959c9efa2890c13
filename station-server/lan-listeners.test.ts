// The host on the room network (issue 20 §2), over real sockets: a LAN listener on 127.0.0.2 stands in for
// the laptop's room address (a LAN listener is one by what it is, not by the peer's address). What a LAN
// client may reach, how join attempts are limited, and what a socket that misbehaves does to the others.
import http from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_CHANNEL,
  HOST_SESSION_PATH,
  JOIN_PATH,
  MAX_STATION_FRAME_BYTES,
  STATION_TOKEN_PATH,
  stationChannelName,
  type HostFrame,
} from '../core/index';
import { MINI_EXERCISE } from '../test/fixtures/memory-host';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient, waitFor } from '../test/fixtures/socket-client';
import { FRAME_BURST } from './frame-budget';
import { CONSOLE_TOKEN_HEADER } from './host-routes';
import { LanListeners, roomAddresses } from './lan-listeners';

const LAN = '127.0.0.2';
let world: ServedHost;
const clients: SocketClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await world?.dispose();
});

async function lanClient(maxPayload?: number): Promise<SocketClient> {
  const client = await SocketClient.connect(world.server.port, {}, LAN, maxPayload);
  clients.push(client);
  return client;
}

/** A plain HTTP request from a chosen local address (another laptop on the room network). */
function request(
  method: string,
  pathname: string,
  options: { body?: string; from?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        host: LAN,
        port: world.server.port,
        method,
        path: pathname,
        localAddress: options.from,
        headers: { 'Content-Type': 'application/json', ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}

async function codeOf(exerciseId: string, role: string): Promise<string> {
  const { codes } = await world.door.view(exerciseId);
  const code = codes.find((entry) => entry.roles.includes(role) && entry.kind === 'player');
  if (!code) throw new Error(`no code for ${role}`);
  return code.code;
}

async function lanStation(exerciseId: string, role: string) {
  const joined = await request('POST', JOIN_PATH, {
    body: JSON.stringify({ code: await codeOf(exerciseId, role) }),
  });
  expect(joined.status).toBe(200);
  const grant = JSON.parse(joined.body) as { token: string; stationId: string; roles: string[] };
  const ch = stationChannelName(exerciseId, role);
  const client = await lanClient();
  client.join(ch, grant.token);
  await client.next(ch, (body) => body.kind === 'host-online');
  return { client, ch, grant };
}

describe('a LAN listener', () => {
  it('serves the app and a station’s join, and the console’s catalogue, backups and log stream to no one', async () => {
    world = await serveHost({ lan: LAN });
    expect(world.server.lan.status()).toEqual({
      on: true,
      urls: [`http://${LAN}:${world.server.port}/`],
      problem: null,
    });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    expect((await request('GET', '/')).status).toBe(200);
    // The code from the console's list, typed the way people type it, joins the role.
    const code = await codeOf(exerciseId, 'ms-a');
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3, 6)}-${code.slice(6)}`;
    const joined = await request('POST', JOIN_PATH, { body: JSON.stringify({ code: typed }) });
    expect(joined.status).toBe(200);
    expect(JSON.parse(joined.body)).toMatchObject({ ok: true, exerciseId, roles: ['ms-a'], kind: 'player' });

    const consoleOnly: [string, string, Record<string, string>][] = [
      ['GET', HOST_SESSION_PATH, {}],
      ['GET', `/host/exercises/${exerciseId}/journal`, { [CONSOLE_TOKEN_HEADER]: TEST_TOKEN }],
      ['POST', '/host/exercises/restore?file=x.jsonl', { [CONSOLE_TOKEN_HEADER]: TEST_TOKEN }],
      ['POST', STATION_TOKEN_PATH, { [CONSOLE_TOKEN_HEADER]: TEST_TOKEN }],
    ];
    for (const [method, pathname, headers] of consoleOnly)
      expect({ pathname, status: (await request(method, pathname, { headers, body: '{}' })).status }).toEqual(
        {
          pathname,
          status: 403,
        },
      );
    // The console's channel: not joined, so no hello, no list, no create, no delete, no log stream.
    const client = await lanClient();
    client.join(CONSOLE_CHANNEL);
    expect(await client.nextError()).toMatchObject({ ch: CONSOLE_CHANNEL, field: 'ch' });
    for (const body of [
      { kind: 'hello', token: TEST_TOKEN },
      { kind: 'list', requestId: 'r1' },
      { kind: 'open', exerciseId, since: 0 },
      { kind: 'delete', requestId: 'r2', exerciseId },
    ])
      client.post(CONSOLE_CHANNEL, body);
    await waitFor('four refusals', () => (client.errors().length >= 5 ? true : undefined));
    expect(
      client
        .errors()
        .slice(1)
        .map((error) => error.field),
    ).toEqual(['ch', 'ch', 'ch', 'ch']);
    expect(client.bodies(CONSOLE_CHANNEL)).toEqual([]);
    expect((await world.host.list()).map((record) => record.exerciseId)).toEqual([exerciseId]);
  });

  it('refuses a socket whose Host is not its own address (DNS rebinding) or whose Origin is another page', async () => {
    world = await serveHost({ lan: LAN });
    const port = world.server.port;
    await expect(SocketClient.connect(port, { Host: `evil.example:${port}` }, LAN)).rejects.toThrow(
      'refused: 403',
    );
    await expect(SocketClient.connect(port, { Origin: 'http://evil.example' }, LAN)).rejects.toThrow(
      'refused: 403',
    );
    const page = await SocketClient.connect(port, { Origin: `http://${LAN}:${port}` }, LAN);
    clients.push(page);
  });

  it('stops guessing: after 5 wrong codes an address is refused even the right one; another address is not', async () => {
    world = await serveHost({ lan: LAN });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const right = await codeOf(exerciseId, 'ms-a');
    const statuses: number[] = [];
    for (const wrong of ['ACD-EFH-JKM', 'ACD-EFH-JKN', 'ACD-EFH-JKP', 'ACD-EFH-JKR', 'ACD-EFH-JKT'])
      statuses.push(
        (await request('POST', JOIN_PATH, { body: JSON.stringify({ code: wrong }), from: '127.0.0.1' }))
          .status,
      );
    const locked = await request('POST', JOIN_PATH, {
      body: JSON.stringify({ code: right }),
      from: '127.0.0.1',
    });
    const elsewhere = await request('POST', JOIN_PATH, {
      body: JSON.stringify({ code: right }),
      from: '127.0.0.3',
    });
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    expect(locked.status).toBe(429);
    expect(JSON.parse(locked.body)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/too many wrong codes/),
    });
    expect(elsewhere.status).toBe(200);
  });

  it('closes a socket whose frame is over the station cap (1009), and only that one', async () => {
    world = await serveHost({ lan: LAN });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const hosted = await world.host.open(exerciseId);
    await hosted.execute({ commandId: 'startex', type: 'exercise/start', payload: {} });
    const big = await lanStation(exerciseId, 'ms-a');
    const other = await lanStation(exerciseId, 'ms-c');
    big.client.send('x'.repeat(MAX_STATION_FRAME_BYTES + 1));
    expect(await big.client.closed()).toBe(1009);
    other.client.post(other.ch, {
      kind: 'command',
      station: other.grant.stationId,
      commandId: 'after-big',
      type: 'message/send',
      payload: { to: ['ms-a'], marking: 'PUBLIC', subject: 's', body: 'b' },
    });
    expect(await other.client.next(other.ch, (body) => body.kind === 'reply')).toMatchObject({
      reply: { ok: true },
    });
  });

  it('throttles a station that floods; the others’ commands still apply', async () => {
    world = await serveHost({ lan: LAN });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const hosted = await world.host.open(exerciseId);
    await hosted.execute({ commandId: 'startex', type: 'exercise/start', payload: {} });
    const flooder = await lanStation(exerciseId, 'ms-a');
    const player = await lanStation(exerciseId, 'ms-c');
    const beat = JSON.stringify({
      op: 'post',
      ch: flooder.ch,
      body: { kind: 'heartbeat', station: flooder.grant.stationId },
    });
    for (let index = 0; index < 2_000; index += 1) flooder.client.send(beat);
    const told = await waitFor('the flooder told to slow down', () =>
      flooder.client.errors().find((error) => /too many frames/.test(error.reason)),
    );
    expect(told.field).toBe('frame');
    player.client.post(player.ch, {
      kind: 'command',
      station: player.grant.stationId,
      commandId: 'during-flood',
      type: 'message/send',
      payload: { to: ['ms-a'], marking: 'PUBLIC', subject: 's', body: 'b' },
    });
    expect(await player.client.next(player.ch, (body) => body.kind === 'reply')).toMatchObject({
      reply: { ok: true },
    });
    expect(player.client.errors()).toEqual([]);
  });

  it('holds a burst over the frame budget and reads it at the budget’s pace: every command answered, once', async () => {
    world = await serveHost({ lan: LAN });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const hosted = await world.host.open(exerciseId);
    await hosted.execute({ commandId: 'startex', type: 'exercise/start', payload: {} });
    const station = await lanStation(exerciseId, 'ms-a');
    // Twice the burst the budget takes at once (frame-budget.ts): a station back from a long outage.
    const ids = Array.from({ length: 2 * FRAME_BURST }, (_, index) => `burst-${index}`);
    for (const commandId of ids)
      station.client.post(station.ch, {
        kind: 'command',
        station: station.grant.stationId,
        commandId,
        type: 'message/send',
        payload: { to: ['ms-c'], marking: 'PUBLIC', subject: commandId, body: 'b' },
      });
    const replies = await waitFor('a reply to every command of the burst', () => {
      const answered = station.client
        .bodies(station.ch)
        .filter(
          (body): body is { kind: 'reply'; commandId: string; reply: { ok: boolean } } =>
            (body as { kind?: string }).kind === 'reply',
        );
      return answered.length >= ids.length ? answered : undefined;
    });
    expect(replies.map((body) => body.commandId)).toEqual(ids);
    expect(replies.every((body) => body.reply.ok)).toBe(true);
    // The burst went over the budget (the station was told to slow down), and nothing was dropped.
    const told = station.client.errors().map((error) => error.reason);
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((reason) => /too many frames: .* the rest wait/.test(reason))).toBe(true);
    const sent = hosted.events.filter((event) => event.type === 'message.sent');
    expect(sent.map((event) => event.commandId)).toEqual(ids);
  });

  it('drops a socket that stops answering pings', async () => {
    world = await serveHost({ lan: LAN, pingEveryMs: 50 });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const { client } = await lanStation(exerciseId, 'nac');
    // A laptop whose lid closed: the connection stays, nothing answers.
    client.ws.pong = () => undefined;
    (client.ws as unknown as { _autoPong: boolean })._autoPong = false;
    expect(await client.closed()).toBe(1006);
    await waitFor('the station gone from the console’s list', () =>
      world.server.connections.of(exerciseId).size === 0 ? true : undefined,
    );
  });
});

describe('fuzzed frames at a station socket', () => {
  it('each get a structured refusal or are taken, and the socket and the host carry on', async () => {
    world = await serveHost({ lan: LAN, framesPerSecond: 100_000 });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const station = await lanStation(exerciseId, 'ms-a');
    const ch = station.ch;
    const stationMessage = fc.oneof(
      fc.record(
        {
          kind: fc.constantFrom('hello', 'heartbeat', 'command', 'view'),
          station: fc.oneof(fc.constant(station.grant.stationId), fc.string()),
          since: fc.oneof(fc.integer(), fc.string()),
        },
        { requiredKeys: ['kind'] },
      ),
      fc.anything(),
    );
    const frame = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            op: fc.constantFrom('join', 'leave', 'post', 'nope'),
            ch: fc.oneof(fc.constant(ch), fc.string()),
            body: stationMessage,
            token: fc.string(),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
    );
    const frames = fc.sample(frame, { numRuns: 3_000, seed: 20 });
    for (const text of frames) station.client.send(text);
    // A marker last: its refusal names it, so the test knows the frames before it were read.
    station.client.send({ op: 'post', ch: 'pbsim/marker', body: {} });
    await waitFor('every frame read', () =>
      station.client.errors().some((error) => error.ch === 'pbsim/marker') ? true : undefined,
    );
    const errors = station.client.frames.filter(
      (received): received is Extract<HostFrame, { ch: null }> => received.ch === null,
    );
    for (const { error } of errors) {
      expect(typeof error.field).toBe('string');
      expect(typeof error.reason).toBe('string');
      expect(error.reason).not.toMatch(/could not handle/);
    }
    expect(station.client.closeCode).toBeNull();
    // The host still answers this station and anyone else.
    // (The fuzz may have left the channel: join it again first.)
    const mark = station.client.frames.length;
    station.client.join(ch, station.grant.token);
    station.client.post(ch, { kind: 'hello', station: station.grant.stationId, since: 0 });
    await station.client.next(ch, (body) => body.kind === 'roster', mark);
    const other = await lanStation(exerciseId, 'nac');
    expect(other.client.closeCode).toBeNull();
  });
});

describe('the room addresses', () => {
  const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
    ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;

  it('are the IPv4 addresses of the laptop’s other interfaces, a self-assigned one included, each once', () => {
    expect(
      roomAddresses({
        lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
        eth0: [entry('192.168.10.4', 'IPv4'), entry('fe80::1', 'IPv6')],
        wlan0: [entry('169.254.7.9', 'IPv4')],
        bridge: [entry('192.168.10.4', 'IPv4')],
      }),
    ).toEqual(['192.168.10.4', '169.254.7.9']);
  });

  it('say what to do when the laptop has none, and listen nowhere', async () => {
    const lan = new LanListeners({
      serving: {
        root: '.',
        routes: () => () => false,
        attachSockets: () => ({ close: async () => undefined }),
      },
      port: 0,
      chosen: null,
      findAddresses: () => [],
    });
    const status = await lan.set(true);
    expect(status.on).toBe(false);
    expect(status.urls).toEqual([]);
    expect(status.problem).toMatch(/no address on a room network: connect it to the exercise network/);
  });

  it('name an address it could not listen on, and serve the others', async () => {
    world = await serveHost({ lan: LAN });
    const root = path.join(world.folder, 'dist');
    const seen: string[] = [];
    const lan = new LanListeners({
      serving: {
        root,
        routes: () => () => false,
        attachSockets: () => ({ close: async () => undefined }),
      },
      port: world.server.port,
      // The host's own LAN listener already holds this port on 127.0.0.2; 127.0.0.3 is free.
      chosen: [LAN, '127.0.0.3'],
      log: (line) => seen.push(line),
    });
    const status = await lan.set(true);
    expect(status.urls).toEqual([`http://127.0.0.3:${world.server.port}/`]);
    expect(status.problem).toBe(`not listening on ${LAN}: the port is taken on that address`);
    expect((await lan.set(false)).on).toBe(false);
    expect(seen).toEqual([
      `LAN: stations join at http://127.0.0.3:${world.server.port}/`,
      'LAN: stopped; the host serves this laptop only',
    ]);
  });
});
