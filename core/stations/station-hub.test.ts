import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { stationChannelName } from '../ports/index';
import {
  stationRoster,
  type StationEvent,
  type StationRoster,
  type StationViewUpdate,
} from '../engine/index';
import { inProcessTransport } from './in-process-transport';
import { StationClient, type StationStorage } from './station-client';
import { StationHub } from './station-hub';
import type { HostMessage } from './station-protocol';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A station's own storage, in memory: what a reopened station finds. */
function memoryStorage(): StationStorage & { events: StationEvent[] } {
  const kept: {
    events: StationEvent[];
    rest: Omit<Parameters<StationStorage['save']>[0], 'newEvents'> | null;
    roster: StationRoster | null;
  } = {
    events: [],
    rest: null,
    roster: null,
  };
  return {
    events: kept.events,
    async load() {
      if (!kept.rest) return null;
      const { mechanisms, openDecisions, pending, heading } = kept.rest;
      return {
        events: [...kept.events],
        mechanisms: [...mechanisms],
        openDecisions: [...openDecisions],
        pending: [...pending],
        heading,
        roster: kept.roster,
      };
    },
    async save({ newEvents, ...rest }) {
      kept.events.push(...newEvents);
      kept.rest = { ...rest };
    },
    async saveRoster(roster) {
      kept.roster = roster;
    },
    async clear() {
      kept.events.length = 0;
      kept.rest = null;
      kept.roster = null;
    },
  };
}

async function setUp() {
  const harness = await Harness.create();
  const open = inProcessTransport();
  const hub = new StationHub(harness.engine, open, () => harness.wallMs);
  hub.start(['ms-a', 'ms-c', 'nac']);
  let ids = 0;
  const station = (role: string, name: string, storage = memoryStorage()) => {
    const client = new StationClient(
      role,
      name,
      open(stationChannelName('mini-1', role)),
      storage,
      () => harness.wallMs,
      () => String(++ids),
    );
    return { client, storage };
  };
  return { harness, open, hub, station };
}

const injectIds = (events: readonly StationEvent[]) =>
  events.filter((event) => event.type === 'inject.delivered').map((event) => event.payload.injectId);

describe('stations over a transport', () => {
  it('gives each station only what its role may see, in its own stream', async () => {
    const { harness, station } = await setUp();
    const a = station('ms-a', 'laptop-a');
    const c = station('ms-c', 'laptop-c');
    await a.client.start();
    await c.client.start();
    await harness.startAtMaxSpeed();
    await harness.jumpTo(8 * 3_600_000);
    await settle();
    expect(injectIds(a.client.state.events)).toContain('INJ-1');
    expect(injectIds(c.client.state.events)).toContain('INJ-1');
    // INJ-2 is EU-ONLY to ms-a alone: the contingency reaches ms-a and never ms-c.
    expect(injectIds(a.client.state.events)).toContain('INJ-2');
    expect(injectIds(c.client.state.events)).not.toContain('INJ-2');
    for (const client of [a.client, c.client])
      expect(client.state.events.map((event) => event.streamSeq)).toEqual(
        client.state.events.map((_, index) => index + 1),
      );
  });

  it('executes a station command as the role of its channel, answers it, and records who acted', async () => {
    const { harness, hub, station } = await setUp();
    const a = station('ms-a', 'laptop-a');
    await a.client.start();
    await harness.startAtMaxSpeed();
    await settle();
    expect(a.client.state.openDecisions.map((decision) => decision.event)).toContain('CONSULT');
    const reply = await a.client.send('decision/take', { machine: 'crisis', event: 'CONSULT' });
    expect(reply).toMatchObject({ ok: true });
    const taken = harness.eventsOf('decision.taken').at(-1);
    expect(taken?.actor).toMatchObject({ role: 'ms-a', station: 'laptop-a' });
    expect(hub.presence()).toEqual([
      expect.objectContaining({
        role: 'ms-a',
        station: 'laptop-a',
        connected: true,
        lastActedWallMs: harness.wallMs,
      }),
    ]);
    await settle();
    expect(a.client.state.pending).toEqual([]);
  });

  it('catches a station up through its heartbeat after the host restarts (a controller tab reload)', async () => {
    const { harness, open, hub, station } = await setUp();
    const a = station('ms-a', 'laptop-a');
    await a.client.start();
    await harness.startAtMaxSpeed();
    await settle();
    const before = a.client.state.events.length;
    hub.stop();
    const restarted = new StationHub(harness.engine, open, () => harness.wallMs);
    restarted.start(['ms-a']);
    // Events logged before any station has spoken to the new host are not pushed to anyone…
    await harness.jumpTo(8 * 3_600_000);
    await settle();
    expect(a.client.state.events.length).toBe(before);
    // …until the station's next heartbeat says how far it got.
    a.client.heartbeat();
    await settle();
    expect(injectIds(a.client.state.events)).toContain('INJ-2');
    expect(a.client.state.events.map((event) => event.streamSeq)).toEqual(
      a.client.state.events.map((_, index) => index + 1),
    );
  });

  it('sends a station its roster before its first view, again on every hello, and after a host restart', async () => {
    const { harness, open, hub, station } = await setUp();
    const rosters: unknown[] = [];
    const order: string[] = [];
    open(stationChannelName('mini-1', 'nac')).listen((message) => {
      const { kind } = message as { kind: string };
      if (kind === 'roster' || kind === 'view') order.push(kind);
      if (kind === 'roster') rosters.push((message as { roster: unknown }).roster);
    });
    const storage = memoryStorage();
    const nac = station('nac', 'laptop-n', storage);
    await nac.client.start();
    await settle();
    const expected = stationRoster(harness.engine.content, harness.engine.state, 'nac');
    expect(nac.client.state.roster).toEqual(expected);
    expect(order.slice(0, 2)).toEqual(['roster', 'view']);
    // The NATO role's roster names no EU-only mechanism.
    expect(expected.mechanisms).toEqual([]);

    // The station reloads (a new client on the same storage): its hello gets the roster again.
    nac.client.stop();
    const reloaded = station('nac', 'laptop-n', storage);
    await reloaded.client.start();
    expect(reloaded.client.state.roster).toEqual(expected);
    await settle();
    expect(rosters).toHaveLength(2);

    // The host restarts: the station only beats, and the new host, which never heard it, sends the roster;
    // the station, hearing the host again after it said it went, says hello (catch up, resend): once more.
    hub.stop();
    const restarted = new StationHub(harness.engine, open, () => harness.wallMs);
    restarted.start(['nac']);
    reloaded.client.heartbeat();
    await settle();
    expect(rosters).toHaveLength(4);
    reloaded.client.heartbeat();
    await settle();
    expect(rosters).toHaveLength(4);
  });

  it('keeps the roster in the station’s storage, so a station opened without its host still has it', async () => {
    const { harness, hub, station } = await setUp();
    const storage = memoryStorage();
    const first = station('ms-c', 'laptop-c', storage);
    await first.client.start();
    await settle();
    await first.client.flushed();
    first.client.stop();
    hub.stop();
    const offline = station('ms-c', 'laptop-c', storage);
    await offline.client.start();
    expect(offline.client.state.hostOnline).toBe(false);
    expect(offline.client.state.roster).toEqual(
      stationRoster(harness.engine.content, harness.engine.state, 'ms-c'),
    );
  });

  it('refuses a malformed message to the station that sent it, naming the role and the field, and appends nothing', async () => {
    const { harness, open } = await setUp();
    const rogue = open(stationChannelName('mini-1', 'ms-c'));
    const heard: unknown[] = [];
    rogue.listen((message) => heard.push(message));
    const before = harness.engine.events.length;
    rogue.post({
      kind: 'command',
      station: 'x',
      commandId: 'c1',
      type: 'decision/take',
      payload: 'not an object',
    });
    // A message that names no station: the refusal is addressed to nobody in particular.
    rogue.post({ kind: 'wave' });
    await settle();
    expect(heard).toEqual([
      {
        kind: 'refused',
        station: 'x',
        reason: expect.stringMatching(/^message from a station of role ms-c refused: payload: /),
      },
      {
        kind: 'refused',
        station: null,
        reason: expect.stringMatching(/^message from a station of role ms-c refused: kind: /),
      },
    ]);
    expect(harness.engine.events.length).toBe(before);
  });

  it('answers station commands through the host’s gate when it has one, which may refuse them itself', async () => {
    const harness = await Harness.create();
    const open = inProcessTransport();
    const gated: string[] = [];
    const hub = new StationHub(
      harness.engine,
      open,
      () => harness.wallMs,
      async (command) => {
        gated.push(`${command.issuedBy.role}/${command.issuedBy.station}: ${command.type}`);
        return {
          ok: false,
          commandId: command.commandId,
          code: 'not-allowed',
          reason: 'journal.jsonl line 3: damaged',
        };
      },
    );
    hub.start(['ms-a']);
    const channel = open(stationChannelName('mini-1', 'ms-a'));
    const heard: unknown[] = [];
    channel.listen((message) => heard.push(message));
    const before = harness.engine.events.length;
    channel.post({
      kind: 'command',
      station: 'laptop-a',
      commandId: 'c1',
      type: 'decision/take',
      payload: {},
    });
    await settle();
    expect(gated).toEqual(['ms-a/laptop-a: decision/take']);
    expect(heard).toContainEqual({
      kind: 'reply',
      station: 'laptop-a',
      commandId: 'c1',
      reply: { ok: false, commandId: 'c1', code: 'not-allowed', reason: 'journal.jsonl line 3: damaged' },
    });
    expect(harness.engine.events.length).toBe(before);
  });

  it('gives a reopened station its full history once, and applies a command resent after a reconnect once', async () => {
    const { harness, station } = await setUp();
    const storage = memoryStorage();
    const first = station('ms-a', 'laptop-a', storage);
    await first.client.start();
    await harness.startAtMaxSpeed();
    await harness.jumpTo(3_600_000);
    await settle();
    await first.client.flushed();
    const seen = first.client.state.events.length;
    expect(seen).toBeGreaterThan(0);
    // The station closes with a command in flight: the reply never reaches it.
    void first.client.send('decision/take', { machine: 'crisis', event: 'CONSULT' });
    first.client.stop();
    await settle();
    await harness.jumpTo(7 * 3_600_000);

    const second = station('ms-a', 'laptop-a', storage);
    await second.client.start();
    await settle();
    await second.client.flushed();
    const streamSeqs = second.client.state.events.map((event) => event.streamSeq);
    expect(streamSeqs).toEqual(streamSeqs.map((_, index) => index + 1));
    expect(streamSeqs.length).toBeGreaterThan(seen);
    expect(
      harness.eventsOf('decision.taken').filter((event) => event.payload.event === 'CONSULT'),
    ).toHaveLength(1);
    expect(second.client.state.pending).toEqual([]);
  });
});

describe('pushes', () => {
  /** Every push (a view addressed to no one station) on a role's channel, in order. */
  function pushesTo(open: ReturnType<typeof inProcessTransport>, role: string) {
    const views: StationViewUpdate[] = [];
    open(stationChannelName('mini-1', role)).listen((message) => {
      const host = message as HostMessage;
      if (host.kind === 'view' && host.station === null) views.push(host.view);
    });
    return views;
  }

  it('carry what changed for the role: nothing to a role a message passes by, a machine’s states only when they moved', async () => {
    const { harness, open, station } = await setUp();
    const [a, c, n] = [station('ms-a', 'laptop-a'), station('ms-c', 'laptop-c'), station('nac', 'laptop-n')];
    const [toA, toC, toN] = [pushesTo(open, 'ms-a'), pushesTo(open, 'ms-c'), pushesTo(open, 'nac')];
    for (const { client } of [a, c, n]) await client.start();
    await settle();
    await harness.startAtMaxSpeed();
    await settle();
    // Every role is pushed the start, the first push with its mechanisms, open decisions and words.
    for (const pushes of [toA, toC, toN]) expect(pushes[0]).toHaveProperty('words');
    const heard = { a: toA.length, c: toC.length, n: toN.length };

    await a.client.send('message/send', { to: ['ms-c'], marking: 'PUBLIC', subject: 's', body: 'b' });
    await settle();
    // The recipient gets its delivery alone; the NATO role, which the message passes by, gets nothing.
    expect(toC.length).toBe(heard.c + 1);
    expect(toC.at(-1)?.events.map((event) => event.type)).toEqual(['message.delivered']);
    expect(toC.at(-1)).not.toHaveProperty('mechanisms');
    expect(toN.length).toBe(heard.n);

    // A flag set in the machine's context moves no state: the decision's events, nothing of the machine.
    expect(await a.client.send('decision/take', { machine: 'crisis', event: 'CONSULT' })).toMatchObject({
      ok: true,
    });
    await settle();
    expect(toA.at(-1)?.events.map((event) => event.type)).toContain('decision.taken');
    expect(toA.at(-1)).not.toHaveProperty('openDecisions');

    // A rapid alert moves the EU-only machine to sharing: both EU roles get its states, no new words (the
    // same machine is shown); the NATO role, which sees neither the machine nor the decision, nothing.
    expect(await a.client.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' })).toMatchObject({
      ok: true,
    });
    await settle();
    for (const pushes of [toA, toC]) {
      expect(pushes.at(-1)?.mechanisms?.find((view) => view.machine === 'crisis')?.states).toContain(
        'sharing',
      );
      expect(pushes.at(-1)).not.toHaveProperty('words');
    }
    expect(toN.length).toBe(heard.n);
    // What each station holds is what a full view worked out afresh gives.
    for (const [role, client] of [
      ['ms-a', a.client],
      ['ms-c', c.client],
      ['nac', n.client],
    ] as const) {
      const full = harness.engine.stationView(role, 0);
      expect(client.state.mechanisms).toEqual(full.mechanisms);
      expect(client.state.openDecisions).toEqual(full.openDecisions);
      expect(client.state.words).toEqual(full.words);
      expect(client.state.events).toEqual(full.events);
    }
  });
});
