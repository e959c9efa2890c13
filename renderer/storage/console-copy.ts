import {
  eventDigest,
  SequenceGapError,
  WrongExerciseError,
  type EngineSnapshot,
  type ExerciseEvent,
} from '../../core/index';
import { DexieEventStore } from './dexie-event-store';
import type { ExerciseCopy, ExerciseDatabase } from './exercise-db';
import { guardStorage, StorageError } from './storage-error';

/** What a console needs to show its copy at once: the state at the latest snapshot, and the events after it. */
export interface CopyOpening {
  /** `exercise.created`: the documents every query reads. */
  created: ExerciseEvent;
  /** The latest snapshot at or before `lastSeq`; undefined when there is none (`events` then start at 1). */
  snapshot: EngineSnapshot | undefined;
  /** The events after the snapshot, up to `lastSeq`, in order. */
  events: ExerciseEvent[];
  lastSeq: number;
  /** `eventDigest` of event `lastSeq`, for `open` (the host checks that the copy continues its journal). */
  digest: string;
  /** `browser`: an exercise recorded in this browser before the exercise host (see ExerciseCopy). */
  origin: ExerciseCopy['origin'];
}

/**
 * The console's working copy of one exercise the exercise host keeps, in the app's IndexedDB database
 * (docs/architecture.md §8): its events (always contiguous from `exercise.created`: the event store refuses a
 * gap), snapshots of the state every so often, and its `copies` row. A reload opens from it at once; it is
 * brought up to date from the host, or rebuilt from the host when it is missing or wiped. Every failure is a
 * StorageError that says what failed.
 */
export class ConsoleCopy {
  private readonly store: DexieEventStore;

  constructor(
    private readonly db: ExerciseDatabase,
    readonly exerciseId: string,
  ) {
    this.store = new DexieEventStore(db, exerciseId);
  }

  /** The copy as the console shows it first; null when this browser holds none of the exercise. */
  async open(): Promise<CopyOpening | null> {
    // Asked for together: the first event, the last one and the latest snapshot are three short reads.
    const [[created], last, row] = await Promise.all([
      this.store.read(1, 1),
      this.lastEvent(),
      this.guard("Reading this browser's copy", () => this.db.copies.get(this.exerciseId)),
    ]);
    if (!created || !last) return null;
    const snapshot = await this.store.snapshotAtOrBefore(last.seq);
    const events = await this.store.read((snapshot?.seq ?? 0) + 1, last.seq);
    return {
      created,
      snapshot,
      events,
      lastSeq: last.seq,
      digest: eventDigest(last),
      origin: row?.origin ?? 'host',
    };
  }

  /** Events `from`…`to` of the copy (the history before its snapshot, read page by page). */
  history(from: number, to: number): Promise<ExerciseEvent[]> {
    return this.store.read(from, to);
  }

  /** Every event held, for "Download this browser's copy". */
  events(): Promise<ExerciseEvent[]> {
    return this.store.read();
  }

  /** The last `seq` held, 0 when none. */
  lastSeq(): Promise<number> {
    return this.store.lastSeq();
  }

  /**
   * Add a batch that continues the copy (a SequenceGapError otherwise, and nothing is stored), durably, with
   * the host's last `seq` as last heard. A copy without its row is marked a copy of the host's exercise.
   */
  async append(batch: readonly ExerciseEvent[], hostLastSeq: number): Promise<void> {
    if (batch.length === 0) return;
    await this.guard("Saving events to this browser's copy", () =>
      this.db.transaction('rw', this.db.events, this.db.copies, async () => {
        await this.store.append(batch);
        const row = await this.db.copies.get(this.exerciseId);
        await this.db.copies.put({
          ...(row ?? { exerciseId: this.exerciseId, origin: 'host' }),
          hostLastSeq,
        });
      }),
    );
  }

  /** Keep a snapshot, so the next open starts near the end of a long log. */
  saveSnapshot(snapshot: EngineSnapshot): Promise<void> {
    return this.store.saveSnapshot(snapshot);
  }

  /**
   * Delete the copy (events, snapshots, row) in one transaction, to rebuild it from the host. An exercise
   * recorded in this browser before the host, and not yet moved there, is its only record: refused.
   */
  async discard(): Promise<void> {
    await this.guard("Deleting this browser's copy", () =>
      this.db.transaction('rw', this.db.events, this.db.snapshots, this.db.copies, async () => {
        const row = await this.db.copies.get(this.exerciseId);
        if (row?.origin === 'browser' && row.movedWallMs === undefined)
          throw new StorageError(
            `exercise ${this.exerciseId} was recorded in this browser before the exercise host and has not been moved there: this browser holds its only record, so it is kept`,
            'ConstraintError',
          );
        const range = [
          [this.exerciseId, -Infinity],
          [this.exerciseId, Infinity],
        ] as const;
        await this.db.events.where('[exerciseId+seq]').between(range[0], range[1], true, true).delete();
        await this.db.snapshots.where('[exerciseId+seq]').between(range[0], range[1], true, true).delete();
        await this.db.copies.delete(this.exerciseId);
      }),
    );
  }

  private lastEvent(): Promise<ExerciseEvent | undefined> {
    return this.guard("Reading this browser's copy", () =>
      this.db.events
        .where('[exerciseId+seq]')
        .between([this.exerciseId, -Infinity], [this.exerciseId, Infinity], true, true)
        .last(),
    );
  }

  private guard<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return guardStorage(
      `${operation} of exercise "${this.exerciseId}" in IndexedDB "${this.db.name}"`,
      this.db,
      body,
      // A batch that does not continue the copy, or of another exercise, is the caller's error, said as such.
      (error) => error instanceof SequenceGapError || error instanceof WrongExerciseError,
    );
  }
}
