import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { LiveAgents } from '../agents/index';
import type { EventStore } from '../ports/index';
import { stationChannelName } from '../ports/index';
import { MemoryEventStore } from '../stores/index';
import { inProcessTransport, StationHub } from '../stations/index';
import { LiveLoop } from './live-loop';
import { ManualTicker } from './ticker';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const INVOKE = { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } };

/** The mini exercise with a live loop on a hand-driven clock and ticker, and the failures it reported. */
async function setUp(options: { store?: EventStore; hub?: boolean; autoPlay?: boolean } = {}) {
  const harness = await Harness.create(undefined, options.store);
  const clock = { now: WALL_START };
  const ticker = new ManualTicker();
  const errors: unknown[] = [];
  const open = inProcessTransport();
  const hub = options.hub ? new StationHub(harness.engine, open, () => clock.now) : null;
  let jumps = 0;
  const loop = new LiveLoop({
    engine: harness.engine,
    now: () => clock.now,
    ticker: ticker.start,
    hub,
    ...(options.autoPlay ? { players: new LiveAgents(harness.engine, 1) } : {}),
    control: { issuedBy: { role: 'excon', station: 'console' }, newCommandId: () => `jump-${++jumps}` },
    onError: (error) => errors.push(error),
  });
  loop.start();
  /** A command stamped with the hand clock's time (the harness adds its one second). */
  const command = (type: string, payload: Record<string, unknown> = {}, role = 'excon') => {
    harness.wallMs = clock.now - 1000;
    return harness.send(type, payload, role);
  };
  return { harness, clock, ticker, loop, errors, open, command };
}

describe('the live loop', () => {
  it('fires what has fallen due on a pulse, stamped with the time it was due', async () => {
    const { harness, clock, ticker, command } = await setUp();
    await command('exercise/start');
    // EA-1 must be met within 6 h of INJ-1 (released at T+0); at speed 1, 7 wall hours take it past.
    clock.now += 7 * HOUR;
    await ticker.pulse();
    expect(harness.eventsOf('expected-action.missed')).toEqual([
      expect.objectContaining({
        scenarioMs: 6 * HOUR,
        wallMs: clock.now,
        payload: expect.objectContaining({ actionId: 'EA-1' }),
      }),
    ]);
    expect(harness.eventsOf('inject.released').map((event) => event.payload.injectId)).toEqual([
      'INJ-1',
      'INJ-2',
    ]);
  });

  it('fires an inject due at once at maximum speed on the next pulse, without moving the clock', async () => {
    const { harness, clock, ticker, command } = await setUp();
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    // INJ-4 waits for this decision, with no delay: due at the decision's own scenario time.
    await command('decision/take', INVOKE, 'ms-a');
    const decidedAt = harness.engine.state.lastScenarioMs;
    clock.now += 5_000;
    await ticker.pulse();
    const released = harness.eventsOf('inject.released').find((event) => event.payload.injectId === 'INJ-4');
    expect(released).toMatchObject({ scenarioMs: decidedAt, wallMs: clock.now, commandId: null });
  });

  it('at maximum speed jumps on each pulse to the next deadline, as control', async () => {
    const { harness, ticker, command } = await setUp();
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    await ticker.pulse();
    // The next deadline after INJ-1 at T+0 is the end of EA-1's 6 h window, then EA-2's 12 h window.
    expect(harness.eventsOf('clock.jumped').map((event) => [event.payload.toMs, event.commandId])).toEqual([
      [6 * HOUR, 'jump-1'],
    ]);
    await ticker.pulse();
    expect(harness.eventsOf('clock.jumped').at(-1)).toMatchObject({
      payload: { toMs: 12 * HOUR },
      actor: { role: 'excon', station: 'console' },
    });
  });

  it('lets an automated role act, and stops a clock at maximum speed where it wakes', async () => {
    const { harness, ticker, command } = await setUp({ autoPlay: true });
    await command('role/auto-play', { role: 'ms-a', policy: 'doctrine' });
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    for (let pulse = 0; pulse < 6 && harness.eventsOf('expected-action.met').length === 0; pulse++)
      await ticker.pulse();
    const decision = harness
      .eventsOf('decision.taken')
      .find((event) => event.payload.event === 'RAPID_ALERT');
    // Doctrine acts inside the 6 h window; the clock went exactly to that moment, not past it.
    expect(decision).toMatchObject({ actor: { actingAs: 'ms-a' } });
    expect(decision!.scenarioMs).toBeLessThan(6 * HOUR);
    const jumpBefore = harness.eventsOf('clock.jumped').findLast((event) => event.seq < decision!.seq);
    expect(jumpBefore?.payload.toMs).toBe(decision!.scenarioMs);
    expect(harness.eventsOf('expected-action.met').map((event) => event.payload.actionId)).toContain('EA-1');
  });

  it('does nothing on a pulse that comes while one is still running', async () => {
    const { harness, loop, command } = await setUp();
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    await Promise.all([loop.pulse(), loop.pulse(), loop.catchUp()]);
    expect(harness.eventsOf('clock.jumped')).toHaveLength(1);
    await loop.pulse();
    expect(harness.eventsOf('clock.jumped')).toHaveLength(2);
  });

  it('tells the stations the clock once a second, once the whole log is in', async () => {
    const { clock, ticker, open, command } = await setUp({ hub: true });
    await command('exercise/start');
    await settle();
    // The scenario times told: at speed 1 from STARTEX, the wall milliseconds since.
    const clocks: number[] = [];
    open(stationChannelName('mini-1', 'ms-a')).listen((message) => {
      const told = message as { kind: string; clock?: { scenarioMs: number } };
      if (told.kind === 'clock') clocks.push(told.clock!.scenarioMs);
    });
    for (let pulse = 0; pulse < 10; pulse++) {
      await ticker.pulse();
      await settle();
      clock.now += 250;
    }
    expect(clocks).toEqual([0, 1000, 2000]);
  });

  it('stops pulsing, playing and serving when stopped', async () => {
    const { harness, ticker, loop, open, command } = await setUp({ hub: true, autoPlay: true });
    await settle();
    const heard: string[] = [];
    open(stationChannelName('mini-1', 'nac')).listen((message) =>
      heard.push((message as { kind: string }).kind),
    );
    expect(ticker.running).toBe(1);
    loop.stop();
    await settle();
    expect(ticker.running).toBe(0);
    expect(heard).toEqual(['host-offline']);
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    const before = harness.engine.events.length;
    await loop.pulse();
    await loop.catchUp();
    expect(harness.engine.events.length).toBe(before);
  });

  it('reports a failure to onError and carries on with the next pulse', async () => {
    let failing = false;
    const store = new MemoryEventStore('mini-1');
    const append = store.append.bind(store);
    store.append = (batch) => (failing ? Promise.reject(new Error('disk full')) : append(batch));
    const { harness, ticker, errors, command } = await setUp({ store });
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    failing = true;
    await ticker.pulse();
    expect(errors).toEqual([new Error('disk full')]);
    expect(harness.eventsOf('clock.jumped')).toEqual([]);
    failing = false;
    await ticker.pulse();
    expect(harness.eventsOf('clock.jumped')).toHaveLength(1);
  });
});
