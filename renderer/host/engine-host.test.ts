import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stationChannelName, StationClient, type StationStorage } from '../../core/index';
import { closeHostWorlds, hostWorld as world } from '../../test/fixtures/host-world';
import { journalBackup, restoreJournal } from './backup';
import { EngineHost } from './engine-host';

afterEach(closeHostWorlds);

describe('the engine host in the controller tab', () => {
  it('creates an exercise, lists it, runs its clock and keeps its record current', async () => {
    const { catalogue, clock, deps, create, tick } = world();
    const record = await create();
    expect(await catalogue.get(record.exerciseId)).toMatchObject({ name: 'Tabletop', status: 'ready' });
    const host = await EngineHost.open(record.exerciseId, deps);
    expect(host.readOnly).toBe(false);
    expect(host.engine.state.autoPlay).toEqual({ nac: 'doctrine' });
    expect(await host.command('exercise/start', {})).toMatchObject({ ok: true });
    clock.now += 60_000;
    await tick();
    expect(host.engine.scenarioTimeAt(clock.now)).toBe(60_000);
    expect(await catalogue.get(record.exerciseId)).toMatchObject({ status: 'running' });
    host.close();
  });

  it('opens a second tab read-only, and resumes after a reload without losing or repeating an event', async () => {
    const { clock, deps, create, tick } = world();
    const { exerciseId } = await create();
    const first = await EngineHost.open(exerciseId, deps);
    await first.command('exercise/start', {});
    await first.command('exercise/jump-to', { scenarioMs: 30_000 });
    await tick();
    const second = await EngineHost.open(exerciseId, deps);
    expect(second.readOnly).toBe(true);
    expect(await second.command('exercise/pause', {})).toMatchObject({ ok: false, code: 'not-allowed' });
    second.close();
    const before = first.engine.events.map((event) => event.seq);
    first.close();

    clock.now += 10 * 60_000;
    const reloaded = await EngineHost.open(exerciseId, deps);
    await reloaded.whenSettled();
    const seqs = reloaded.engine.events.map((event) => event.seq);
    expect(seqs.slice(0, before.length)).toEqual(before);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    expect(reloaded.engine.events.at(-1)).toMatchObject({ type: 'clock.resumed' });
    // The reload gap does not count as scenario time.
    expect(reloaded.engine.scenarioTimeAt(clock.now)).toBe(30_000);
    reloaded.close();
  });

  it('opens at once after a reload even when the restart cannot be recorded, and says why', async () => {
    const { db, clock, deps, create } = world();
    const { exerciseId } = await create();
    const first = await EngineHost.open(exerciseId, deps);
    await first.command('exercise/start', {});
    first.close();
    const stored = await db.events.count();
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    clock.now += 60_000;
    const reloaded = await EngineHost.open(exerciseId, deps);
    await reloaded.whenSettled();
    expect(reloaded.error).toMatch(/full/i);
    expect(reloaded.engine.events.at(-1)?.type).not.toBe('clock.resumed');
    expect(reloaded.engine.state.clock.status).toBe('running');
    expect(await db.events.count()).toBe(stored);
    reloaded.close();
  });

  it('serves a role station over the transport, which acts as its role', async () => {
    const { deps, create, tick } = world();
    const { exerciseId } = await create();
    const host = await EngineHost.open(exerciseId, deps);
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
    await host.command('exercise/start', {});
    await tick();
    const reply = await station.send('decision/take', { machine: 'crisis', event: 'CONSULT' });
    expect(reply).toMatchObject({ ok: true });
    expect(host.presence()).toEqual([
      expect.objectContaining({ role: 'ms-a', station: 'tab-2', connected: true }),
    ]);
    host.close();
  });

  it('backs an exercise up to a journal file and loads it back after deletion', async () => {
    const { catalogue, deps, create } = world();
    const { exerciseId } = await create();
    const host = await EngineHost.open(exerciseId, deps);
    await host.command('exercise/start', {});
    host.close();
    const backup = await journalBackup(exerciseId, catalogue);
    expect(backup.fileName).toBe(`${exerciseId}.events.jsonl`);
    await catalogue.delete(exerciseId);
    expect(await catalogue.get(exerciseId)).toBeUndefined();
    const restored = await restoreJournal(backup.fileName, backup.text, catalogue);
    expect(restored).toMatchObject({ ok: true, record: { exerciseId, name: 'Tabletop', status: 'running' } });
    const events = await catalogue.events(exerciseId);
    expect(events.length).toBe(backup.text.split('\n').length - 1);
    // A snapshot of the final state comes with it, so even a long restored log opens at once.
    const snapshot = await catalogue.eventStore(exerciseId).snapshotAtOrBefore(events.length);
    expect(snapshot?.seq).toBe(events.length);
    const reopened = await EngineHost.open(exerciseId, deps);
    await reopened.whenSettled();
    expect(reopened.engine.state.clock.status).toBe('running');
    expect(reopened.engine.events.slice(0, events.length)).toEqual(events);
    expect(reopened.engine.events.at(-1)?.type).toBe('clock.resumed');
    reopened.close();
    expect(await restoreJournal(backup.fileName, backup.text, catalogue)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already stored here'),
    });
    expect(await restoreJournal('notes.txt', 'hello\n', catalogue)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^notes\.txt: line 1: /),
    });
  });
});
