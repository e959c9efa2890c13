import type { DexieOptions, Table } from 'dexie';
import type { EngineSnapshot, ExerciseEvent, ExerciseRecord } from '../../core/index';
import { BlockableDatabase } from './storage-error';

/**
 * What this browser holds of one exercise (version 3). `origin` says where the exercise lives: `host`, a
 * working copy of an exercise the exercise host keeps (its journal is the record); `browser`, an exercise
 * recorded in this browser by the app before the exercise host existed, whose log here is the only one,
 * offered for upload into the host until `movedWallMs` says it went there.
 */
export interface ExerciseCopy {
  exerciseId: string;
  origin: 'host' | 'browser';
  /** When a `browser` exercise was uploaded into the host (it is then a copy like any other). */
  movedWallMs?: number;
  /** The host's last `seq` when it was last heard, for "the copy is behind" and what the screen says. */
  hostLastSeq?: number;
}

/** Primary key of both tables: one exercise's rows sort together, by seq. */
export type ExerciseSeqKey = [exerciseId: string, seq: number];

/**
 * The app's IndexedDB database (docs/architecture.md §8). Keys are compound, `[exerciseId+seq]`, so that one
 * database holds every exercise and a range over one exercise is a key range, not a filter.
 * @see https://dexie.org/docs/Tutorial/Design#database-versioning
 */
export class ExerciseDatabase extends BlockableDatabase {
  declare readonly events: Table<ExerciseEvent, ExerciseSeqKey>;
  declare readonly snapshots: Table<EngineSnapshot, ExerciseSeqKey>;
  declare readonly exercises: Table<ExerciseRecord, string>;
  declare readonly copies: Table<ExerciseCopy, string>;

  /**
   * @param name a unique name per test; the app uses one name for all exercises
   * @param options Dexie options; `indexedDB` and `IDBKeyRange` can be injected here
   */
  constructor(name: string, options: DexieOptions = {}) {
    // 'relaxed' (Chromium's default, said out loud): the record is the host's journal, acknowledged only once
    // fsync'd there; this database holds each console's working copy, rebuilt from the host when a crash
    // loses its last writes. A flush to disk per transaction made a 100,000-event copy take 15 s to write,
    // and reads wait behind writes. (Exercises recorded here before the host are no longer written.)
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    // Keep every version's declaration once a later one exists: users may still have any of them on disk.
    this.version(1).stores({
      events: '[exerciseId+seq]',
      snapshots: '[exerciseId+seq]',
    });
    // 2: the list of exercises stored here, for Home (the log stays the source of truth).
    this.version(2).stores({
      events: '[exerciseId+seq]',
      snapshots: '[exerciseId+seq]',
      exercises: 'exerciseId, createdWallMs',
    });
    // 3: the exercise host keeps the record; this database keeps each client's working copy of it. Every
    // exercise already here was recorded by the app in this browser before the host: it is marked so, to be
    // offered for upload into the host (nothing here is dropped).
    this.version(3)
      .stores({
        events: '[exerciseId+seq]',
        snapshots: '[exerciseId+seq]',
        exercises: 'exerciseId, createdWallMs',
        copies: 'exerciseId, origin',
      })
      .upgrade(async (transaction) => {
        const records = await transaction.table<ExerciseRecord, string>('exercises').toArray();
        await transaction
          .table<ExerciseCopy, string>('copies')
          .bulkPut(records.map((record) => ({ exerciseId: record.exerciseId, origin: 'browser' as const })));
      });
  }
}
