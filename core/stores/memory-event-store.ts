import { canonicalJson } from '../engine/index';
import type { EngineSnapshot, EventStore, ExerciseEvent } from '../ports/index';
import { checkBatch, checkSnapshotExercise, eventsFromLines, EventStoreClosedError } from './check-batch';

/**
 * The log in memory, for tests and the CLI. Events are kept as canonical JSON text rather than objects:
 * every read parses a fresh copy, so no caller can change a stored event by mutating what it passed in or
 * got back (core has no `structuredClone`, and the JSON round trip is exactly what a journal would keep).
 */
export class MemoryEventStore implements EventStore {
  /** `lines[i]` is the event with seq i + 1: the log is contiguous from 1. */
  private readonly lines: string[] = [];
  /** Sorted by seq; one per seq, the latest save wins. */
  private readonly snapshots: { seq: number; text: string }[] = [];
  private closed = false;

  constructor(readonly exerciseId: string) {}

  async append(batch: readonly ExerciseEvent[]): Promise<void> {
    this.assertOpen();
    checkBatch(this.exerciseId, this.lines.length, batch);
    // Encode the whole batch before storing any of it: canonicalJson throws on NaN, and a half batch must
    // never count as recorded.
    const encoded = batch.map((event) => canonicalJson(event));
    this.lines.push(...encoded);
  }

  async read(fromSeq = 1, toSeq = Infinity): Promise<ExerciseEvent[]> {
    this.assertOpen();
    return eventsFromLines(this.lines, fromSeq, toSeq);
  }

  async lastSeq(): Promise<number> {
    this.assertOpen();
    return this.lines.length;
  }

  async saveSnapshot(snapshot: EngineSnapshot): Promise<void> {
    this.assertOpen();
    checkSnapshotExercise(this.exerciseId, snapshot.exerciseId);
    const entry = { seq: snapshot.seq, text: canonicalJson(snapshot) };
    const at = this.snapshots.findIndex((existing) => existing.seq >= snapshot.seq);
    if (at === -1) this.snapshots.push(entry);
    else this.snapshots.splice(at, this.snapshots[at]?.seq === snapshot.seq ? 1 : 0, entry);
  }

  async snapshotAtOrBefore(seq: number): Promise<EngineSnapshot | undefined> {
    this.assertOpen();
    const found = this.snapshots.findLast((entry) => entry.seq <= seq);
    return found ? (JSON.parse(found.text) as EngineSnapshot) : undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError(this.exerciseId);
  }
}
