import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stationChannelName, StationClient, type StationStorage } from '../../core/index';
import { closeHostWorlds, hostWorld as world } from '../../test/fixtures/host-world';
import { EngineHost } from './engine-host';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeHostWorlds();
});

describe('the console’s view of the engine host', () => {
  it('shows the controlling tab’s exercise as it changes, with a version that counts the changes', async () => {
    const { deps, create, clock } = world();
    const host = await EngineHost.open((await create()).exerciseId, deps);
    const { view } = host;
    const heard = vi.fn();
    const stop = view.subscribe(heard);
    const before = { version: view.version, count: view.events.length };
    expect(view.readOnly).toBe(false);
    expect(view.state.clock.status).toBe('ready');
    expect(view.heading()).toMatchObject({ name: 'Tabletop', marking: 'EXERCISE — NOT REAL' });

    await host.send('exercise/start', {});
    expect(view.state.clock.status).toBe('running');
    expect(view.events.some((event) => event.type === 'exercise.started')).toBe(true);
    expect(view.events.length).toBeGreaterThan(before.count);
    expect(view.version).toBeGreaterThan(before.version);
    expect(heard).toHaveBeenCalled();
    // Started at the host's wall time, at speed 1: a minute later is T+1 minute.
    expect(view.scenarioTimeAt(clock.now + 60_000)).toBe(60_000);
    stop();
    host.close();
  });

  it('stays the same view when a read-only tab reopens the exercise another tab has appended to', async () => {
    const { deps, create, tick } = world();
    const { exerciseId } = await create();
    const controller = await EngineHost.open(exerciseId, deps);
    const follower = await EngineHost.open(exerciseId, deps);
    const { view } = follower;
    expect(view.readOnly).toBe(true);
    const heard = vi.fn();
    view.subscribe(heard);
    const opened = { content: view.content, events: view.events, version: view.version };

    await controller.send('exercise/start', {});
    await controller.send('exercise/pause', {});
    // The follower polls the store on its ticker and reopens the engine when the log has grown.
    await vi.waitFor(async () => {
      await tick();
      expect(view.events.length).toBe(controller.view.events.length);
    });
    expect(follower.view).toBe(view);
    expect(view.content).not.toBe(opened.content);
    expect(view.events).not.toBe(opened.events);
    expect(view.events.map((event) => event.seq)).toEqual(controller.view.events.map((event) => event.seq));
    expect(view.state.clock.status).toBe('paused');
    expect(view.version).toBeGreaterThan(opened.version);
    expect(heard).toHaveBeenCalled();
    // What the board reads agrees with the controlling tab's.
    expect(view.activePaths('crisis', null)).toEqual(controller.view.activePaths('crisis', null));
    expect(view.openDecisions('ms-a')).toEqual(controller.view.openDecisions('ms-a'));
    follower.close();
    controller.close();
  });

  it('shows a storage failure the controller must see until it is dismissed', async () => {
    const { db, deps, create } = world();
    const host = await EngineHost.open((await create()).exerciseId, deps);
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(host.view.error).toBeNull();
    await expect(host.send('exercise/start', {})).rejects.toThrow();
    expect(host.view.error).toMatch(/quota/i);
    expect(host.view.state.clock.status).toBe('ready');
    host.dismissError();
    expect(host.view.error).toBeNull();
    host.close();
  });

  it('tells apart the stations that connect, without a change of the exercise', async () => {
    const { deps, create } = world();
    const { exerciseId } = await create();
    const host = await EngineHost.open(exerciseId, deps);
    await host.whenSettled();
    const { view } = host;
    const presence = vi.fn();
    view.subscribePresence(presence);
    const version = view.version;
    const memory: StationStorage = {
      load: async () => null,
      save: async () => undefined,
      saveRoster: async () => undefined,
    };
    const station = new StationClient(
      'ms-a',
      'tab-2',
      deps.openChannel!(stationChannelName(exerciseId, 'ms-a')),
      memory,
      deps.now!,
      () => String(Math.random()),
    );
    await station.start();
    await vi.waitFor(() => expect(view.presence()).toHaveLength(1));
    expect(view.presence()).toEqual([
      expect.objectContaining({ role: 'ms-a', station: 'tab-2', connected: true }),
    ]);
    expect(view.presenceVersion).toBeGreaterThan(0);
    expect(presence).toHaveBeenCalled();
    expect(view.version).toBe(version);
    host.close();
  });
});
