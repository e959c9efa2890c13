import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StationRoster, StationStorage } from '../../core/index';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { DexieStationStorage, StationDatabase } from './station-db';

let counter = 0;
const open: StationDatabase[] = [];
function database(): StationDatabase {
  const db = new StationDatabase(`station-db-test-${++counter}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) await db.delete();
});

const update = (streamSeq: number): Parameters<StationStorage['save']>[0] => ({
  newEvents: [
    stationEvent(
      'inject.delivered',
      { injectId: 'INJ-1', role: 'ms-a', content: portBlast() },
      { streamSeq },
    ),
  ],
  mechanisms: [],
  openDecisions: [],
  pending: [],
  heading: null,
});

const roster: StationRoster = {
  exerciseId: 'ex-1',
  role: 'ms-a',
  roles: [
    {
      id: 'ms-a',
      title: 'Member State A',
      organisation: 'State A',
      side: 'national',
      clearance: ['eu', 'nato'],
      audience: 'players',
      local: false,
      simulated: false,
    },
  ],
  recipients: [],
  markings: [{ id: 'PUBLIC', title: 'Public' }],
  mechanisms: [],
};

describe('a station database', () => {
  it('keeps the roster the host sent apart from the state every push rewrites', async () => {
    const db = database();
    const storage = new DexieStationStorage(db, 'ex-1', 'ms-a');
    await storage.saveRoster(roster);
    expect(await storage.load()).toMatchObject({ events: [], roster });
    await storage.save(update(1));
    expect((await storage.load())?.roster).toEqual(roster);
    expect(await new DexieStationStorage(db, 'ex-1', 'ms-c').load()).toBeNull();
  });

  it('opens a database written by version 1, keeping what it received, without its old open decisions', async () => {
    const name = `station-db-v1-${++counter}`;
    // The schema and records exactly as version 1 of the station database wrote them.
    const v1 = new Dexie(name);
    v1.version(1).stores({ items: '[exerciseId+role+streamSeq]', states: '[exerciseId+role]' });
    const [event] = update(3).newEvents;
    await v1.table('items').put({ ...event, role: 'ms-a' });
    const mechanism = {
      actorKey: 'crisis',
      machine: 'crisis',
      title: 'Crisis',
      instance: null,
      states: ['standby'],
    };
    await v1.table('states').put({
      exerciseId: 'ex-1',
      role: 'ms-a',
      mechanisms: [mechanism],
      openDecisions: [
        { machine: 'crisis', instance: null, newCase: false, event: 'CONSULT', title: 'Consult', fields: [] },
      ],
      pending: [{ commandId: 'tab-1-7', type: 'message/read', payload: { messageId: 'M-1' } }],
      opened: [3],
    });
    v1.close();

    const db = new StationDatabase(name);
    open.push(db);
    const storage = new DexieStationStorage(db, 'ex-1', 'ms-a');
    expect(await storage.load()).toEqual({
      events: [event],
      mechanisms: [mechanism],
      // Stored without consequences, which a station now shows with each: the host sends them again.
      openDecisions: [],
      pending: [{ commandId: 'tab-1-7', type: 'message/read', payload: { messageId: 'M-1' } }],
      heading: null,
      roster: null,
    });
    expect(await storage.opened()).toEqual([3]);
    expect(db.verno).toBe(2);
  });

  it('keeps each role of an exercise apart, with what the participant has opened', async () => {
    const db = database();
    const first = new DexieStationStorage(db, 'ex-1', 'ms-a');
    const other = new DexieStationStorage(db, 'ex-1', 'ms-c');
    expect(await first.load()).toBeNull();
    await first.save(update(1));
    await first.markOpened(1);
    await first.markOpened(1);
    expect((await first.load())?.events.map((event) => event.streamSeq)).toEqual([1]);
    // The event comes back as it arrived: typed payload whole, the key it was filed under left out.
    expect((await first.load())?.events).toEqual(update(1).newEvents);
    expect(await first.opened()).toEqual([1]);
    expect(await other.load()).toBeNull();
  });

  it('clears one role’s copy of one exercise whole (items, state, what was opened, roster), and no other', async () => {
    const db = database();
    const cleared = new DexieStationStorage(db, 'ex-1', 'ms-a');
    const otherRole = new DexieStationStorage(db, 'ex-1', 'ms-c');
    const otherExercise = new DexieStationStorage(db, 'ex-2', 'ms-a');
    for (const [storage, exerciseId] of [
      [cleared, 'ex-1'],
      [otherRole, 'ex-1'],
      [otherExercise, 'ex-2'],
    ] as const) {
      // Events carry their exercise's id, which is where the database files them.
      for (const streamSeq of [1, 2]) {
        const saved = update(streamSeq);
        await storage.save({
          ...saved,
          newEvents: saved.newEvents.map((event) => ({ ...event, exerciseId })),
        });
      }
      await storage.saveRoster(roster);
      await storage.markOpened(1);
    }
    await cleared.clear();
    // Read back through Dexie's own tables, not through the storage under test.
    const items = await db.items.toArray();
    expect(items.map((item) => [item.exerciseId, item.role, item.streamSeq]).sort()).toEqual([
      ['ex-1', 'ms-c', 1],
      ['ex-1', 'ms-c', 2],
      ['ex-2', 'ms-a', 1],
      ['ex-2', 'ms-a', 2],
    ]);
    expect(await db.states.get(['ex-1', 'ms-a'])).toBeUndefined();
    expect(await db.rosters.get(['ex-1', 'ms-a'])).toBeUndefined();
    expect(await cleared.load()).toBeNull();
    expect(await cleared.opened()).toEqual([]);
    expect(await otherRole.opened()).toEqual([1]);
    expect((await otherExercise.load())?.roster).toEqual(roster);
  });

  it('says which role could not be saved and what to do when the quota is full, keeping what it had', async () => {
    const db = database();
    const storage = new DexieStationStorage(db, 'ex-1', 'ms-a');
    await storage.save(update(1));
    vi.spyOn(db.items, 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const failed = storage.save(update(2));
    await expect(failed).rejects.toMatchObject({ name: 'StorageError', originalName: 'QuotaExceededError' });
    await expect(failed).rejects.toThrow(
      /Saving what the station received for role "ms-a" .* failed: the browser's storage quota is full/,
    );
    expect((await storage.load())?.events.map((event) => event.streamSeq)).toEqual([1]);
  });
});
