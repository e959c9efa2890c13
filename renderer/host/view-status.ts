/** What the console shows while its connection to the host is down; it clears by itself on reconnect. */
export const HOST_UNREACHABLE = 'the exercise host is not reachable: reconnecting…';

/** Why a copy shown before the host has answered is read-only. */
export const COPY_UNCHECKED = 'this browser’s copy is shown until the exercise host has checked it';

/** What the host said of the copy the console opened it with. */
export type HostAnswer =
  /** Nothing yet (or the connection dropped since). */
  | { kind: 'waiting' }
  /** The host follows the copy on: its log continues what is held. */
  | { kind: 'following' }
  /** The copy does not continue the host's journal: nothing is merged. */
  | { kind: 'diverged'; reason: string; heldSeq: number; hostLastSeq: number }
  | { kind: 'not-found'; reason: string };

/** What the console tells the controller it did with this browser's copy (a dismissible status line). */
export type CopyNotice =
  /** Opened from this browser's copy of `held` events; `received` more came from the host (null: not yet heard). */
  | { kind: 'opened'; held: number; received: number | null }
  /** No copy here: rebuilt from the host, whose log holds `total` events. */
  | { kind: 'rebuilt'; total: number }
  | { kind: 'diverged'; reason: string }
  | { kind: 'not-found'; reason: string };

/**
 * Whether the console may change an exercise it shows, and why not; the problems it must show; what it says
 * of this browser's copy. Every change calls `changed`, so the screens re-render.
 */
export class ViewStatus {
  private reachable = true;
  private unreachableReason = HOST_UNREACHABLE;
  private answer: HostAnswer = { kind: 'waiting' };
  private hostReadOnly = false;
  /** The host's problem with the exercise (from its status) and this console's own (its copy, the log). */
  private hostProblem: string | null = null;
  private ownProblem: string | null = null;
  private readonly dismissed = new Set<string>();
  private currentNotice: CopyNotice | null = null;

  constructor(private readonly changed: () => void) {}

  get hostAnswer(): HostAnswer {
    return this.answer;
  }

  /** The host can be reached and follows this copy: history may be asked of it. */
  get hostFollows(): boolean {
    return this.reachable && this.answer.kind === 'following';
  }

  get notice(): CopyNotice | null {
    return this.currentNotice;
  }

  get readOnlyReason(): string | null {
    if (!this.reachable) return this.unreachableReason;
    switch (this.answer.kind) {
      case 'waiting':
        return COPY_UNCHECKED;
      case 'diverged':
        return this.answer.reason;
      case 'not-found':
        return `the exercise host has no such exercise (${this.answer.reason}): it was deleted there, or the host was started with another data folder`;
    }
    if (this.hostReadOnly) return this.hostProblem ?? 'the exercise host keeps this exercise read-only';
    return null;
  }

  /** This console's own problem first, then the host's; each until the controller dismisses it. */
  get error(): string | null {
    for (const problem of [this.ownProblem, this.hostProblem])
      if (problem !== null && !this.dismissed.has(problem)) return problem;
    return null;
  }

  /** Whether the host can be reached; `reason` says why not (default: reconnecting). */
  setReachable(reachable: boolean, reason = HOST_UNREACHABLE): void {
    if (reachable === this.reachable && reason === this.unreachableReason) return;
    this.reachable = reachable;
    this.unreachableReason = reason;
    // Once back, the host is asked again and answers again: until then the copy is not known to follow on.
    if (!reachable && this.answer.kind === 'following') this.answer = { kind: 'waiting' };
    this.changed();
  }

  setAnswer(answer: HostAnswer): void {
    this.answer = answer;
    this.changed();
  }

  /** The host's status of the exercise: read-only (a damaged journal), or a write that failed. */
  hostStatus(readOnly: boolean, problem: string | null): void {
    this.hostReadOnly = readOnly;
    if (problem !== this.hostProblem && problem !== null) this.dismissed.delete(problem);
    this.hostProblem = problem;
    this.changed();
  }

  /** A failure the controller must see (a copy that could not be written, a log that does not follow on). */
  report(problem: string): void {
    if (problem !== this.ownProblem) this.dismissed.delete(problem);
    this.ownProblem = problem;
    this.changed();
  }

  /** The controller has read the problem shown: it goes until it is reported anew. */
  dismissError(): void {
    const shown = this.error;
    if (shown === null) return;
    this.dismissed.add(shown);
    this.changed();
  }

  setNotice(notice: CopyNotice | null): void {
    this.currentNotice = notice;
    this.changed();
  }
}
