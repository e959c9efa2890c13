import type { ExerciseEvent } from '../ports/index';

export type EngineListener = (events: readonly ExerciseEvent[]) => void;

/** How far the reading of the history before the opening snapshot got, of the `total` events it covers. */
export interface HistoryProgress {
  loaded: number;
  total: number;
}

/**
 * The exercise's log in memory, the command-id index kept beside it, and the listeners told of each batch.
 * After a quick open it holds only the events after the opening snapshot; the history before it is put in
 * front once read (`completeHistory`).
 */
export class EngineLog {
  private log: ExerciseEvent[];
  /**
   * Command id → first seq and count of the events it appended (contiguous), so a resend is applied once.
   * An index of the log, like the station streams, not engine state: snapshots stay small.
   */
  private readonly commandIndex = new Map<string, [number, number]>();
  private readonly listeners = new Set<EngineListener>();
  /** While the history before the opening snapshot is still being read: how far; null once the log is whole. */
  partial: HistoryProgress | null = null;
  /** Resolves when the whole log is in memory; rejects when reading the history failed. */
  historyReady: Promise<void> = Promise.resolve();

  constructor(events: ExerciseEvent[]) {
    this.log = events;
    for (const event of events) this.index(event);
  }

  get events(): readonly ExerciseEvent[] {
    return this.log;
  }

  /** Events recorded in the store, appended to memory. */
  append(batch: readonly ExerciseEvent[]): void {
    for (const event of batch) {
      this.log.push(event);
      this.index(event);
    }
  }

  /** A page of the history before the opening snapshot: indexed at once, put in place by `completeHistory`. */
  indexHistory(page: readonly ExerciseEvent[], loaded: number): void {
    for (const event of page) this.index(event);
    if (this.partial) this.partial.loaded = loaded;
  }

  /** The whole history read: it goes before the events appended meanwhile (a restart's clock.resumed). */
  completeHistory(history: ExerciseEvent[]): void {
    this.log = history.concat(this.log);
    this.partial = null;
  }

  /** The seqs a command appended, or undefined when the engine has not applied it. */
  commandSeqs(commandId: string): number[] | undefined {
    const seen = this.commandIndex.get(commandId);
    return seen ? Array.from({ length: seen[1] }, (_, index) => seen[0] + index) : undefined;
  }

  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tell every listener of a batch; an empty batch is a page of history read after a quick open. */
  notify(batch: readonly ExerciseEvent[]): void {
    for (const listener of this.listeners) listener(batch);
  }

  private index(event: ExerciseEvent): void {
    if (event.commandId === null) return;
    const applied = this.commandIndex.get(event.commandId);
    if (applied) applied[1] += 1;
    else this.commandIndex.set(event.commandId, [event.seq, 1]);
  }
}
