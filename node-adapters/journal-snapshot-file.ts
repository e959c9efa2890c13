import { open, type FileHandle } from 'node:fs/promises';
import { canonicalJson, checkSnapshotExercise, type EngineSnapshot } from '../core/index';
import { readBytesOrEmpty, writeFully } from './journal-files';

/** Where the snapshots of a journal are kept: beside it. */
export function snapshotsFileOf(journal: string): string {
  return `${journal}.snapshots.jsonl`;
}

/**
 * The snapshots of one journal, in `<journal>.snapshots.jsonl`: canonical JSON lines, fsync'd. Snapshots
 * are derivable from the journal, so unlike the journal itself a torn last line or an unreadable line is
 * simply dropped (the engine replays from an earlier snapshot or from seq 1 instead).
 */
export class JournalSnapshotFile {
  /** Saves run one after the other, so two concurrent saves never interleave their bytes. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly handle: FileHandle,
    private readonly exerciseId: string,
    /** Sorted by seq; for equal seqs the later save wins in `atOrBefore`. */
    private readonly entries: { seq: number; text: string }[],
  ) {}

  static async open(file: string, exerciseId: string): Promise<JournalSnapshotFile> {
    const bytes = await readBytesOrEmpty(file);
    const complete = bytes.lastIndexOf(0x0a) + 1;
    const entries: { seq: number; text: string }[] = [];
    for (const line of bytes.subarray(0, complete).toString('utf8').split('\n')) {
      const snapshot = parseSnapshot(line);
      if (snapshot?.exerciseId === exerciseId) entries.push({ seq: snapshot.seq, text: line });
    }
    entries.sort((a, b) => a.seq - b.seq);
    const handle = await open(file, 'a');
    // Cut a torn last line off, or the next snapshot would be glued to it and be lost as well.
    if (complete < bytes.length) {
      await handle.truncate(complete);
      await handle.sync();
    }
    return new JournalSnapshotFile(handle, exerciseId, entries);
  }

  async save(snapshot: EngineSnapshot): Promise<void> {
    checkSnapshotExercise(this.exerciseId, snapshot.exerciseId);
    const text = canonicalJson(snapshot);
    const saved = this.queue.then(async () => {
      await writeFully(this.handle, Buffer.from(`${text}\n`, 'utf8'));
      await this.handle.sync();
      const at = this.entries.findIndex((entry) => entry.seq > snapshot.seq);
      this.entries.splice(at === -1 ? this.entries.length : at, 0, { seq: snapshot.seq, text });
    });
    this.queue = saved.catch(() => undefined);
    await saved;
  }

  atOrBefore(seq: number): EngineSnapshot | undefined {
    const found = this.entries.findLast((entry) => entry.seq <= seq);
    return found ? (JSON.parse(found.text) as EngineSnapshot) : undefined;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}

function parseSnapshot(line: string): EngineSnapshot | null {
  try {
    const value = JSON.parse(line) as Partial<EngineSnapshot> | null;
    const valid =
      typeof value === 'object' &&
      value !== null &&
      typeof value.exerciseId === 'string' &&
      Number.isInteger(value.seq);
    return valid ? (value as EngineSnapshot) : null;
  } catch {
    return null;
  }
}
