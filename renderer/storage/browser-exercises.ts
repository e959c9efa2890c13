import { useLiveQuery } from 'dexie-react-hooks';
import { encodeEvents, errorMessage, type ExerciseEvent, type ExerciseRecord } from '../../core/index';
import { appDatabase } from './app-databases';
import type { ExerciseCopy, ExerciseDatabase, ExerciseSeqKey } from './exercise-db';
import { guardStorage } from './storage-error';

/*
 * What Home reads and changes of this browser's 'pbsim' database now that the exercise host keeps the record:
 * the exercises recorded here before the host (offered for upload until moved), the copies this browser
 * holds of the host's exercises (listed when the host is out of reach), and a copy's removal after the
 * host deleted its exercise. The console's own reading and writing of a copy is renderer/storage/console-copy.
 */

/** An exercise recorded in this browser before the exercise host existed, not yet moved into the host. */
export interface BrowserExercise {
  record: ExerciseRecord;
  /** The events of its log stored here. */
  eventCount: number;
}

/** A copy this browser holds of one of the host's exercises, with its record as last heard from the host. */
export interface HeldCopy {
  exerciseId: string;
  /** Null when the host's catalogue was never heard while the copy existed. */
  record: ExerciseRecord | null;
}

/** A list read live from IndexedDB, or why it could not be read; undefined while loading. */
export type StoredList<T> = { items: T[] } | { error: string } | undefined;

const unmoved = (copy: ExerciseCopy) => copy.origin === 'browser' && copy.movedWallMs === undefined;

const newestFirst = (a: ExerciseRecord | null, b: ExerciseRecord | null) =>
  (b?.createdWallMs ?? -Infinity) - (a?.createdWallMs ?? -Infinity);

/** The key range of one exercise's rows in the events and snapshots tables. */
function rowsOf(exerciseId: string): [ExerciseSeqKey, ExerciseSeqKey] {
  return [
    [exerciseId, -Infinity],
    [exerciseId, Infinity],
  ];
}

export class BrowserExercises {
  constructor(readonly db: ExerciseDatabase = appDatabase()) {}

  /** The exercises recorded here before the host that are still to be uploaded, newest first. */
  unmoved(): Promise<BrowserExercise[]> {
    return this.guard('Listing the exercises recorded in this browser', async () => {
      const copies = await this.db.copies.where('origin').equals('browser').toArray();
      const listed: BrowserExercise[] = [];
      for (const copy of copies.filter(unmoved)) {
        const record = await this.db.exercises.get(copy.exerciseId);
        if (!record) continue;
        const eventCount = await this.db.events
          .where('[exerciseId+seq]')
          .between(...rowsOf(copy.exerciseId), true, true)
          .count();
        listed.push({ record, eventCount });
      }
      return listed.sort((a, b) => newestFirst(a.record, b.record));
    });
  }

  /** The copies this browser holds of the host's exercises (moved ones included), newest first. */
  held(): Promise<HeldCopy[]> {
    return this.guard("Listing this browser's copies", async () => {
      const copies = await this.db.copies.where('origin').equals('host').toArray();
      const records = await this.db.exercises.bulkGet(copies.map((copy) => copy.exerciseId));
      return copies
        .map((copy, index) => ({ exerciseId: copy.exerciseId, record: records[index] ?? null }))
        .sort((a, b) => newestFirst(a.record, b.record));
    });
  }

  /** An exercise's whole log as stored here. */
  log(exerciseId: string): Promise<ExerciseEvent[]> {
    return this.guard(`Reading the log of ${exerciseId}`, () =>
      this.db.events
        .where('[exerciseId+seq]')
        .between(...rowsOf(exerciseId), true, true)
        .toArray(),
    );
  }

  /** The log as a journal file (the host's format, which it restores and `report` reads). */
  async journal(exerciseId: string): Promise<{ fileName: string; text: string; events: ExerciseEvent[] }> {
    const events = await this.log(exerciseId);
    if (events.length === 0) throw new Error(`this browser holds no events of the exercise ${exerciseId}`);
    return { fileName: `${exerciseId}.events.jsonl`, text: encodeEvents(events), events };
  }

  /**
   * A browser exercise is now on the host: from here on this browser's log is its copy of the host's
   * exercise. Nothing is deleted; an exercise already moved, or a copy of the host's, is left as it is.
   */
  async markMoved(exerciseId: string, movedWallMs: number, hostLastSeq: number): Promise<void> {
    await this.guard(`Marking ${exerciseId} as moved to the exercise host`, () =>
      this.db.transaction('rw', this.db.copies, async () => {
        const copy = await this.db.copies.get(exerciseId);
        if (!copy || !unmoved(copy)) return;
        await this.db.copies.put({ exerciseId, origin: 'host', movedWallMs, hostLastSeq });
      }),
    );
  }

  /**
   * Keep the stored record of each copy as the host's catalogue has it, so the list shown while the host is
   * out of reach has names, counts and status. The record of an exercise not yet moved is this browser's
   * own and is never replaced by a host's exercise that happens to have its id.
   */
  async keepRecordsCurrent(catalogue: readonly ExerciseRecord[]): Promise<void> {
    await this.guard("Updating the records of this browser's copies", () =>
      this.db.transaction('rw', this.db.copies, this.db.exercises, async () => {
        const copies = await this.db.copies.bulkGet(catalogue.map((record) => record.exerciseId));
        const stored = await this.db.exercises.bulkGet(catalogue.map((record) => record.exerciseId));
        const changed = catalogue.filter(
          (record, index) =>
            copies[index]?.origin === 'host' && JSON.stringify(stored[index]) !== JSON.stringify(record),
        );
        if (changed.length > 0) await this.db.exercises.bulkPut([...changed]);
      }),
    );
  }

  /**
   * Remove this browser's copy of an exercise the host has deleted: its log, snapshots, record and copies row,
   * all or nothing. An exercise recorded here and never moved is not the host's and is kept: returns false.
   */
  async deleteCopy(exerciseId: string): Promise<boolean> {
    const { db } = this;
    return this.guard(`Deleting this browser's copy of ${exerciseId}`, () =>
      db.transaction('rw', [db.events, db.snapshots, db.exercises, db.copies], async () => {
        const copy = await db.copies.get(exerciseId);
        if (copy && unmoved(copy)) return false;
        await db.events
          .where('[exerciseId+seq]')
          .between(...rowsOf(exerciseId), true, true)
          .delete();
        await db.snapshots
          .where('[exerciseId+seq]')
          .between(...rowsOf(exerciseId), true, true)
          .delete();
        await db.exercises.delete(exerciseId);
        await db.copies.delete(exerciseId);
        return true;
      }),
    );
  }

  private guard<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return guardStorage(`${operation} in IndexedDB "${this.db.name}"`, this.db, body);
  }
}

/** Read a list live: it follows every change to the database; a failure is shown, not thrown out of the render. */
function useStoredList<T>(read: () => Promise<T[]>, key: unknown): StoredList<T> {
  return useLiveQuery(
    () =>
      read().then(
        (items) => ({ items }),
        (error: unknown) => ({ error: errorMessage(error) }),
      ),
    [key],
  );
}

/** Home's live list of the exercises recorded here before the host and not yet uploaded. */
export function useBrowserExercises(store: BrowserExercises): StoredList<BrowserExercise> {
  return useStoredList(() => store.unmoved(), store);
}

/** Home's live list of the copies this browser holds of the host's exercises. */
export function useHeldCopies(store: BrowserExercises): StoredList<HeldCopy> {
  return useStoredList(() => store.held(), store);
}
