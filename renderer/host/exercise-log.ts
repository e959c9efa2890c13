import {
  contentOfCreated,
  eventDigest,
  exerciseRoles,
  foldFrom,
  type EngineRole,
  type EngineSnapshot,
  type ExerciseEvent,
  type HistoryProgress,
  type LoadedContent,
} from '../../core/index';

interface Loaded {
  content: LoadedContent;
  roles: ReadonlyMap<string, EngineRole>;
  created: ExerciseEvent;
  fold: ReturnType<typeof foldFrom>;
}

/** A batch that does not follow on from the last event held: `held` is that event's seq, `next` the batch's. */
export interface LogGap {
  held: number;
  next: number;
}

/**
 * The console's log of one exercise in memory, and the state folded from it. It may start from a snapshot
 * (this browser's copy, or the host's latest) with the events after it, so the current state shows at once;
 * the history before the snapshot is then added page by page, in order, and once it is all in `events` is
 * replaced by the whole log (a new, longer array: projections fold it again from the start).
 */
export class ExerciseLog {
  private loaded: Loaded | null = null;
  /** The seq of the snapshot the fold started from while the history before it is missing; 0: whole. */
  private base = 0;
  /** The history from event 1 on, while `base` > 0. */
  private head: ExerciseEvent[] = [];
  /** The events the fold has after `base` (the whole log once `base` is 0). */
  private tail: ExerciseEvent[] = [];
  /** The digest of the last event when it is not in memory (a copy opened on a snapshot at its last event). */
  private knownDigest: { seq: number; digest: string } | null = null;

  get ready(): boolean {
    return this.loaded !== null;
  }

  /** The log as held, oldest first: the events after the snapshot until the history is in, then all of it. */
  get events(): readonly ExerciseEvent[] {
    return this.tail;
  }

  whenLoaded(exerciseId: string): Loaded {
    if (!this.loaded) throw new Error(`exercise ${exerciseId} has not arrived from the host yet`);
    return this.loaded;
  }

  /** The last `seq` the state includes: the host sends what follows. */
  lastSeq(): number {
    return this.loaded?.fold.state.lastSeq ?? 0;
  }

  /** `eventDigest` of the last event held, when it is known (see ConsoleRequest `open`). */
  lastDigest(): string | undefined {
    const last = this.tail.at(-1);
    if (last) return eventDigest(last);
    return this.knownDigest?.seq === this.lastSeq() ? this.knownDigest.digest : undefined;
  }

  /** How much of the history before the snapshot is in; null when the log is whole. */
  progress(): HistoryProgress | null {
    return this.base > 0 ? { loaded: this.head.length, total: this.base } : null;
  }

  /** The next range of history to read, at most `page` events; null when the log is whole. */
  historyNeeded(page: number): { from: number; to: number } | null {
    if (this.base === 0) return null;
    const from = this.head.length + 1;
    return { from, to: Math.min(this.base, from + page - 1) };
  }

  /**
   * Start (again) from `exercise.created`, a snapshot at or after everything held and the events after it.
   * The history held so far is kept; what the snapshot covers of the rest is read again as history.
   * Throws when `created` or the snapshot cannot be read, and holds what it held before.
   */
  start(
    created: ExerciseEvent,
    snapshot: EngineSnapshot | undefined,
    events: readonly ExerciseEvent[],
    options: { snapshotOwned?: boolean; lastDigest?: string } = {},
  ): void {
    const content = this.loaded?.content ?? contentOfCreated(created);
    const fold = foldFrom(created, content, snapshot, { copy: !options.snapshotOwned });
    const base = snapshot?.seq ?? 0;
    const history = this.base === 0 ? this.tail : this.head;
    const tail: ExerciseEvent[] = base === 0 ? [created] : [];
    for (const event of events) {
      if (event.seq <= fold.state.lastSeq) continue;
      if (event.seq !== fold.state.lastSeq + 1)
        throw new Error(`the log jumps from event ${fold.state.lastSeq} to ${event.seq}`);
      fold.apply(event);
      tail.push(event);
    }
    this.loaded = {
      content,
      roles: this.loaded?.roles ?? exerciseRoles(content.playbook, content.scenario),
      created,
      fold,
    };
    this.base = base;
    this.tail = tail;
    this.head = base > 0 ? history.slice(0, base).filter((event, index) => event.seq === index + 1) : [];
    this.knownDigest = options.lastDigest ? { seq: fold.state.lastSeq, digest: options.lastDigest } : null;
    this.completeIfWhole();
  }

  /**
   * Journal lines that follow on; what is held already is skipped. Returns the gap when a line does not
   * follow on (nothing after it is taken). The first line of an empty log must be `exercise.created`.
   */
  take(batch: readonly ExerciseEvent[]): LogGap | null {
    for (const event of batch) {
      const held = this.lastSeq();
      if (event.seq <= held) continue;
      if (event.seq !== held + 1) return { held, next: event.seq };
      if (!this.loaded) this.start(event, undefined, []);
      else {
        this.loaded.fold.apply(event);
        this.tail.push(event);
      }
    }
    return null;
  }

  /**
   * A page of the history before the snapshot, in order from the first event missing. False when it does
   * not follow on (nothing of it is taken from the first line that does not).
   */
  addHistory(page: readonly ExerciseEvent[]): boolean {
    if (this.base === 0) return true;
    for (const event of page) {
      if (event.seq <= this.head.length) continue;
      if (event.seq !== this.head.length + 1 || event.seq > this.base) return false;
      this.head.push(event);
    }
    this.completeIfWhole();
    return true;
  }

  /** Up to `max` events held after `seq` that follow on from it (what may go to the copy next). */
  eventsAfter(seq: number, max: number): ExerciseEvent[] {
    if (this.base === 0) return this.tail.slice(seq, seq + max);
    if (seq < this.head.length) return this.head.slice(seq, Math.min(this.head.length, seq + max));
    if (seq >= this.base) return this.tail.slice(seq - this.base, seq - this.base + max);
    return [];
  }

  private completeIfWhole(): void {
    if (this.base === 0 || this.head.length < this.base) return;
    // A new array: the events array only grows, and a longer one tells projections to fold it afresh.
    this.tail = this.head.concat(this.tail);
    this.head = [];
    this.base = 0;
  }
}
