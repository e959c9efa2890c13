import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, SequenceGapError, type EngineSnapshot } from '../../core/index';
import { testEvent, testEvents } from '../../test/event-store-contract';
import { ConsoleCopy } from './console-copy';
import { ExerciseDatabase } from './exercise-db';
import { StorageError } from './storage-error';

const ID = 'ex-copy';
let counter = 0;
const databases: ExerciseDatabase[] = [];
function openDb(): ExerciseDatabase {
  const db = new ExerciseDatabase(`console-copy-test-${++counter}-${Date.now()}`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  const open = databases.splice(0);
  for (const db of open) db.close();
  for (const db of open) await db.delete();
});

/** A stand-in snapshot: what the copy returns must be the one stored, whatever the state holds. */
const snapshotAt = (seq: number, exerciseId = ID): EngineSnapshot => ({
  exerciseId,
  seq,
  v: 2,
  state: { lastSeq: seq, marker: `state at ${seq}` },
});

describe('ConsoleCopy', () => {
  it('has nothing to open when this browser holds none of the exercise', async () => {
    const db = openDb();
    await new ConsoleCopy(db, 'other').append(testEvents('other', 1, 3), 3);
    expect(await new ConsoleCopy(db, ID).open()).toBeNull();
  });

  it('opens from the latest snapshot at or before its last event, with the events after it and that event’s digest', async () => {
    const db = openDb();
    const copy = new ConsoleCopy(db, ID);
    await copy.append(testEvents(ID, 1, 4), 10);
    await copy.append(testEvents(ID, 5, 6), 12);
    await copy.saveSnapshot(snapshotAt(4));
    // The host's snapshot beyond what the copy holds yet (its history still being filled in): not used.
    await copy.saveSnapshot(snapshotAt(12));
    // A reload: a new connection reads what IndexedDB holds.
    db.close();
    const reopened = new ExerciseDatabase(db.name);
    databases.push(reopened);
    const opening = await new ConsoleCopy(reopened, ID).open();
    expect(opening).toEqual({
      created: testEvent(ID, 1),
      snapshot: snapshotAt(4),
      events: testEvents(ID, 5, 6),
      lastSeq: 10,
      digest: createHash('sha256')
        .update(canonicalJson(testEvent(ID, 10)))
        .digest('hex'),
      origin: 'host',
    });
    expect(await reopened.copies.get(ID)).toEqual({ exerciseId: ID, origin: 'host', hostLastSeq: 12 });
  });

  it('opens a copy without snapshots from its first event', async () => {
    const copy = new ConsoleCopy(openDb(), ID);
    await copy.append(testEvents(ID, 1, 3), 3);
    expect(await copy.open()).toMatchObject({
      snapshot: undefined,
      events: testEvents(ID, 1, 3),
      lastSeq: 3,
    });
  });

  it('stays contiguous: a batch that leaves a gap is refused whole, and the copy is as it was', async () => {
    const db = openDb();
    const copy = new ConsoleCopy(db, ID);
    await copy.append(testEvents(ID, 1, 3), 3);
    const gap = copy.append(testEvents(ID, 5, 2), 6);
    await expect(gap).rejects.toBeInstanceOf(SequenceGapError);
    await expect(copy.append(testEvents(ID, 3, 2), 6)).rejects.toBeInstanceOf(SequenceGapError);
    expect(await copy.events()).toEqual(testEvents(ID, 1, 3));
    expect(await copy.lastSeq()).toBe(3);
    expect((await db.copies.get(ID))?.hostLastSeq).toBe(3);
  });

  it('reads its history in pages', async () => {
    const copy = new ConsoleCopy(openDb(), ID);
    await copy.append(testEvents(ID, 1, 25), 25);
    expect(await copy.history(11, 20)).toEqual(testEvents(ID, 11, 10));
    expect(await copy.history(21, 40)).toEqual(testEvents(ID, 21, 5));
  });

  it('is discarded whole, events, snapshots and row, leaving other exercises as they were', async () => {
    const db = openDb();
    const copy = new ConsoleCopy(db, ID);
    const other = new ConsoleCopy(db, 'other');
    await copy.append(testEvents(ID, 1, 5), 5);
    await copy.saveSnapshot(snapshotAt(5));
    await other.append(testEvents('other', 1, 2), 2);
    await other.saveSnapshot(snapshotAt(2, 'other'));
    await copy.discard();
    expect(await copy.open()).toBeNull();
    expect(await db.snapshots.where('[exerciseId+seq]').between([ID, 0], [ID, Infinity]).count()).toBe(0);
    expect(await db.copies.get(ID)).toBeUndefined();
    expect(await other.events()).toEqual(testEvents('other', 1, 2));
    expect(await db.snapshots.count()).toBe(1);
    // Rebuilt from nothing afterwards, as from the host.
    await copy.append(testEvents(ID, 1, 2), 2);
    expect(await copy.lastSeq()).toBe(2);
  });

  it('keeps an exercise this browser recorded before the host, until it has been moved there', async () => {
    const db = openDb();
    const copy = new ConsoleCopy(db, ID);
    await copy.append(testEvents(ID, 1, 3), 3);
    await db.copies.put({ exerciseId: ID, origin: 'browser' });
    expect((await copy.open())?.origin).toBe('browser');
    await expect(copy.discard()).rejects.toThrow(
      `exercise ${ID} was recorded in this browser before the exercise host and has not been moved there`,
    );
    expect(await copy.events()).toEqual(testEvents(ID, 1, 3));
    // Appending keeps its origin.
    await copy.append([testEvent(ID, 4)], 4);
    expect(await db.copies.get(ID)).toEqual({ exerciseId: ID, origin: 'browser', hostLastSeq: 4 });
    await db.copies.put({ exerciseId: ID, origin: 'browser', movedWallMs: 1 });
    await copy.discard();
    expect(await copy.events()).toEqual([]);
  });

  it('says what failed when the store fails, and stores nothing of the batch', async () => {
    const db = openDb();
    const copy = new ConsoleCopy(db, ID);
    await copy.append(testEvents(ID, 1, 2), 2);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(quota);
    const failed = copy.append(testEvents(ID, 3, 2), 4);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toThrow(/storage quota is full/);
    expect(await copy.lastSeq()).toBe(2);
    expect((await db.copies.get(ID))?.hostLastSeq).toBe(2);
    vi.spyOn(db.copies, 'get').mockRejectedValue(new DOMException('disk gone', 'UnknownError'));
    await expect(copy.open()).rejects.toThrow(
      `Reading this browser's copy of exercise "${ID}" in IndexedDB "${db.name}" failed: disk gone; nothing was stored`,
    );
  });
});
