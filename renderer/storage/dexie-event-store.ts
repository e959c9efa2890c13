import {
  checkBatch,
  checkSnapshotExercise,
  EventStoreClosedError,
  SequenceGapError,
  WrongExerciseError,
  type EngineSnapshot,
  type EventStore,
  type ExerciseEvent,
} from '../../core/index';
import type { ExerciseDatabase } from './exercise-db';
import { guardStorage } from './storage-error';

/**
 * The log of one exercise in IndexedDB. The database belongs to whoever created it (it holds every exercise),
 * so `close()` ends this store only, not the database.
 */
export class DexieEventStore implements EventStore {
  private closed = false;

  constructor(
    private readonly db: ExerciseDatabase,
    readonly exerciseId: string,
  ) {}

  /** One 'rw' transaction: the seq check and the write see the same state, and the batch lands whole or not at all. */
  async append(batch: readonly ExerciseEvent[]): Promise<void> {
    this.assertOpen();
    if (batch.length === 0) return;
    await this.run('append', () =>
      this.db.transaction('rw', this.db.events, async () => {
        checkBatch(this.exerciseId, await this.storedLastSeq(), batch);
        // IndexedDB stores a structured clone: later changes to the caller's objects cannot reach the log.
        await this.db.events.bulkAdd(batch);
      }),
    );
  }

  async read(fromSeq = 1, toSeq = Infinity): Promise<ExerciseEvent[]> {
    this.assertOpen();
    return this.run('read', () =>
      this.db.events
        .where('[exerciseId+seq]')
        .between([this.exerciseId, fromSeq], [this.exerciseId, toSeq], true, true)
        .toArray(),
    );
  }

  async lastSeq(): Promise<number> {
    this.assertOpen();
    return this.run('lastSeq', () => this.storedLastSeq());
  }

  async saveSnapshot(snapshot: EngineSnapshot): Promise<void> {
    this.assertOpen();
    checkSnapshotExercise(this.exerciseId, snapshot.exerciseId);
    await this.run('saveSnapshot', () => this.db.snapshots.put(snapshot));
  }

  async snapshotAtOrBefore(seq: number): Promise<EngineSnapshot | undefined> {
    this.assertOpen();
    return this.run('snapshotAtOrBefore', () =>
      this.db.snapshots
        .where('[exerciseId+seq]')
        .between([this.exerciseId, -Infinity], [this.exerciseId, seq], true, true)
        .last(),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async storedLastSeq(): Promise<number> {
    const keys = await this.db.events
      .where('[exerciseId+seq]')
      .between([this.exerciseId, -Infinity], [this.exerciseId, Infinity], true, true)
      .reverse()
      .limit(1)
      .primaryKeys();
    return keys[0]?.[1] ?? 0;
  }

  /** Run a Dexie operation; every failure that is not a contract error becomes a StorageError. */
  private run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return guardStorage(
      `${operation} for exercise "${this.exerciseId}" in IndexedDB "${this.db.name}"`,
      this.db,
      body,
      (error) => error instanceof SequenceGapError || error instanceof WrongExerciseError,
    );
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError(this.exerciseId);
  }
}
