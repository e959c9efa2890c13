import { errorMessage, type ExerciseRecord } from '../core/index';
import { writeRecordFile } from './exercise-catalogue-files';

/** Counts in `exercise.json` lag the journal by at most this long while an exercise runs. */
export const RECORD_EVERY_MS = 3_000;

type RecordChange = Pick<ExerciseRecord, 'status' | 'eventCount' | 'lastEventWallMs'>;

/**
 * Keeps an open exercise's `exercise.json` current: at once when its status changes (what a restarted host
 * reopens depends on it), and at most every RECORD_EVERY_MS for its counts, which change with every pulse.
 * The record is a cache of the journal, so a failed write is reported and nothing more.
 */
export class RecordKeeper {
  private record: ExerciseRecord;
  private written: ExerciseRecord;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    record: ExerciseRecord,
    private readonly events: {
      /** The record reached the disk (the catalogue tells its listeners). */
      written: (record: ExerciseRecord) => void;
      failed: (message: string) => void;
    },
    private readonly everyMs = RECORD_EVERY_MS,
  ) {
    this.record = record;
    this.written = record;
  }

  get current(): ExerciseRecord {
    return this.record;
  }

  update(change: RecordChange): void {
    this.record = { ...this.record, ...change };
    if (change.status !== this.written.status) {
      void this.flush();
    } else if (!this.timer && this.isDirty()) {
      this.timer = setTimeout(() => void this.flush(), this.everyMs);
      this.timer.unref?.();
    }
  }

  /** Write the record now if it changed since the last write; resolves once every write so far is done. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(async () => {
      if (!this.isDirty()) return;
      const record = this.record;
      try {
        await writeRecordFile(this.file, record);
        this.written = record;
        this.events.written(record);
      } catch (error) {
        this.events.failed(`the record ${this.file} could not be written: ${errorMessage(error)}`);
      }
    });
    return this.writing;
  }

  private isDirty(): boolean {
    const { status, eventCount, lastEventWallMs } = this.written;
    return (
      status !== this.record.status ||
      eventCount !== this.record.eventCount ||
      lastEventWallMs !== this.record.lastEventWallMs
    );
  }
}
