import { describe, expect, it } from 'vitest';
import { stationEvent } from '../../test/fixtures/station-events';
import type { ExerciseHeading, StationEvent, StationRoster, StationView } from '../engine/index';
import type { CommandReply, TransportChannel } from '../ports/index';
import { HOST_TIMEOUT_MS, StationClient, type PendingCommand, type StationStorage } from './station-client';
import type { HostMessage } from './station-protocol';

/** A channel the test speaks on for the host: what the station posts is kept, what the host says is handed in. */
function fakeChannel() {
  const posted: unknown[] = [];
  let listener: ((message: unknown) => void) | null = null;
  let closed = false;
  const channel: TransportChannel = {
    post: (message) => void posted.push(message),
    listen(heard) {
      listener = heard;
      return () => (listener = null);
    },
    close: () => void (closed = true),
  };
  const host = (message: HostMessage | unknown) => listener?.(message);
  return { channel, posted, host, isClosed: () => closed, isListening: () => listener !== null };
}

type Stored = Awaited<ReturnType<StationStorage['load']>>;

/** The station's own storage in memory: what it loads at start, and every save it is asked for. */
function fakeStorage(stored: Stored = null) {
  const saves: Parameters<StationStorage['save']>[0][] = [];
  const rosters: StationRoster[] = [];
  const storage: StationStorage = {
    load: async () => stored,
    save: async (update) => void saves.push(update),
    saveRoster: async (roster) => void rosters.push(roster),
  };
  return { storage, saves, rosters };
}

const heading: ExerciseHeading = {
  name: 'Tabletop',
  marking: 'EXERCISE',
  scenarioId: 'mini-scenario',
  scenarioTitle: 'Mini',
  start: { date: '2019-06-03', timeZone: 'Europe/Brussels' },
  noPlay: false,
};
const event = (streamSeq: number): StationEvent => stationEvent('clock.paused', {}, { streamSeq });
const view = (events: StationEvent[], role = 'ms-c'): StationView => ({
  exerciseId: 'ex-1',
  role,
  streamSeq: events.at(-1)?.streamSeq ?? 0,
  events,
  mechanisms: [],
  openDecisions: [],
  clock: { status: 'running', scenarioMs: 0 },
  exercise: heading,
});
const roster = (role: string): StationRoster => ({
  exerciseId: 'ex-1',
  role,
  roles: [],
  recipients: [],
  markings: [],
  mechanisms: [],
});

async function station(stored: Stored = null) {
  const wire = fakeChannel();
  const kept = fakeStorage(stored);
  const clock = { now: 1_000_000 };
  let ids = 0;
  const client = new StationClient(
    'ms-c',
    'laptop-c',
    wire.channel,
    kept.storage,
    () => clock.now,
    () => String(++ids),
  );
  await client.start();
  return { client, clock, ...wire, ...kept };
}

const streamSeqs = (client: StationClient) => client.state.events.map((each) => each.streamSeq);

describe('a station opening', () => {
  it('asks for the events after the last one it kept, and resends the commands it had not had answered', async () => {
    const pending: PendingCommand[] = [
      { commandId: 'laptop-c-7', type: 'message/read', payload: { messageId: 'M-1' } },
    ];
    const { client, posted } = await station({
      events: [event(1), event(2)],
      mechanisms: [],
      openDecisions: [],
      pending,
      heading,
    });
    expect(streamSeqs(client)).toEqual([1, 2]);
    expect(client.state.heading).toEqual(heading);
    expect(client.state.roster).toBeNull();
    expect(posted).toEqual([
      { kind: 'hello', station: 'laptop-c', since: 2 },
      {
        kind: 'command',
        station: 'laptop-c',
        commandId: 'laptop-c-7',
        type: 'message/read',
        payload: { messageId: 'M-1' },
      },
    ]);
  });

  it('with nothing kept, asks for everything, and is not online until the host speaks', async () => {
    const { client, posted } = await station();
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 0 }]);
    expect(client.state.hostOnline).toBe(false);
  });
});

describe('what the host pushes', () => {
  it('is kept once per stream number, and only the new events are saved', async () => {
    const { client, host, saves } = await station();
    host({ kind: 'view', station: 'laptop-c', view: view([event(1), event(2)]) });
    host({ kind: 'view', station: null, view: view([event(2), event(3)]) });
    expect(streamSeqs(client)).toEqual([1, 2, 3]);
    expect(client.state.heading).toEqual(heading);
    await client.flushed();
    expect(saves.map((save) => save.newEvents.map((each) => each.streamSeq))).toEqual([[1, 2], [3]]);
  });

  it('after a gap is not kept: the station asks again from what it has', async () => {
    const { client, host, posted } = await station();
    host({ kind: 'view', station: null, view: view([event(1)]) });
    posted.length = 0;
    host({ kind: 'view', station: null, view: view([event(4), event(5)]) });
    expect(streamSeqs(client)).toEqual([1]);
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 1 }]);
  });

  it('for another role or another station of the role is ignored, and so is anything not from a host', async () => {
    const { client, host } = await station();
    host({ kind: 'view', station: null, view: view([event(1)], 'ms-a') });
    host({ kind: 'view', station: 'laptop-d', view: view([event(1)]) });
    host({ kind: 'hello', station: 'laptop-d', since: 0 });
    host('view');
    expect(client.state.events).toEqual([]);
    expect(client.state.hostOnline).toBe(false);
  });

  it('includes the role’s roster, kept in the station’s storage, and never another’s', async () => {
    const { client, host, rosters } = await station();
    host({ kind: 'roster', station: 'laptop-d', roster: roster('ms-c') });
    host({ kind: 'roster', station: 'laptop-c', roster: roster('ms-a') });
    expect(client.state.roster).toBeNull();
    host({ kind: 'roster', station: 'laptop-c', roster: roster('ms-c') });
    expect(client.state.roster).toEqual(roster('ms-c'));
    await client.flushed();
    expect(rosters).toEqual([roster('ms-c')]);
  });

  it('includes refusals of malformed messages for everyone or for this station', async () => {
    const { client, host } = await station();
    host({ kind: 'refused', station: 'laptop-d', reason: 'not yours' });
    expect(client.state.refusal).toBeNull();
    host({ kind: 'refused', station: null, reason: 'message refused: payload' });
    expect(client.state.refusal).toBe('message refused: payload');
  });
});

describe('commands', () => {
  it('go out under an id of the station’s own, wait as pending, and resolve with the host’s reply to this station', async () => {
    const { client, host, posted, saves } = await station();
    posted.length = 0;
    const answered = client.send('message/read', { messageId: 'M-1' });
    expect(posted).toEqual([
      {
        kind: 'command',
        station: 'laptop-c',
        commandId: 'laptop-c-1',
        type: 'message/read',
        payload: { messageId: 'M-1' },
      },
    ]);
    expect(client.state.pending.map((command) => command.commandId)).toEqual(['laptop-c-1']);
    const reply: CommandReply = { ok: true, commandId: 'laptop-c-1', seqs: [9] };
    host({ kind: 'reply', station: 'laptop-d', commandId: 'laptop-c-1', reply: { ...reply, seqs: [1] } });
    expect(client.state.pending).toHaveLength(1);
    host({ kind: 'reply', station: 'laptop-c', commandId: 'laptop-c-1', reply });
    expect(await answered).toEqual(reply);
    expect(client.state.pending).toEqual([]);
    await client.flushed();
    // Saved with the command pending, then without it: a station closed in between resends it.
    expect(saves.map((save) => save.pending.length)).toEqual([1, 0]);
  });
});

describe('a (re)connected host', () => {
  it('is told what the station holds and sent every unanswered command again, once per host-online', async () => {
    const { client, host, posted } = await station();
    host({ kind: 'view', station: null, view: view([event(1), event(2)]) });
    void client.send('message/read', { messageId: 'M-1' });
    posted.length = 0;
    host({ kind: 'host-online' });
    expect(posted).toEqual([
      { kind: 'hello', station: 'laptop-c', since: 2 },
      {
        kind: 'command',
        station: 'laptop-c',
        commandId: 'laptop-c-1',
        type: 'message/read',
        payload: { messageId: 'M-1' },
      },
    ]);
  });
});

describe('the host’s presence', () => {
  it('is online while the host was heard within the timeout, and offline after it or when told so', async () => {
    const { client, clock, host, posted } = await station();
    host({ kind: 'clock', clock: { status: 'running', speed: 1, scenarioMs: 5, wallMs: clock.now } });
    expect(client.state).toMatchObject({ hostOnline: true, clock: { scenarioMs: 5 } });
    clock.now += HOST_TIMEOUT_MS;
    client.heartbeat();
    expect(client.state.hostOnline).toBe(true);
    clock.now += 1;
    client.heartbeat();
    expect(client.state.hostOnline).toBe(false);
    expect(posted.at(-1)).toEqual({ kind: 'heartbeat', station: 'laptop-c', since: 0 });
    host({ kind: 'clock', clock: { status: 'paused', speed: 1, scenarioMs: 5, wallMs: clock.now } });
    host({ kind: 'host-offline' });
    expect(client.state.hostOnline).toBe(false);
  });
});

describe('the station’s life', () => {
  it('tells its subscribers of every change until they leave, and stops listening and closes its channel', async () => {
    const { client, host, isClosed, isListening } = await station();
    const seen: number[] = [];
    const leave = client.subscribe((state) => seen.push(state.events.length));
    host({ kind: 'view', station: null, view: view([event(1)]) });
    leave();
    host({ kind: 'view', station: null, view: view([event(2)]) });
    expect(seen).toEqual([1]);
    client.stop();
    expect(isListening()).toBe(false);
    expect(isClosed()).toBe(true);
  });
});
