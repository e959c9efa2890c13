import {
  CONSOLE_PAGE_EVENTS,
  errorMessage,
  SNAPSHOT_INTERVAL,
  snapshotOf,
  type ExerciseEvent,
} from '../../core/index';
import type { ConsoleCopy } from '../storage/index';
import { afterNextPaint } from './after-paint';
import type { ExerciseFollower, ExerciseMessage } from './console-connection';
import { CopyWriter } from './copy-writer';
import type { RemoteExercise } from './remote-exercise';

export interface CopyFollowerOptions {
  /** This browser's copy of the exercise; null: none can be kept (the view works from memory). */
  copy: Pick<ConsoleCopy, 'open' | 'history' | 'append' | 'saveSnapshot'> | null;
  /** Events `from`…`to` from the host (ConsoleConnection.history). */
  requestHistory: (from: number, to: number) => Promise<ExerciseEvent[]>;
  /** Open the exercise on the host again from what is held (a batch arrived after a gap). */
  resync: () => void;
  /** When to start reading history: after the first paint of what is shown, so it does not delay it. */
  historyAfter?: () => Promise<unknown>;
}

/**
 * Keeps a RemoteExercise and this browser's copy of the exercise in step with the host (issue 16 §1). The
 * copy opens first, at once, from its latest snapshot and the events after it; the host is then asked for
 * what follows it, naming its last event by digest. The host's answer: `log` lines are applied and appended
 * to the copy in order; `opening` (the copy missing or far behind) shows the host's snapshot at once and
 * reads the history between the copy and the snapshot page by page, so the copy stays contiguous; `diverged`
 * and `not-found` merge nothing and leave the copy on screen, read-only, with the reason.
 */
export class CopyFollower implements ExerciseFollower {
  private writer: CopyWriter | null = null;
  /** The copy's last seq when it opened; null when there was no copy. */
  private copyHeld: number | null = null;
  private heard = false;
  private filling: Promise<void> | null = null;
  private resyncedAt: number | null = null;
  private lastSnapshotSeq = 0;
  private hostLastSeq = 0;

  constructor(
    private readonly view: RemoteExercise,
    private readonly options: CopyFollowerOptions,
  ) {}

  /** Open this browser's copy and show it; resolves when the host may be asked for what follows. */
  async openCopy(): Promise<void> {
    const { copy } = this.options;
    if (!copy) return;
    let written = 0;
    try {
      const opening = await copy.open();
      if (opening) {
        this.view.log.start(opening.created, opening.snapshot, opening.events, {
          snapshotOwned: true,
          lastDigest: opening.digest,
        });
        written = opening.lastSeq;
        this.copyHeld = opening.lastSeq;
        this.lastSnapshotSeq = opening.snapshot?.seq ?? 0;
        this.view.status.setNotice({ kind: 'opened', held: opening.lastSeq, received: null });
      }
    } catch (error) {
      // Nothing is written to a copy that could not be read: it may hold what the host no longer has.
      this.view.status.report(
        `this browser’s copy of the exercise could not be read (${errorMessage(error)}): the console shows what the exercise host sends and keeps no copy`,
      );
      return;
    }
    this.writer = new CopyWriter({
      copy,
      written,
      eventsAfter: (seq, max) => this.view.log.eventsAfter(seq, max),
      hostLastSeq: () => this.hostLastSeq,
      onError: (error) =>
        this.view.status.report(
          `this browser’s copy of the exercise stops at event ${this.writer?.written ?? written}: ${errorMessage(error)}. The console carries on with what the exercise host sends.`,
        ),
    });
    void this.fill();
  }

  since(): number {
    return this.view.lastSeq();
  }

  digest(): string | undefined {
    return this.view.log.lastDigest();
  }

  refused(reason: string): void {
    this.view.refused(reason);
  }

  receive(message: ExerciseMessage): void {
    switch (message.kind) {
      case 'presence':
        return this.view.receive(message);
      case 'status':
        this.view.status.setAnswer({ kind: 'following' });
        this.view.receive(message);
        void this.fill();
        return;
      case 'log':
        this.answered(message.lastSeq);
        return this.take(message.events);
      case 'opening':
        this.answered(message.lastSeq);
        return this.opening(message);
      case 'diverged':
        this.writer?.stop();
        this.view.status.setNotice({ kind: 'diverged', reason: message.reason });
        this.view.status.setAnswer({
          kind: 'diverged',
          reason: message.reason,
          heldSeq: message.heldSeq,
          hostLastSeq: message.hostLastSeq,
        });
        return;
      case 'not-found':
        // Nothing comes of it; the copy stays writable should the exercise come back (restored with its id).
        if (this.view.ready) this.view.status.setNotice({ kind: 'not-found', reason: message.reason });
        this.view.status.setAnswer({ kind: 'not-found', reason: message.reason });
        return;
    }
  }

  /** Resolves once the history being read and the copy's writes so far are done (before a discard). */
  async settled(): Promise<void> {
    for (let filling = this.filling; filling; filling = this.filling) await filling;
    await this.writesDone();
  }

  /** Resolves once the copy's writes asked for so far are done, whatever history is still to come. */
  async writesDone(): Promise<void> {
    await this.writer?.idle();
  }

  /** The host follows the copy on: say once what was brought from it. */
  private answered(lastSeq: number): void {
    this.hostLastSeq = Math.max(this.hostLastSeq, lastSeq);
    this.view.heardHost(lastSeq);
    if (this.view.status.hostAnswer.kind !== 'following') this.view.status.setAnswer({ kind: 'following' });
    if (this.heard) return;
    this.heard = true;
    this.view.status.setNotice(
      this.copyHeld === null
        ? { kind: 'rebuilt', total: lastSeq }
        : { kind: 'opened', held: this.copyHeld, received: Math.max(0, lastSeq - this.copyHeld) },
    );
  }

  private take(batch: readonly ExerciseEvent[]): void {
    try {
      const gap = this.view.log.take(batch);
      if (gap) {
        // Asked again once from what is held; a host that sends the same gap again is reported, not looped on.
        if (this.resyncedAt === gap.held)
          this.view.status.report(`the exercise host's log jumps from event ${gap.held} to ${gap.next}`);
        else {
          this.resyncedAt = gap.held;
          this.options.resync();
        }
      }
    } catch (error) {
      this.view.status.report(
        `the exercise host sent a log this console cannot read: ${errorMessage(error)}`,
      );
    }
    this.kept();
  }

  private opening(message: Extract<ExerciseMessage, { kind: 'opening' }>): void {
    try {
      this.view.log.start(message.created, message.snapshot, message.events);
    } catch (error) {
      this.view.status.report(
        `the exercise host sent a log this console cannot read: ${errorMessage(error)}`,
      );
      return;
    }
    // The fold took a copy of the snapshot: this one may go to the copy as it came.
    this.lastSnapshotSeq = message.snapshot.seq;
    this.writer?.saveSnapshot(message.snapshot);
    this.kept();
    void this.fill();
  }

  /** What is held now goes to the copy, with a snapshot every SNAPSHOT_INTERVAL events; the screens hear. */
  private kept(): void {
    if (this.writer?.writing) {
      this.writer.flush();
      const seq = this.view.lastSeq();
      if (seq - this.lastSnapshotSeq >= SNAPSHOT_INTERVAL) {
        this.lastSnapshotSeq = seq;
        this.writer.saveSnapshot(snapshotOf(this.view.state));
      }
    }
    this.view.changed();
  }

  /**
   * Read the history before the snapshot shown, page by page, after the first paint: from this browser's
   * copy as far as it goes, then from the host. Stops when the host does not follow; it resumes on its next
   * answer.
   */
  private fill(): Promise<void> {
    if (this.filling || !this.view.log.historyNeeded(1)) return this.filling ?? Promise.resolve();
    this.filling = this.readHistory().finally(() => (this.filling = null));
    return this.filling;
  }

  private async readHistory(): Promise<void> {
    const { copy, requestHistory, historyAfter = afterNextPaint } = this.options;
    await historyAfter();
    const { log } = this.view;
    for (let range = log.historyNeeded(CONSOLE_PAGE_EVENTS); range;) {
      const inCopy = this.writer?.written ?? 0;
      const fromCopy = copy !== null && range.from <= inCopy;
      if (!fromCopy && !this.view.status.hostFollows) return;
      let page: ExerciseEvent[];
      try {
        page = fromCopy
          ? await copy.history(range.from, Math.min(range.to, inCopy))
          : await requestHistory(range.from, range.to);
      } catch (error) {
        // A dropped connection is no failure: the history is asked for again once the host answers.
        if (fromCopy || this.view.status.hostFollows)
          this.view.status.report(
            `events ${range.from}–${range.to} could not be read: ${errorMessage(error)}`,
          );
        return;
      }
      if (page.length === 0 || !log.addHistory(page)) {
        const source = fromCopy ? 'this browser’s copy' : 'the exercise host';
        this.view.status.report(`${source} did not send events ${range.from}–${range.to} in order`);
        return;
      }
      this.kept();
      range = log.historyNeeded(CONSOLE_PAGE_EVENTS);
    }
  }
}
