import { CONSOLE_PAGE_EVENTS, type EngineSnapshot, type ExerciseEvent } from '../../core/index';
import type { ConsoleCopy } from '../storage/index';

/** What the writer needs of this browser's copy. */
export type CopyStore = Pick<ConsoleCopy, 'append' | 'saveSnapshot'>;

export interface CopyWriterOptions {
  copy: CopyStore;
  /** The copy's last seq when the writer starts. */
  written: number;
  /** Up to `max` events held in memory that follow on from `seq`; none while there is a gap after it. */
  eventsAfter: (seq: number, max: number) => ExerciseEvent[];
  /** The host's last seq as last heard, kept with the copy. */
  hostLastSeq: () => number;
  /** The copy could not be written: nothing more is written to it. */
  onError: (error: unknown) => void;
}

/**
 * Writes what the console holds to this browser's copy, one transaction at a time and always in `seq` order,
 * so the copy stays contiguous: events that arrive past a gap (the host's tail while the history before its
 * snapshot is still coming) wait in memory until the gap is filled. A failed write stops the writer: the
 * copy keeps what it had, the view carries on from memory.
 */
export class CopyWriter {
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private seq: number;

  constructor(private readonly options: CopyWriterOptions) {
    this.seq = options.written;
  }

  /** The copy's last seq, as far as this writer has written it. */
  get written(): number {
    return this.seq;
  }

  get writing(): boolean {
    return !this.stopped;
  }

  /** Write whatever now follows on from the copy's last event. */
  flush(): void {
    this.enqueue(async () => {
      for (;;) {
        const batch = this.options.eventsAfter(this.seq, CONSOLE_PAGE_EVENTS);
        const last = batch.at(-1);
        if (!last || this.stopped) return;
        await this.options.copy.append(batch, Math.max(this.options.hostLastSeq(), last.seq));
        this.seq = last.seq;
      }
    });
  }

  saveSnapshot(snapshot: EngineSnapshot): void {
    this.enqueue(() => this.options.copy.saveSnapshot(snapshot));
  }

  /** Nothing more is written (the copy does not continue the host's journal, or the host has no exercise). */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves once everything asked of the writer so far is done (or failed). */
  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(work: () => Promise<void>): void {
    if (this.stopped) return;
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      try {
        await work();
      } catch (error) {
        this.stopped = true;
        this.options.onError(error);
      }
    });
  }
}
