// The host's socket over real sockets on 127.0.0.1 (port 0), `ws` as the client, over the fixture host.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_CHANNEL,
  MAX_FRAME_BYTES,
  MAX_STATION_FRAME_BYTES,
  stationChannelName,
  type ConsoleMessage,
  type ExerciseEvent,
} from '../core/index';
import { MemoryHost, MINI_EXERCISE } from '../test/fixtures/memory-host';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient, waitFor } from '../test/fixtures/socket-client';

let world: ServedHost;
const clients: SocketClient[] = [];

async function connect(headers: Record<string, string> = {}): Promise<SocketClient> {
  const client = await SocketClient.connect(world.server.port, headers);
  clients.push(client);
  return client;
}

/** A console socket that said hello with the right token. */
async function consoleClient(): Promise<SocketClient> {
  const client = await connect();
  client.join(CONSOLE_CHANNEL);
  client.post(CONSOLE_CHANNEL, { kind: 'hello', token: TEST_TOKEN });
  await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'welcome');
  return client;
}

beforeEach(async () => {
  world = await serveHost();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await world.dispose();
});

describe('the socket upgrade', () => {
  it("takes a page of the host's own origin, and a Node client without Origin from loopback", async () => {
    const origin = `http://127.0.0.1:${world.server.port}`;
    await expect(connect({ Origin: origin })).resolves.toBeInstanceOf(SocketClient);
    await expect(connect()).resolves.toBeInstanceOf(SocketClient);
  });

  it('refuses another origin, and a Host header that is not a loopback name (DNS rebinding)', async () => {
    await expect(connect({ Origin: 'http://evil.example' })).rejects.toThrow('refused: 403');
    await expect(connect({ Origin: `http://localhost:${world.server.port + 1}` })).rejects.toThrow(
      'refused: 403',
    );
    await expect(connect({ Host: `evil.example:${world.server.port}` })).rejects.toThrow('refused: 403');
    expect(world.lines.filter((line) => line.startsWith('socket refused'))).toHaveLength(3);
  });
});

describe('frames', () => {
  it('closes a socket whose frame is over the cap (1009), and only that one', async () => {
    const [big, other] = [await connect(), await connect()];
    big.send('x'.repeat(MAX_FRAME_BYTES + 1));
    expect(await big.closed()).toBe(1009);
    other.join(CONSOLE_CHANNEL);
    other.post(CONSOLE_CHANNEL, { kind: 'hello', token: TEST_TOKEN });
    expect(await other.next<ConsoleMessage>(CONSOLE_CHANNEL, () => true)).toMatchObject({ kind: 'welcome' });
  });

  it('answers a malformed frame with an error naming the field, and the socket keeps working', async () => {
    const client = await connect();
    client.send('not json');
    expect(await client.nextError()).toEqual({ ch: null, field: 'frame', reason: 'not JSON' });
    client.send({ op: 'jump', ch: 'x' });
    expect(await client.nextError(1)).toMatchObject({ ch: 'x', field: 'op' });
    client.send({ op: 'post', ch: 'pbsim/a/role/b', body: {}, extra: 1 });
    expect((await client.nextError(2)).reason).toMatch(/extra/);
    client.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.nextError(3)).toMatchObject({
      field: 'frame',
      reason: expect.stringMatching(/binary/),
    });
    client.join('pbsim/elsewhere');
    expect(await client.nextError(4)).toMatchObject({ ch: 'pbsim/elsewhere', field: 'ch' });
    client.join(CONSOLE_CHANNEL);
    client.post(CONSOLE_CHANNEL, { kind: 'hello', token: TEST_TOKEN });
    expect(await client.next<ConsoleMessage>(CONSOLE_CHANNEL, () => true)).toMatchObject({ kind: 'welcome' });
  });
});

describe('the console channel', () => {
  it('refuses everything before hello, and a wrong token; a refused console gets no catalogue', async () => {
    const client = await connect();
    client.join(CONSOLE_CHANNEL);
    client.post(CONSOLE_CHANNEL, { kind: 'list', requestId: 'r1' });
    expect(await client.next<ConsoleMessage>(CONSOLE_CHANNEL, () => true)).toEqual({
      kind: 'refused',
      requestId: 'r1',
      reason: 'list refused: say hello with the console token first',
    });
    client.post(CONSOLE_CHANNEL, { kind: 'hello', token: 'guessed' });
    expect(
      await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'refused', 1),
    ).toMatchObject({
      reason: expect.stringMatching(/token/),
    });
    const welcomed = await consoleClient();
    // A catalogue change is pushed to the welcomed console only.
    await world.host.create(MINI_EXERCISE);
    await welcomed.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'exercises');
    expect(client.bodies(CONSOLE_CHANNEL)).toHaveLength(2);
  });

  it('streams the log once and in order while commands run, then every batch once it is recorded', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const hosted = await world.host.open(exerciseId);
    await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
    const client = await consoleClient();
    // Commands run on the host before, during and after the console's open, one per turn of the event loop.
    let stop = false;
    let count = 0;
    const pump = (async () => {
      while (!stop) {
        await hosted.execute({
          commandId: `obs-${count}`,
          type: 'observation/record',
          payload: { text: `${count}` },
        });
        count += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await waitFor('some commands first', () => (count >= 5 ? true : undefined));
    client.post(CONSOLE_CHANNEL, { kind: 'open', exerciseId, since: 0 });
    await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'log');
    const target = count + 20;
    await waitFor('more commands after the history', () => (count >= target ? true : undefined));
    stop = true;
    await pump;
    client.post(CONSOLE_CHANNEL, {
      kind: 'command',
      exerciseId,
      commandId: 'from-console',
      type: 'observation/record',
      payload: { text: 'by the console' },
    });
    const reply = await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'reply');
    expect(reply).toMatchObject({ commandId: 'from-console', reply: { ok: true } });
    const lastSeq = hosted.events.length;
    const received = () =>
      client
        .bodies(CONSOLE_CHANNEL)
        .flatMap((body) =>
          (body as ConsoleMessage).kind === 'log' ? (body as { events: ExerciseEvent[] }).events : [],
        );
    await waitFor('every event', () => (received().length >= lastSeq ? true : undefined));
    expect(received().map((event) => event.seq)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    // The catalogue is pushed as the exercise grows; the followed exercise's messages come in this order.
    const kinds = client
      .bodies(CONSOLE_CHANNEL)
      .map((body) => (body as ConsoleMessage).kind)
      // The catalogue, the LAN's status and the stations' access travel beside the log: not in this order.
      .filter((kind) => kind !== 'exercises' && kind !== 'lan' && kind !== 'access');
    expect(kinds.slice(0, 4)).toEqual(['welcome', 'status', 'presence', 'log']);
  });
});

describe('station channels', () => {
  it('names the unknown exercise, or the role the token does not give', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const { token } = await world.tokenFor(exerciseId, ['ms-a']);
    const client = await connect();
    client.join(stationChannelName('no-such-exercise', 'nac'), token);
    expect((await client.nextError()).reason).toMatch(/no-such-exercise/);
    client.join(stationChannelName(exerciseId, 'no-such-role'), token);
    expect(await client.nextError(1)).toEqual({
      ch: stationChannelName(exerciseId, 'no-such-role'),
      field: 'ch',
      reason: "this station's token is for ms-a, not no-such-role",
    });
  });

  it('says host-online on join; hello gets the roster and view; a command gets its reply', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const { token, stationId } = await world.tokenFor(exerciseId, ['excon'], 'control');
    const ch = stationChannelName(exerciseId, 'excon');
    const station = await connect();
    station.join(ch, token);
    expect(await station.next(ch, () => true)).toEqual({ kind: 'host-online' });
    station.post(ch, { kind: 'hello', station: stationId, since: 0 });
    await station.next(ch, (body) => body.kind === 'roster');
    const view = await station.next<{ kind: string; view: { streamSeq: number } }>(
      ch,
      (body) => body.kind === 'view',
    );
    expect(view.view.streamSeq).toBeGreaterThan(0);
    station.post(ch, {
      kind: 'command',
      station: stationId,
      commandId: 'c-1',
      type: 'exercise/start',
      payload: {},
    });
    expect(await station.next(ch, (body) => body.kind === 'reply')).toMatchObject({
      station: stationId,
      commandId: 'c-1',
      reply: { ok: true },
    });
    expect(station.errors()).toEqual([]);
  });

  it('refuses a station post over the station cap, or on a channel not joined, and keeps the socket', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const { token, stationId } = await world.tokenFor(exerciseId, ['nac']);
    const ch = stationChannelName(exerciseId, 'nac');
    const station = await connect();
    station.post(ch, { kind: 'hello', station: stationId, since: 0 });
    expect(await station.nextError()).toMatchObject({
      ch,
      field: 'ch',
      reason: `join ${ch} before posting on it`,
    });
    station.join(ch, token);
    await station.next(ch, () => true);
    station.post(ch, { kind: 'heartbeat', station: stationId, pad: 'x'.repeat(MAX_STATION_FRAME_BYTES) });
    expect(await station.nextError(2)).toMatchObject({ ch, field: 'body' });
    station.post(ch, { kind: 'hello', station: stationId, since: 0 });
    await station.next(ch, (body) => body.kind === 'view');
  });

  it('a station reconnecting to a restarted host is told host-online again', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const { token } = await world.tokenFor(exerciseId, ['nac']);
    const ch = stationChannelName(exerciseId, 'nac');
    const before = await connect();
    before.join(ch, token);
    await before.next(ch, (body) => body.kind === 'host-online');
    const restarted = new MemoryHost(world.host.dataFolder, world.bus.open);
    await world.restart(restarted);
    expect(await before.closed()).toBe(1001);
    await restarted.create(MINI_EXERCISE);
    const after = await connect();
    after.join(ch, token);
    expect(await after.next(ch, () => true)).toEqual({ kind: 'host-online' });
  });
});
