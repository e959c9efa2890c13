import type { ExerciseEvent } from './envelopes';

/** A saved fold of the log up to `seq`, so replay to a later point starts there instead of at seq 1. */
export interface EngineSnapshot {
  exerciseId: string;
  seq: number;
  /** The version of the engine state it holds (core/engine/state-migrations.ts); absent: version 1. */
  v?: number;
  /** Canonical-JSON-safe engine state. */
  state: unknown;
}

/**
 * Where one exercise's log lives. One writer per exercise. Implementations: in memory (tests, CLI), the
 * JSON Lines journal on disk (node-adapters), IndexedDB through Dexie (renderer/storage).
 */
export interface EventStore {
  readonly exerciseId: string;
  /**
   * Append a batch after the last stored event. The batch's `seq`s must continue the stored ones without
   * a gap, and the promise resolves only once the batch is durable in this store; a failure rejects and
   * nothing of the batch counts as recorded.
   */
  append(batch: readonly ExerciseEvent[]): Promise<void>;
  /** Stored events with `fromSeq <= seq <= toSeq` (default: all), in order. */
  read(fromSeq?: number, toSeq?: number): Promise<ExerciseEvent[]>;
  /** The last stored `seq`, 0 when empty. */
  lastSeq(): Promise<number>;
  saveSnapshot(snapshot: EngineSnapshot): Promise<void>;
  /** The latest snapshot whose `seq` is at or before `seq`. */
  snapshotAtOrBefore(seq: number): Promise<EngineSnapshot | undefined>;
  close(): Promise<void>;
}

/** Thrown by `append` when a batch does not continue the log (a second writer, or a bug). */
export class SequenceGapError extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(`event seq ${received} does not continue the log (expected ${expected})`);
  }
}
