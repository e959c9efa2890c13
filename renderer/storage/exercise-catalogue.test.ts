import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testEvents } from '../../test/event-store-contract';
import { ExerciseCatalogue, useExerciseRecords } from './exercise-catalogue';
import type { ExerciseRecord } from '../../core/index';
import { ExerciseDatabase } from './exercise-db';
import { StorageError } from './storage-error';

let counter = 0;
const databases: ExerciseDatabase[] = [];
function openDb(): ExerciseDatabase {
  const db = new ExerciseDatabase(`catalogue-test-${++counter}-${Date.now()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const record = (exerciseId: string, createdWallMs = 1_000): ExerciseRecord => ({
  exerciseId,
  name: `Exercise ${exerciseId}`,
  scenarioId: 'mini-scenario',
  scenarioTitle: 'Mini',
  marking: 'EXERCISE',
  createdWallMs,
  status: 'ready',
  roles: { 'ms-a': 'station' },
  lastEventWallMs: createdWallMs,
  eventCount: 0,
});

describe('ExerciseCatalogue', () => {
  it('stores, reads and updates an exercise’s record', async () => {
    const catalogue = new ExerciseCatalogue(openDb());
    await catalogue.put(record('ex-1'));
    await catalogue.update('ex-1', { status: 'running', eventCount: 12 });
    expect(await catalogue.get('ex-1')).toMatchObject({
      name: 'Exercise ex-1',
      status: 'running',
      eventCount: 12,
    });
    expect(await catalogue.get('ex-9')).toBeUndefined();
  });

  it('deletes one exercise’s log, snapshots and record, and nothing of another', async () => {
    const db = openDb();
    const catalogue = new ExerciseCatalogue(db);
    for (const id of ['ex-1', 'ex-2']) {
      await catalogue.put(record(id));
      await catalogue.eventStore(id).append(testEvents(id, 1, 3));
      await catalogue.eventStore(id).saveSnapshot({ exerciseId: id, seq: 3, state: {} });
    }
    await catalogue.delete('ex-1');
    expect(await catalogue.get('ex-1')).toBeUndefined();
    expect(await catalogue.events('ex-1')).toEqual([]);
    expect(await db.snapshots.count()).toBe(1);
    expect((await catalogue.events('ex-2')).map((event) => event.seq)).toEqual([1, 2, 3]);
  });

  it('restores a backup with its snapshot, and refuses one whose exercise is already here, changing nothing', async () => {
    const db = openDb();
    const catalogue = new ExerciseCatalogue(db);
    const events = testEvents('ex-1', 1, 4);
    await catalogue.restore(events, record('ex-1'), { exerciseId: 'ex-1', seq: 4, state: { at: 4 } });
    expect(await catalogue.events('ex-1')).toEqual(events);
    expect(await catalogue.eventStore('ex-1').snapshotAtOrBefore(10)).toMatchObject({ seq: 4 });

    const again = catalogue.restore(testEvents('ex-1', 5, 1), { ...record('ex-1'), name: 'Other' });
    await expect(again).rejects.toThrow(StorageError);
    await expect(catalogue.restore(testEvents('ex-1', 5, 1), record('ex-1'))).rejects.toThrow(
      'an exercise with the id ex-1 is already stored here; delete it first to load this backup',
    );
    expect(await catalogue.get('ex-1')).toMatchObject({ name: 'Exercise ex-1' });
    expect(await db.events.count()).toBe(4);
  });
});

describe('useExerciseRecords', () => {
  it('lists the exercises newest first, and follows changes', async () => {
    const db = openDb();
    const catalogue = new ExerciseCatalogue(db);
    await catalogue.put(record('older', 1_000));
    await catalogue.put(record('newer', 2_000));
    const { result } = renderHook(() => useExerciseRecords(db));
    const ids = () => {
      const value = result.current;
      return value && 'records' in value ? value.records.map((entry) => entry.exerciseId) : value;
    };
    await waitFor(() => expect(ids()).toEqual(['newer', 'older']));
    await catalogue.put(record('newest', 3_000));
    await waitFor(() => expect(ids()).toEqual(['newest', 'newer', 'older']));
  });
});
