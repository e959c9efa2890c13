import type { DexieOptions, Table } from 'dexie';
import type { EngineSnapshot, ExerciseEvent, ExerciseRecord } from '../../core/index';
import { BlockableDatabase } from './storage-error';

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

  /**
   * @param name a unique name per test; the app uses one name for all exercises
   * @param options Dexie options; `indexedDB` and `IDBKeyRange` can be injected here
   */
  constructor(name: string, options: DexieOptions = {}) {
    // 'strict': until the journal is in front (§6), a commit is the acknowledgement of a command, so it
    // must mean "on disk", not Chromium's default "handed to the OS".
    super(name, { chromeTransactionDurability: 'strict', ...options });
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
  }
}
