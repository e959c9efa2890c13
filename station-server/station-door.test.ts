// Station tokens at the host's socket, over real sockets (issue 20 §2, §3): what a token lets a station do,
// and every way a token can be wrong. The door is the real one, over access files in the test's folder.
import { afterEach, describe, expect, it } from 'vitest';
import { stationChannelName, type ExerciseEvent } from '../core/index';
import { MemoryHost, MINI_EXERCISE } from '../test/fixtures/memory-host';
import { serveHost, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient, waitFor } from '../test/fixtures/socket-client';
import { REVOKED_CLOSE_CODE } from './socket-session';

let world: ServedHost;
const clients: SocketClient[] = [];

async function connect(): Promise<SocketClient> {
  const client = await SocketClient.connect(world.server.port);
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await world?.dispose();
});

/** An exercise with its clock running, and a station of `role` on its channel. */
async function playing(role = 'ms-a') {
  world ??= await serveHost();
  const { exerciseId } = await world.host.create(MINI_EXERCISE);
  const hosted = await world.host.open(exerciseId);
  await hosted.execute({ commandId: 'startex', type: 'exercise/start', payload: {} });
  const grant = await world.tokenFor(exerciseId, [role]);
  const ch = stationChannelName(exerciseId, role);
  const station = await connect();
  station.join(ch, grant.token);
  await station.next(ch, (body) => body.kind === 'host-online');
  return { exerciseId, hosted, grant, ch, station };
}

const message = (commandId: string, station: string, to = ['ms-c']) => ({
  kind: 'command',
  station,
  commandId,
  type: 'message/send',
  payload: { to, marking: 'PUBLIC', subject: commandId, body: 'Port closed.' },
});

const sentBy = (events: readonly ExerciseEvent[], commandId: string) =>
  events.filter((event) => event.type === 'message.sent' && event.commandId === commandId);

describe('a station token', () => {
  it('lets its station play its role: a message it sends is recorded once, in its name', async () => {
    world = await serveHost();
    const { hosted, grant, ch, station } = await playing();
    station.post(ch, message('m-1', grant.stationId));
    expect(await station.next(ch, (body) => body.kind === 'reply')).toMatchObject({
      station: grant.stationId,
      reply: { ok: true },
    });
    const [sent] = sentBy(hosted.events, 'm-1');
    expect(sent?.actor).toMatchObject({ role: 'ms-a', station: grant.stationId });
  });

  it('is refused forged, signed for another exercise, with its roles edited, or missing', async () => {
    world = await serveHost();
    const { exerciseId, grant } = await playing();
    const other = await world.host.create(MINI_EXERCISE);
    const otherGrant = await world.tokenFor(other.exerciseId, ['ms-a']);
    const [body, signature] = grant.token.split('.') as [string, string];
    const edited = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    edited['roles'] = ['ms-a', 'nac'];
    const roleEdited = `${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${signature}`;
    const tries: [string | undefined, string][] = [
      ['not-a-token', stationChannelName(exerciseId, 'ms-a')],
      [otherGrant.token, stationChannelName(exerciseId, 'ms-a')],
      [roleEdited, stationChannelName(exerciseId, 'nac')],
      [undefined, stationChannelName(exerciseId, 'ms-a')],
    ];
    const client = await connect();
    for (const [index, [token, ch]] of tries.entries()) {
      client.join(ch, token);
      const refusal = await waitFor(`refusal ${index}`, () => client.errors()[index]);
      expect(refusal).toMatchObject({ ch, field: 'token' });
    }
    // Nothing was joined: a post on the channel is refused, and no station of the exercise is connected.
    client.post(stationChannelName(exerciseId, 'ms-a'), {
      kind: 'hello',
      station: grant.stationId,
      since: 0,
    });
    expect(await waitFor('the post refused', () => client.errors()[4])).toMatchObject({ field: 'ch' });
    expect([...world.server.connections.of(exerciseId).keys()]).toEqual([grant.stationId]);
  });

  it('is refused once expired', async () => {
    const clock = { ms: Date.UTC(2026, 11, 1, 9) };
    world = await serveHost({ now: () => clock.ms });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const grant = await world.tokenFor(exerciseId, ['ms-a']);
    clock.ms += 15 * 24 * 3_600_000;
    const client = await connect();
    client.join(stationChannelName(exerciseId, 'ms-a'), grant.token);
    expect((await client.nextError()).reason).toMatch(/expired/);
  });

  it('gives no other role, and no control: another role’s channel, station name or control command is refused', async () => {
    world = await serveHost();
    const { exerciseId, hosted, grant, ch, station } = await playing();
    station.join(stationChannelName(exerciseId, 'nac'), grant.token);
    expect(await station.nextError()).toMatchObject({
      field: 'ch',
      reason: expect.stringMatching(/ms-a, not nac/),
    });
    station.post(ch, message('m-as-other', 'st-someone-else'));
    expect(await waitFor('refusal', () => station.errors()[1])).toMatchObject({ field: 'body.station' });
    station.post(ch, {
      kind: 'command',
      station: grant.stationId,
      commandId: 'c-start',
      type: 'exercise/end',
      payload: {},
    });
    expect(await station.next(ch, (body) => body.kind === 'reply')).toMatchObject({
      commandId: 'c-start',
      reply: { ok: false, code: 'not-allowed' },
    });
    // A station message cannot carry actingAs: its shape is strict.
    station.post(ch, { ...message('m-acting', grant.stationId), actingAs: 'nac' });
    expect(await waitFor('refusal', () => station.errors()[2])).toMatchObject({ field: 'body' });
    expect(hosted.events.some((event) => event.type === 'exercise.ended')).toBe(false);
    expect(sentBy(hosted.events, 'm-as-other')).toEqual([]);
    expect(sentBy(hosted.events, 'm-acting')).toEqual([]);
  });

  it('applies a command sent again (a reconnect’s resend) once', async () => {
    world = await serveHost();
    const { hosted, grant, ch, station } = await playing();
    station.post(ch, message('m-once', grant.stationId));
    await station.next(ch, (body) => body.kind === 'reply');
    station.ws.terminate();
    const again = await connect();
    again.join(ch, grant.token);
    await again.next(ch, (body) => body.kind === 'host-online');
    again.post(ch, message('m-once', grant.stationId));
    expect(await again.next(ch, (body) => body.kind === 'reply')).toMatchObject({
      reply: { ok: true, duplicate: true },
    });
    expect(sentBy(hosted.events, 'm-once')).toHaveLength(1);
  });

  it('cut off by the controller: its sockets close at once, and it cannot join again', async () => {
    world = await serveHost();
    const { exerciseId, grant, ch, station } = await playing();
    const other = await world.tokenFor(exerciseId, ['ms-c']);
    const bystander = await connect();
    const otherCh = stationChannelName(exerciseId, 'ms-c');
    bystander.join(otherCh, other.token);
    await bystander.next(otherCh, (body) => body.kind === 'host-online');
    await world.door.revokeStation(exerciseId, grant.stationId);
    expect(await station.closed()).toBe(REVOKED_CLOSE_CODE);
    const again = await connect();
    again.join(ch, grant.token);
    expect((await again.nextError()).reason).toMatch(/revoked/);
    // The other station stays.
    expect(bystander.closeCode).toBeNull();
    expect([...world.server.connections.of(exerciseId).keys()]).toEqual([other.stationId]);
  });

  it('survives a host restart: the access file beside the journal keeps it', async () => {
    world = await serveHost();
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const grant = await world.tokenFor(exerciseId, ['nac']);
    // The fixture host keeps its journals in memory: the restarted one makes the same exercise again.
    const restarted = new MemoryHost(world.host.dataFolder, world.bus.open);
    await world.restart(restarted);
    expect((await restarted.create(MINI_EXERCISE)).exerciseId).toBe(exerciseId);
    const client = await connect();
    const ch = stationChannelName(exerciseId, 'nac');
    client.join(ch, grant.token);
    expect(await client.next(ch, () => true)).toEqual({ kind: 'host-online' });
  });
});
