import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StationStorage } from '../../core/index';
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

describe('a station database', () => {
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
