import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeEventStoreContract, testEvent, testEvents } from '../../test/event-store-contract';
import { DexieEventStore } from './dexie-event-store';
import { StorageError } from './storage-error';
import { ExerciseDatabase } from './exercise-db';

let counter = 0;
const uniqueName = () => `exercise-db-test-${++counter}-${Date.now()}`;
const ID = 'ex-dexie';

describeEventStoreContract('DexieEventStore', async () => {
  const name = uniqueName();
  const databases = [new ExerciseDatabase(name)];
  return {
    store: new DexieEventStore(databases[0]!, ID),
    // A new connection, as after a reload: what it reads came from IndexedDB, not from a cache.
    reopen: async () => {
      databases[0]!.close();
      const db = new ExerciseDatabase(name);
      databases.push(db);
      return new DexieEventStore(db, ID);
    },
    cleanup: async () => {
      for (const db of databases) db.close();
      await new ExerciseDatabase(name).delete();
    },
  };
});

describe('DexieEventStore failures', () => {
  const databases: ExerciseDatabase[] = [];
  const openDb = () => {
    const db = new ExerciseDatabase(uniqueName());
    databases.push(db);
    return db;
  };

  afterEach(async () => {
    vi.restoreAllMocks();
    for (const db of databases.splice(0)) await db.delete();
  });

  it('keeps exercises apart in one database', async () => {
    const db = openDb();
    const a = new DexieEventStore(db, 'a');
    const b = new DexieEventStore(db, 'b');
    await a.append(testEvents('a', 1, 3));
    await b.append(testEvents('b', 1, 2));
    expect(await a.lastSeq()).toBe(3);
    expect(await b.read()).toEqual(testEvents('b', 1, 2));
  });

  it('rejects a batch whose transaction fails and stores none of it', async () => {
    const db = openDb();
    const store = new DexieEventStore(db, ID);
    await store.append([testEvent(ID, 1)]);
    // A function cannot be cloned into IndexedDB: the second row fails after the first was added.
    const base = testEvent(ID, 3);
    const uncloneable = { ...base, payload: Object.assign({}, base.payload, { callback: () => undefined }) };
    const failed = store.append([testEvent(ID, 2), uncloneable]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ originalName: 'DataCloneError' });
    await expect(failed).rejects.toThrow(/append for exercise "ex-dexie" .* failed: .*nothing was stored/);
    expect(await store.read()).toEqual([testEvent(ID, 1)]);
    expect(await db.events.count()).toBe(1);
  });

  it('surfaces a full quota as a StorageError naming QuotaExceededError', async () => {
    const db = openDb();
    const store = new DexieEventStore(db, ID);
    await store.lastSeq();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(quota);
    const failed = store.append(testEvents(ID, 1, 2));
    await expect(failed).rejects.toMatchObject({ name: 'StorageError', originalName: 'QuotaExceededError' });
    await expect(failed).rejects.toThrow(/storage quota is full/);
    expect(await store.lastSeq()).toBe(0);
  });

  it('fails with advice, instead of hanging, when another tab blocks the schema upgrade', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie announces the block; expected here.
    const name = uniqueName();
    // An older version of the app in another tab: a raw connection at a lower version that never closes.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = new ExerciseDatabase(name);
    const store = new DexieEventStore(db, ID);
    const failed = store.append([testEvent(ID, 1)]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toThrow(/blocked by another tab/);
    older.close();
    databases.push(new ExerciseDatabase(name));
  });
});
