import { useLiveQuery } from 'dexie-react-hooks';
import { errorMessage, type EngineSnapshot, type ExerciseEvent } from '../../core/index';
import { DexieEventStore } from './dexie-event-store';
import { guardStorage, StorageError } from './storage-error';
import type { ExerciseRecord } from '../../core/index';
import { ExerciseDatabase } from './exercise-db';
import { StationDatabase } from './station-db';

let exercises: ExerciseDatabase | null = null;
let stations: StationDatabase | null = null;

/** The app's one exercise database (every exercise of this browser profile or desktop install). */
export function appDatabase(): ExerciseDatabase {
  exercises ??= new ExerciseDatabase('pbsim');
  return exercises;
}

/** The stations' database: what role stations received, apart from the engine's log. */
export function stationDatabase(): StationDatabase {
  stations ??= new StationDatabase('pbsim-stations');
  return stations;
}

/** The exercises stored here, and the operations Home offers on them. */
export class ExerciseCatalogue {
  constructor(private readonly db: ExerciseDatabase = appDatabase()) {}

  eventStore(exerciseId: string): DexieEventStore {
    return new DexieEventStore(this.db, exerciseId);
  }

  get(exerciseId: string): Promise<ExerciseRecord | undefined> {
    return this.db.exercises.get(exerciseId);
  }

  async put(record: ExerciseRecord): Promise<void> {
    await this.guard('Saving the exercise', () => this.db.exercises.put(record));
  }

  async update(exerciseId: string, changes: Partial<ExerciseRecord>): Promise<void> {
    await this.guard('Updating the exercise', () => this.db.exercises.update(exerciseId, changes));
  }

  /** The whole log, for a backup file. */
  events(exerciseId: string): Promise<ExerciseEvent[]> {
    return this.eventStore(exerciseId).read();
  }

  /** Delete an exercise's log, snapshots and record in one transaction: all or nothing. */
  async delete(exerciseId: string): Promise<void> {
    await this.guard('Deleting the exercise', () =>
      this.db.transaction('rw', this.db.events, this.db.snapshots, this.db.exercises, async () => {
        const range = [
          [exerciseId, -Infinity],
          [exerciseId, Infinity],
        ] as const;
        await this.db.events.where('[exerciseId+seq]').between(range[0], range[1]).delete();
        await this.db.snapshots.where('[exerciseId+seq]').between(range[0], range[1]).delete();
        await this.db.exercises.delete(exerciseId);
      }),
    );
  }

  /**
   * Store a log read from a backup file, with its record and a snapshot of its final state (so it opens
   * quickly however long it is); refuses to overwrite an exercise stored here.
   */
  async restore(
    events: readonly ExerciseEvent[],
    record: ExerciseRecord,
    snapshot?: EngineSnapshot,
  ): Promise<void> {
    await this.guard('Loading the backup', () =>
      this.db.transaction('rw', this.db.events, this.db.snapshots, this.db.exercises, async () => {
        if (await this.db.exercises.get(record.exerciseId))
          throw new StorageError(
            `an exercise with the id ${record.exerciseId} is already stored here; delete it first to load this backup`,
            'ConstraintError',
          );
        await this.db.events.bulkAdd([...events]);
        if (snapshot) await this.db.snapshots.put(snapshot);
        await this.db.exercises.put(record);
      }),
    );
  }

  private guard<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return guardStorage(`${operation} in IndexedDB "${this.db.name}"`, this.db, body);
  }
}

/** Home's live list of exercises, newest first, or why it cannot be read; undefined while loading. */
export function useExerciseRecords(
  db: ExerciseDatabase = appDatabase(),
): { records: ExerciseRecord[] } | { error: string } | undefined {
  // The failure is caught inside the query: useLiveQuery would otherwise throw it out of the render.
  return useLiveQuery(
    () =>
      guardStorage(`Listing the exercises in IndexedDB "${db.name}"`, db, () =>
        db.exercises.orderBy('createdWallMs').reverse().toArray(),
      ).then(
        (records) => ({ records }),
        (error: unknown) => ({ error: errorMessage(error) }),
      ),
    [db],
  );
}
