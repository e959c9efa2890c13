import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { stationEvent } from '../../test/fixtures/station-events';
import type { ExerciseHeading, StationEvent, StationRoster, StationView } from '../engine/index';
import { isEvent } from '../events/index';
import { stationChannelName, type CommandReply, type TransportChannel } from '../ports/index';
import { inProcessTransport } from './in-process-transport';
import { STATION_PAGE_EVENTS, StationHub } from './station-hub';
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
    clear: async () => void (cleared += 1),
  };
  let cleared = 0;
  return { storage, saves, rosters, timesCleared: () => cleared };
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
/** A host's view; its stream ends at the last event sent unless said otherwise (a hello answered with nothing). */
const view = (
  events: StationEvent[],
  role = 'ms-c',
  streamSeq = events.at(-1)?.streamSeq ?? 0,
): StationView => ({
  exerciseId: 'ex-1',
  role,
  streamSeq,
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
  it('asks for the events after the last one it kept, and resends the commands it had not had answered once the host answered', async () => {
    const pending: PendingCommand[] = [
      { commandId: 'laptop-c-7', type: 'message/read', payload: { messageId: 'M-1' } },
    ];
    const { client, posted, host } = await station({
      events: [event(1), event(2)],
      mechanisms: [],
      openDecisions: [],
      pending,
      heading,
    });
    expect(streamSeqs(client)).toEqual([1, 2]);
    expect(client.state.heading).toEqual(heading);
    expect(client.state.roster).toBeNull();
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 2 }]);
    // The host's answer may say its stream ends before the copy: only then are the commands worth sending.
    host({ kind: 'view', station: 'laptop-c', view: view([event(3)]) });
    expect(posted.slice(1)).toEqual([
      {
        kind: 'command',
        station: 'laptop-c',
        commandId: 'laptop-c-7',
        type: 'message/read',
        payload: { messageId: 'M-1' },
      },
    ]);
    expect(client.state.copy).toEqual({ kind: 'updated', received: 1 });
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
    host({ kind: 'view', station: 'laptop-c', view: view([]) });
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
    expect(saves.map((save) => save.pending.length)).toEqual([0, 1, 0]);
  });
});

describe('a (re)connected host', () => {
  it('is told what the station holds and sent every unanswered command again, once per host-online', async () => {
    const { client, host, posted } = await station();
    host({ kind: 'view', station: null, view: view([event(1), event(2)]) });
    void client.send('message/read', { messageId: 'M-1' });
    posted.length = 0;
    host({ kind: 'host-online' });
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 2 }]);
    host({ kind: 'view', station: 'laptop-c', view: view([], 'ms-c', 2) });
    expect(posted.slice(1)).toEqual([
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

describe('a network that stalls without closing the socket', () => {
  it('says hello again when the host is heard after a silence, and resends what was sent in it, once each', async () => {
    const { client, clock, host, posted } = await station();
    host({ kind: 'clock', clock: { status: 'running', speed: 1, scenarioMs: 5, wallMs: clock.now } });
    host({ kind: 'view', station: 'laptop-c', view: view([event(1)]) });
    clock.now += HOST_TIMEOUT_MS + 1;
    client.heartbeat();
    expect(client.state.hostOnline).toBe(false);
    // Taken in the silence: posted (the socket is open), maybe lost on the way, kept in the queue.
    void client.send('message/read', { messageId: 'M-1' });
    const command = {
      kind: 'command',
      station: 'laptop-c',
      commandId: 'laptop-c-1',
      type: 'message/read',
      payload: { messageId: 'M-1' },
    };
    expect(posted.at(-1)).toEqual(command);
    posted.length = 0;
    // The network is back: the next word from the host brings a hello, and its answer the command again.
    host({ kind: 'clock', clock: { status: 'running', speed: 1, scenarioMs: 9, wallMs: clock.now } });
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 1 }]);
    expect(client.state.hostOnline).toBe(true);
    host({ kind: 'view', station: 'laptop-c', view: view([event(2)]) });
    expect(posted.slice(1)).toEqual([command]);
    // Heard while online: no further hello.
    host({ kind: 'clock', clock: { status: 'running', speed: 1, scenarioMs: 10, wallMs: clock.now } });
    expect(posted).toHaveLength(2);
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

// Against a real engine and its hub over the in-process transport: the oracle is the engine's own stream for
// the role (`stationView(role)`), never what the client says it holds.
describe('a station’s copy against a real host', () => {
  const ROLE = 'ms-a';
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** A station storage in memory that keeps what it is given, as the station's database does. */
  function keptStorage() {
    let kept: NonNullable<Stored> | null = null;
    const storage: StationStorage = {
      load: async () => (kept ? structuredClone(kept) : null),
      async save({ newEvents, mechanisms, openDecisions, pending, heading }) {
        kept = {
          ...kept,
          events: [...(kept?.events ?? []), ...newEvents],
          mechanisms: [...mechanisms],
          openDecisions: [...openDecisions],
          pending: [...pending],
          heading,
        };
      },
      async saveRoster(roster) {
        kept = { events: [], mechanisms: [], openDecisions: [], pending: [], ...kept, roster };
      },
      async clear() {
        kept = null;
      },
    };
    return { storage, held: () => kept };
  }

  async function hostAt(hours: number) {
    const harness = await Harness.create();
    const open = inProcessTransport();
    const hub = new StationHub(harness.engine, open, () => harness.wallMs);
    hub.start([ROLE]);
    await harness.startAtMaxSpeed();
    await harness.jumpTo(hours * 3_600_000);
    return { harness, open, hub, oracle: () => harness.engine.stationView(ROLE).events };
  }

  async function stationOn(host: Awaited<ReturnType<typeof hostAt>>, kept = keptStorage()) {
    let ids = 0;
    const client = new StationClient(
      ROLE,
      'laptop-a',
      host.open(stationChannelName('mini-1', ROLE)),
      kept.storage,
      () => host.harness.wallMs,
      () => String(++ids),
    );
    await client.start();
    await settle();
    await client.flushed();
    return { client, kept };
  }

  it('rebuilds an empty or wiped copy from the host and says how many items came', async () => {
    const host = await hostAt(8);
    const { client } = await stationOn(host);
    expect(host.oracle().length).toBeGreaterThan(2);
    expect(client.state.events).toEqual(host.oracle());
    expect(client.state.copy).toEqual({ kind: 'rebuilt', received: host.oracle().length });
  });

  it('gets a long history in pages it asks for one after the other, none over the page size', async () => {
    const host = await hostAt(1);
    // Ad-hoc injects to the role until its stream holds more than two pages.
    const adhoc = { text: 'x', from: 'press', to: [ROLE], channel: 'phone', marking: 'PUBLIC' };
    for (let index = 0; host.oracle().length <= 2 * STATION_PAGE_EVENTS + 20; index += 1)
      expect(
        await host.harness.send('inject/send-adhoc', { ...adhoc, title: `Call ${index}` }),
      ).toMatchObject({
        ok: true,
      });
    const total = host.oracle().length;
    const sizes: number[] = [];
    const channel = stationChannelName('mini-1', ROLE);
    const watch = host.open(channel);
    watch.listen((raw) => {
      const message = raw as HostMessage;
      if (message.kind === 'view' && message.station === 'laptop-a') sizes.push(message.view.events.length);
    });
    const { client } = await stationOn(host);
    expect(client.state.events).toEqual(host.oracle());
    // Three pages: two full ones and the rest; reported as one rebuild of everything.
    expect(sizes).toEqual([STATION_PAGE_EVENTS, STATION_PAGE_EVENTS, total - 2 * STATION_PAGE_EVENTS]);
    expect(client.state.copy).toEqual({ kind: 'rebuilt', received: total });
  });

  it('brings a copy that holds part of the stream up to date with what it lacked', async () => {
    const host = await hostAt(8);
    const held = host.oracle().slice(0, 2);
    const kept = keptStorage();
    await kept.storage.save({
      newEvents: held,
      mechanisms: [],
      openDecisions: [],
      pending: [],
      heading: null,
    });
    const { client } = await stationOn(host, kept);
    expect(client.state.events).toEqual(host.oracle());
    expect(client.state.copy).toEqual({ kind: 'updated', received: host.oracle().length - 2 });
  });

  it('never merges into a copy ahead of the host, holds its commands, and replaces it only when asked', async () => {
    // The station kept a longer stream than the host now has: the host's journal came from an older backup.
    const later = await hostAt(8);
    const kept = keptStorage();
    await kept.storage.save({
      newEvents: later.oracle(),
      mechanisms: [],
      openDecisions: [],
      pending: [
        {
          commandId: 'laptop-a-old',
          type: 'message/send',
          payload: {
            to: ['ms-c'],
            marking: 'EU-ONLY',
            subject: 'Unsent',
            body: 'Written offline.',
            injectRefs: [],
          },
        },
      ],
      heading: null,
    });
    const host = await hostAt(0);
    const hostLast = host.oracle().length;
    const held = later.oracle().length;
    expect(hostLast).toBeLessThan(held);
    const { client } = await stationOn(host, kept);
    expect(client.state.copy).toEqual({ kind: 'ahead', held, hostLast });
    expect(client.state.events).toEqual(later.oracle());
    // The host goes on past the copy: still nothing of it is merged, and nothing is sent.
    await host.harness.jumpTo(12 * 3_600_000);
    await settle();
    expect(host.oracle().length).toBeGreaterThan(held);
    expect(client.state.events).toEqual(later.oracle());
    expect(host.harness.engine.commandSeqs('laptop-a-old')).toBeUndefined();
    const refused = await client.send('message/read', { messageId: 'M-1' });
    expect(refused).toMatchObject({ ok: false, code: 'not-now' });
    expect(client.state.pending.map((command) => command.commandId)).toEqual(['laptop-a-old']);

    const hostHeld = host.oracle().length;
    await client.replaceWithHost();
    await settle();
    await client.flushed();
    expect(client.state.events).toEqual(host.oracle());
    expect(client.state.copy).toEqual({ kind: 'rebuilt', received: hostHeld });
    expect(kept.held()?.events).toEqual(host.oracle());
    // The participant's unanswered command went to the host once the copy was the host's (and was answered).
    expect(host.harness.engine.commandSeqs('laptop-a-old')).toBeDefined();
    expect(client.state.pending).toEqual([]);
  });

  it('queues what is sent while the host is unreachable, and applies it and a command sent before the drop once', async () => {
    const host = await hostAt(1);
    const { client } = await stationOn(host);
    const channel = stationChannelName('mini-1', ROLE);
    const message = (subject: string) => ({
      to: ['ms-c'],
      marking: 'EU-ONLY',
      subject,
      body: 'Cordon holds.',
      injectRefs: [],
    });
    // The host goes as the command leaves: the command is never read, and the station hears the host is gone.
    const inFlight = client.send('message/send', message('Sent as the host went'));
    host.hub.stop();
    await settle();
    expect(client.state.hostOnline).toBe(false);
    expect(client.state.pending).toHaveLength(1);
    // Written while the host is away: it waits in the queue, kept with the copy, unanswered for now.
    let answered = false;
    const whileDown = client.send('message/send', message('Written while the host was away'));
    void whileDown.then(() => (answered = true));
    await settle();
    await client.flushed();
    expect(client.state.pending.map((command) => command.type)).toEqual(['message/send', 'message/send']);
    expect(answered).toBe(false);
    expect(host.harness.engine.events.filter((each) => each.type === 'message.sent')).toEqual([]);

    // The host is back (a restarted host's hub) and the socket layer says so, twice: each command applied once.
    const again = new StationHub(host.harness.engine, host.open, () => host.harness.wallMs);
    again.start([ROLE]);
    const socketLayer = host.open(channel);
    socketLayer.post({ kind: 'host-online' } satisfies HostMessage);
    socketLayer.post({ kind: 'host-online' } satisfies HostMessage);
    expect(await inFlight).toMatchObject({ ok: true });
    expect(await whileDown).toMatchObject({ ok: true });
    await settle();
    const sent = host.harness.engine.events.filter((each) => isEvent(each, 'message.sent'));
    expect(sent.map((each) => each.payload.subject)).toEqual([
      'Sent as the host went',
      'Written while the host was away',
    ]);
    expect(client.state.pending).toEqual([]);
    expect(client.state.events).toEqual(host.oracle());
  });

  it('after ENDEX refuses what the engine would refuse of a player, without queueing it', async () => {
    const host = await hostAt(1);
    const { client } = await stationOn(host);
    await host.harness.send('exercise/end');
    await settle();
    const refused = await client.send('message/read', { messageId: 'M-1' });
    expect(refused).toMatchObject({ ok: false, code: 'not-now', reason: 'the exercise has ended (ENDEX)' });
    expect(client.state.pending).toEqual([]);
    expect(client.state.events).toEqual(host.oracle());
  });
});

describe('a channel the host refused', () => {
  it('locks the station with the host’s reason, drops the echoes, beats no more, and clears when the host accepts', async () => {
    const { client, host, posted } = await station();
    client.channelRefused('exercise ex-1: not in the data folder');
    host({ kind: 'refused', station: null, reason: 'join pbsim/ex-1/role/ms-c before posting on it' });
    expect(client.state).toMatchObject({ unhosted: 'exercise ex-1: not in the data folder', refusal: null });
    posted.length = 0;
    client.heartbeat();
    expect(posted).toEqual([]);
    expect(await client.send('message/read', { messageId: 'M-1' })).toMatchObject({ ok: false });
    host({ kind: 'host-online' });
    expect(client.state.unhosted).toBeNull();
    expect(posted).toEqual([{ kind: 'hello', station: 'laptop-c', since: 0 }]);
  });
});
