import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  errorMessage,
  canonicalJson,
  checkBatch,
  eventsFromLines,
  EventStoreClosedError,
  type EngineSnapshot,
  type EventStore,
  type ExerciseEvent,
  type JournalProblem,
  type TornLine,
} from '../core/index';
import { readBytesOrEmpty, saveTornBytes, syncFolder, writeFully } from './journal-files';
import { JournalLineTable } from './journal-line-table';
import { JournalSnapshotFile, snapshotsFileOf } from './journal-snapshot-file';

/** What `open` found in an existing journal and what it did about it, to be told to the user. */
export interface JournalRecovery {
  /** The unfinished last line a crash left, or null. */
  torn: TornLine | null;
  /** Where the torn bytes were moved (`<file>.torn-<n>`), or null. */
  tornSavedTo: string | null;
  /** A damaged complete line; when present the store is read-only (see `JournalDamagedError`). */
  problems: JournalProblem[];
  eventsRead: number;
  /** The last event had lost its "\n"; one was written so the next append starts its own line. */
  addedFinalNewline: boolean;
}

/** Counters for tests and the benchmark: `fsyncs < appends` is what group commit buys. */
export interface JournalStats {
  appends: number;
  events: number;
  /** Successful group commits; each is one write and one fsync of the journal. */
  commits: number;
  fsyncs: number;
  largestGroup: number;
}

/** A write or fsync failed: none of the events named in the message counts as recorded. */
export class JournalWriteError extends Error {
  override readonly name = 'JournalWriteError';
}

/**
 * The journal has a damaged line before its end. Appending after it would bury the events beyond the damage,
 * and cutting it back would destroy them, so the store stays read-only until a person looks at the file.
 */
export class JournalDamagedError extends Error {
  override readonly name = 'JournalDamagedError';
}

interface PendingAppend {
  bytes: Buffer;
  lines: string[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The on-disk journal of one exercise (docs/architecture.md §8): JSON Lines, append-only, fsync'd in group
 * commits. Appends that arrive while a write+fsync is in flight queue up and go to disk together in the next
 * round, so a burst of N appends costs far fewer than N fsyncs, and each `append()` resolves only after the
 * fsync that covers its bytes.
 */
export class JournalEventStore implements EventStore {
  /** Durable events as canonical JSON, `lines.at(i)` holding seq i + 1: reads parse fresh copies. */
  private readonly lines: JournalLineTable;
  /** The journal's length once every durable line is in: on a failed write the file is cut back to it. */
  private durableBytes: number;
  /** The last seq accepted by `append`, counting those queued or in flight. */
  private acceptedSeq: number;
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;
  /** Why appends are refused for good (damaged journal, or a failed write that could not be undone). */
  private writeBlocked: Error | null;
  private readonly counters: JournalStats = { appends: 0, events: 0, commits: 0, fsyncs: 0, largestGroup: 0 };

  private constructor(
    readonly exerciseId: string,
    readonly file: string,
    private readonly handle: FileHandle,
    private readonly snapshots: JournalSnapshotFile,
    lines: JournalLineTable,
    durableBytes: number,
    damage: JournalProblem | undefined,
  ) {
    this.lines = lines;
    this.acceptedSeq = this.lines.length;
    this.durableBytes = durableBytes;
    this.writeBlocked = damage
      ? new JournalDamagedError(`${file} line ${damage.line}: ${damage.message}; the journal is read-only`)
      : null;
  }

  /**
   * Open (or create, with its folders) the journal of `exerciseId` at `file`.
   *
   * A torn last line is never silently lost: its raw bytes are first saved, fsync'd, to `<file>.torn-<n>`,
   * and only then is the journal cut back to its last complete line, so that appends continue on a clean
   * line. A crash between the two steps leaves the bytes in both places, never in neither. A damaged line
   * before the end is reported and the store opens read-only with the events before it.
   */
  static async open(
    file: string,
    exerciseId: string,
  ): Promise<{ store: JournalEventStore; recovery: JournalRecovery }> {
    await mkdir(path.dirname(file), { recursive: true });
    const bytes = await readBytesOrEmpty(file);
    // The store's own journal: the engine wrote every line of it, so payloads are not checked again. Reads
    // parse fresh copies of the lines, so the decoded events are not kept.
    const decoded = JournalLineTable.decode(bytes);
    const foreign = decoded.exerciseId;
    if (foreign !== null && foreign !== exerciseId) {
      throw new Error(`${file} is the journal of exercise "${foreign}", not "${exerciseId}"`);
    }
    const handle = await open(file, 'a');
    try {
      if (bytes.length === 0) await syncFolder(path.dirname(file));
      const recovery: JournalRecovery = {
        torn: decoded.torn,
        tornSavedTo: null,
        problems: decoded.problems,
        eventsRead: decoded.table.length,
        addedFinalNewline: false,
      };
      let durableBytes = bytes.length;
      if (decoded.torn) {
        // The torn line follows the last "\n" (a UTF-8 multi-byte sequence never contains 0x0a).
        durableBytes = bytes.lastIndexOf(0x0a) + 1;
        recovery.tornSavedTo = await saveTornBytes(file, bytes.subarray(durableBytes));
        await handle.truncate(durableBytes);
        await handle.sync();
      } else if (decoded.missingFinalNewline) {
        await writeFully(handle, Buffer.from('\n'));
        await handle.sync();
        durableBytes += 1;
        recovery.addedFinalNewline = true;
      }
      const snapshots = await JournalSnapshotFile.open(snapshotsFileOf(file), exerciseId);
      const damage = decoded.problems[0];
      const store = new JournalEventStore(
        exerciseId,
        file,
        handle,
        snapshots,
        decoded.table,
        durableBytes,
        damage,
      );
      return { store, recovery };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Open a journal this process has just written whole and checked (a restore), with its canonical lines in
   * hand, so its 100,000 lines are not read and decoded again. When the file is no longer the length it was
   * written with, it is opened the ordinary way, with every line read from disk.
   */
  static async adopt(
    file: string,
    exerciseId: string,
    written: { lines: string[]; byteLength: number },
  ): Promise<{ store: JournalEventStore; recovery: JournalRecovery }> {
    const handle = await open(file, 'a');
    try {
      if ((await handle.stat()).size !== written.byteLength) {
        await handle.close();
        return await JournalEventStore.open(file, exerciseId);
      }
      const snapshots = await JournalSnapshotFile.open(snapshotsFileOf(file), exerciseId);
      const store = new JournalEventStore(
        exerciseId,
        file,
        handle,
        snapshots,
        JournalLineTable.ofStrings(written.lines),
        written.byteLength,
        undefined,
      );
      const recovery: JournalRecovery = {
        torn: null,
        tornSavedTo: null,
        problems: [],
        eventsRead: written.lines.length,
        addedFinalNewline: false,
      };
      return { store, recovery };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async append(batch: readonly ExerciseEvent[]): Promise<void> {
    this.assertOpen();
    if (this.writeBlocked) throw this.writeBlocked;
    const last = checkBatch(this.exerciseId, this.acceptedSeq, batch);
    if (batch.length === 0) return;
    // Encode before accepting: canonicalJson throws on NaN, and a rejected batch must change nothing.
    const lines = batch.map((event) => canonicalJson(event));
    const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
    this.acceptedSeq = last;
    this.counters.appends++;
    // Everything above runs synchronously, so appends issued without awaiting queue in call order.
    await new Promise<void>((resolve, reject) => {
      this.queue.push({ bytes, lines, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async read(fromSeq = 1, toSeq = Infinity): Promise<ExerciseEvent[]> {
    this.assertOpen();
    // The same range as core's eventsFromLines takes from an array of lines.
    const start = Math.max(1, Math.ceil(fromSeq)) - 1;
    const end = Math.min(this.lines.length, Math.floor(toSeq));
    return eventsFromLines(this.lines.slice(start, Math.max(start, end)));
  }

  async lastSeq(): Promise<number> {
    this.assertOpen();
    return this.lines.length;
  }

  async saveSnapshot(snapshot: EngineSnapshot): Promise<void> {
    this.assertOpen();
    await this.snapshots.save(snapshot);
  }

  async snapshotAtOrBefore(seq: number): Promise<EngineSnapshot | undefined> {
    this.assertOpen();
    return this.snapshots.atOrBefore(seq);
  }

  /** Waits for appends already accepted to be written (or to fail), then closes the files. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    await this.snapshots.close();
    await this.handle.close();
  }

  /** Why appends are refused for good (a damaged line, or a failed write that could not be undone), or null. */
  get writeRefusal(): string | null {
    return this.writeBlocked?.message ?? null;
  }

  stats(): JournalStats {
    return { ...this.counters };
  }

  private async flush(): Promise<void> {
    // One microtask of grace: appends issued in the same tick as the first one join its group.
    await Promise.resolve();
    while (this.queue.length > 0) await this.commit(this.queue.splice(0));
    this.flushing = null;
  }

  private async commit(group: PendingAppend[]): Promise<void> {
    // Appends queued while a failed write was being undone: if the undo failed, nothing may follow it.
    if (this.writeBlocked) return this.fail(group, this.writeBlocked);
    const data = Buffer.concat(group.map((pending) => pending.bytes));
    try {
      await writeFully(this.handle, data);
      await this.handle.sync();
    } catch (error) {
      await this.fail(group, error);
      return;
    }
    this.durableBytes += data.length;
    for (const pending of group) this.lines.push(pending.lines);
    this.counters.commits++;
    this.counters.fsyncs++;
    this.counters.events += group.reduce((sum, pending) => sum + pending.lines.length, 0);
    this.counters.largestGroup = Math.max(this.counters.largestGroup, group.length);
    for (const pending of group) pending.resolve();
  }

  /**
   * Reject the group and everything queued behind it (their seqs continue the failed events, so they cannot
   * be written either), and cut the file back to its durable length so no half-written line stays behind.
   */
  private async fail(group: PendingAppend[], cause: unknown): Promise<void> {
    const rejected = [...group, ...this.queue.splice(0)];
    this.acceptedSeq = this.lines.length;
    const first = this.lines.length + 1;
    const last = first + rejected.reduce((sum, pending) => sum + pending.lines.length, 0) - 1;
    const reason = errorMessage(cause);
    let message = `writing events ${first}–${last} to ${this.file} failed (${reason}); none of them is recorded`;
    try {
      await this.handle.truncate(this.durableBytes);
      await this.handle.sync();
    } catch (undoError) {
      // WARNING: the file may now end in bytes nobody acknowledged. Refuse further appends rather than
      // write after them; the next open treats a partial line as torn and moves it aside.
      message += `, and the journal could not be cut back (${String(undoError)}): it is closed for writing`;
      this.writeBlocked = new JournalWriteError(message, { cause: undoError });
    }
    const error = new JournalWriteError(message, { cause });
    for (const pending of rejected) pending.reject(error);
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError(this.exerciseId);
  }
}
