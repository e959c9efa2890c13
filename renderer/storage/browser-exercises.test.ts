// This browser's exercises from before the host and its copies of the host's, in fake-indexeddb: the upgrade
// of a database version 2 wrote, the lists Home shows, marking moved, records kept current, a copy deleted.
import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJournal, type ExerciseRecord } from '../../core/index';
import { testEvents } from '../../test/event-store-contract';
import { BrowserExercises, useBrowserExercises, useHeldCopies } from './browser-exercises';
import { ExerciseDatabase } from './exercise-db';

let counter = 0;
const databases: Dexie[] = [];
const uniqueName = () => `browser-exercises-test-${++counter}-${Date.now()}`;
function store(name = uniqueName()): BrowserExercises {
  const db = new ExerciseDatabase(name);
  databases.push(db);
  return new BrowserExercises(db);
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const record = (exerciseId: string, createdWallMs = 1_000, changes: Partial<ExerciseRecord> = {}) =>
  ({
    exerciseId,
    name: `Exercise ${exerciseId}`,
    scenarioId: 'mini-scenario',
    scenarioTitle: 'Mini',
    marking: 'EXERCISE',
    createdWallMs,
    status: 'ended',
    roles: { 'ms-a': 'station' },
    lastEventWallMs: createdWallMs,
    eventCount: 3,
    ...changes,
  }) satisfies ExerciseRecord;

/** A database as version 2 of the app left it: records and logs, no copies table. */
async function writtenByVersion2(
  name: string,
  logs: Record<string, number>,
  created: Record<string, number>,
) {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    events: '[exerciseId+seq]',
    snapshots: '[exerciseId+seq]',
    exercises: 'exerciseId, createdWallMs',
  });
  const records = Object.keys(logs).map((id) => record(id, created[id], { eventCount: logs[id] }));
  const events = Object.entries(logs).flatMap(([id, count]) => testEvents(id, 1, count));
  await v2.table('exercises').bulkPut(records);
  await v2.table('events').bulkPut(events);
  v2.close();
  return { records, events };
}

describe('the exercises recorded in this browser before the exercise host', () => {
  it('opens a version 2 database with every exercise marked as recorded here and its log intact', async () => {
    const name = uniqueName();
    const written = await writtenByVersion2(name, { older: 4, newer: 2 }, { older: 1_000, newer: 5_000 });
    const exercises = store(name);

    expect(await exercises.unmoved()).toEqual([
      { record: written.records[1], eventCount: 2 },
      { record: written.records[0], eventCount: 4 },
    ]);
    expect(await exercises.db.copies.orderBy('exerciseId').toArray()).toEqual([
      { exerciseId: 'newer', origin: 'browser' },
      { exerciseId: 'older', origin: 'browser' },
    ]);
    expect(await exercises.db.events.toArray()).toEqual(
      [...written.events].sort((a, b) => a.exerciseId.localeCompare(b.exerciseId) || a.seq - b.seq),
    );
    expect(exercises.db.verno).toBe(3);
    expect(await exercises.held()).toEqual([]);
  });

  it('gives the whole log as the journal the host restores, and refuses an exercise with no log here', async () => {
    const name = uniqueName();
    const written = await writtenByVersion2(name, { older: 4, newer: 2 }, {});
    const exercises = store(name);
    const journal = await exercises.journal('older');
    expect(journal.fileName).toBe('older.events.jsonl');
    const decoded = decodeJournal(journal.text, { trusted: false });
    expect(decoded.problems).toEqual([]);
    expect(decoded.events).toEqual(written.events.filter((event) => event.exerciseId === 'older'));
    await expect(exercises.journal('elsewhere')).rejects.toThrow(
      'this browser holds no events of the exercise elsewhere',
    );
  });

  it('marks an exercise moved once, keeping its log and record, and lists it as a copy from then on', async () => {
    const name = uniqueName();
    const written = await writtenByVersion2(name, { older: 4, newer: 2 }, { older: 1_000, newer: 5_000 });
    const exercises = store(name);
    await exercises.markMoved('older', 9_000, 4);
    await exercises.markMoved('older', 9_999, 7);
    expect(await exercises.db.copies.get('older')).toEqual({
      exerciseId: 'older',
      origin: 'host',
      movedWallMs: 9_000,
      hostLastSeq: 4,
    });
    expect((await exercises.unmoved()).map((entry) => entry.record.exerciseId)).toEqual(['newer']);
    expect(await exercises.held()).toEqual([{ exerciseId: 'older', record: written.records[0] }]);
    expect(await exercises.log('older')).toEqual(
      written.events.filter((event) => event.exerciseId === 'older'),
    );
  });
});

describe("this browser's copies of the host's exercises", () => {
  it('keeps the records of copies as the host lists them, never those of exercises not yet moved', async () => {
    const exercises = store();
    const { db } = exercises;
    await db.copies.bulkPut([
      { exerciseId: 'copy', origin: 'host' },
      { exerciseId: 'never-heard', origin: 'host' },
      { exerciseId: 'mine', origin: 'browser' },
    ]);
    const mine = record('mine', 2_000);
    await db.exercises.put(mine);
    const hosts = [
      record('copy', 3_000, { status: 'running', eventCount: 40 }),
      record('mine', 2_500),
      record('other'),
    ];
    await exercises.keepRecordsCurrent(hosts);

    expect(await db.exercises.get('copy')).toEqual(hosts[0]);
    expect(await db.exercises.get('mine')).toEqual(mine);
    expect(await db.exercises.get('other')).toBeUndefined();
    expect(await exercises.held()).toEqual([
      { exerciseId: 'copy', record: hosts[0] },
      { exerciseId: 'never-heard', record: null },
    ]);
  });

  it('deletes a copy whole, and keeps an exercise recorded here that was never moved', async () => {
    const exercises = store();
    const { db } = exercises;
    await db.copies.bulkPut([
      { exerciseId: 'copy', origin: 'host' },
      { exerciseId: 'mine', origin: 'browser' },
    ]);
    await db.exercises.bulkPut([record('copy'), record('mine')]);
    await db.events.bulkPut([...testEvents('copy', 1, 3), ...testEvents('mine', 1, 2)]);
    await db.snapshots.put({ exerciseId: 'copy', seq: 3 } as never);

    expect(await exercises.deleteCopy('copy')).toBe(true);
    expect(await exercises.deleteCopy('mine')).toBe(false);
    expect(await db.copies.toArray()).toEqual([{ exerciseId: 'mine', origin: 'browser' }]);
    expect(await db.exercises.toArray()).toEqual([record('mine')]);
    expect(await db.events.toArray()).toEqual(testEvents('mine', 1, 2));
    expect(await db.snapshots.count()).toBe(0);
  });

  it('follows the database live, and says why it cannot read it', async () => {
    const exercises = store();
    const browser = renderHook(() => useBrowserExercises(exercises));
    const held = renderHook(() => useHeldCopies(exercises));
    await waitFor(() => expect(browser.result.current).toEqual({ items: [] }));
    await waitFor(() => expect(held.result.current).toEqual({ items: [] }));
    await exercises.db.copies.bulkPut([
      { exerciseId: 'mine', origin: 'browser' },
      { exerciseId: 'copy', origin: 'host' },
    ]);
    await exercises.db.exercises.bulkPut([record('mine'), record('copy')]);
    await waitFor(() =>
      expect(browser.result.current).toEqual({ items: [{ record: record('mine'), eventCount: 0 }] }),
    );
    await waitFor(() =>
      expect(held.result.current).toEqual({ items: [{ exerciseId: 'copy', record: record('copy') }] }),
    );

    exercises.db.close();
    const closed = renderHook(() => useHeldCopies(exercises));
    await waitFor(() =>
      expect(closed.result.current).toMatchObject({ error: expect.stringMatching(/failed/) }),
    );
    browser.unmount();
    held.unmount();
    closed.unmount();
  });
});
