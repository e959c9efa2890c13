import type { ConsoleMessage, ExerciseEvent } from '../core/index';
import type { HostedExerciseApi } from './host-api';

/** The events after `seq` in a log contiguous from its first event. */
export function eventsAfter(events: readonly ExerciseEvent[], seq: number): readonly ExerciseEvent[] {
  const first = events[0]?.seq ?? 1;
  return events.slice(Math.max(0, seq - first + 1));
}

export const lastSeqOf = (events: readonly ExerciseEvent[]): number => events.at(-1)?.seq ?? 0;

/**
 * What a console that follows one exercise is pushed once its opening answer is sent: every batch as it
 * reaches the disk, each event once and in order after `sentSeq`, the exercise's status, and its stations'
 * presence at most once per `presenceEveryMs` (station heartbeats would flood the console).
 */
export class ConsoleFeed {
  private readonly stops: (() => void)[];
  private lastPresenceMs = 0;
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  /**
   * Subscribes at once. Make it in the same turn as the opening answer is read from `hosted.events` up to
   * `sentSeq`: a batch recorded before is in that answer, one recorded after reaches the feed, never both.
   */
  constructor(
    readonly hosted: HostedExerciseApi,
    private sentSeq: number,
    private readonly send: (message: ConsoleMessage) => void,
    private readonly presenceEveryMs = 1_000,
  ) {
    this.stops = [
      hosted.subscribe((batch) => this.batch(batch)),
      hosted.onStatus(() => this.status()),
      hosted.onPresence(() => this.schedulePresence()),
    ];
  }

  status(): void {
    const { exerciseId, readOnly, problem } = this.hosted;
    this.send({ kind: 'status', exerciseId, readOnly, problem });
  }

  presence(): void {
    this.lastPresenceMs = Date.now();
    this.send({ kind: 'presence', exerciseId: this.hosted.exerciseId, stations: this.hosted.presence() });
  }

  stop(): void {
    this.stopped = true;
    for (const stop of this.stops) stop();
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
  }

  private batch(batch: readonly ExerciseEvent[]): void {
    let events = batch.filter((event) => event.seq > this.sentSeq);
    // A host that told of a batch late must not leave a hole: fill it from the recorded log.
    if (events.length > 0 && (events[0] as ExerciseEvent).seq > this.sentSeq + 1)
      events = eventsAfter(this.hosted.events, this.sentSeq).filter((event) => event.seq <= lastSeqOf(batch));
    if (events.length === 0) return;
    this.sentSeq = lastSeqOf(events);
    const lastSeq = Math.max(this.sentSeq, lastSeqOf(this.hosted.events));
    this.send({ kind: 'log', exerciseId: this.hosted.exerciseId, events: [...events], lastSeq });
  }

  private schedulePresence(): void {
    if (this.presenceTimer) return;
    const wait = this.lastPresenceMs + this.presenceEveryMs - Date.now();
    if (wait <= 0) return this.presence();
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      if (!this.stopped) this.presence();
    }, wait);
  }
}
