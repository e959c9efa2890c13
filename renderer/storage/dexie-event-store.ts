import Dexie from 'dexie';
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

/**
 * A storage failure (quota, a closed or blocked database, a failed transaction). Nothing of the operation
 * was stored; `originalName` is the IndexedDB or Dexie error behind it, e.g. 'QuotaExceededError'.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    message: string,
    readonly originalName: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

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
  private async run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      if (error instanceof SequenceGapError || error instanceof WrongExerciseError) throw error;
      throw this.storageError(operation, error);
    }
  }

  private storageError(operation: string, error: unknown): StorageError {
    const root = rootCause(error);
    const where = `${operation} for exercise "${this.exerciseId}" in IndexedDB "${this.db.name}" failed`;
    let advice = root.message;
    // Once the other tab has gone the pending open completes and the database works again.
    if (this.db.upgradeBlocked && !this.db.isOpen()) {
      advice =
        'the database upgrade is blocked by another tab of this app that is still open: close it and reload';
    } else if (root.name === 'QuotaExceededError') {
      advice = 'the storage quota is full: free disk space or export and remove old exercises';
    } else if (root.name === Dexie.errnames.DatabaseClosed) {
      advice = 'the database was closed (another tab may have upgraded it): reload the app';
    }
    return new StorageError(`${where}: ${advice}; nothing was stored`, root.name, { cause: error });
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError(this.exerciseId);
  }
}

/**
 * The error that actually happened. Dexie wraps it: a QuotaExceededError "may occur as the inner exception of
 * an AbortError" (dexie.org/docs/DexieErrors/Dexie.QuotaExceededError), and bulkAdd reports a BulkError
 * whose `failures` hold the per-row causes.
 */
function rootCause(error: unknown): { name: string; message: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = current as { inner?: unknown; failures?: unknown[] } | null;
    const next = candidate?.inner ?? candidate?.failures?.[0];
    if (next === undefined || next === null) break;
    current = next;
  }
  if (current instanceof Error || (typeof current === 'object' && current !== null && 'name' in current)) {
    const { name, message } = current as { name: string; message?: string };
    return { name, message: message ?? name };
  }
  return { name: 'Error', message: String(current) };
}
