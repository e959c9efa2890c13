/**
 * How many frames one socket may send (issue 20 §2): a token bucket per connection, so a station that floods
 * is slowed down and the host keeps serving everyone else. A playing station sends a command every few
 * seconds and a heartbeat per role every 5 s; even a person clicking fast stays far below the rate. A frame
 * over it waits until the bucket has one again (paced-frames.ts stops reading the socket meanwhile), the sender
 * is told at most once a second, and a socket that stays over it for `abusiveAfterMs` is closed.
 */
export interface FrameBudgetOptions {
  now: () => number;
  /** Frames a second, sustained. */
  perSecond?: number;
  /** Frames at once, after a quiet spell. */
  burst?: number;
  /** Over the rate this long without a pause: the connection is closed. */
  abusiveAfterMs?: number;
}

export type FrameVerdict =
  /** Read it. */
  | { kind: 'take' }
  /** Over the rate: read it in `ms`, when the bucket has a frame again; `tell` the sender, once a second. */
  | { kind: 'wait'; ms: number; tell: boolean }
  /** Close the connection. */
  | { kind: 'close'; reason: string };

export const FRAMES_PER_SECOND = 20;
export const FRAME_BURST = 60;
export const ABUSIVE_AFTER_MS = 10_000;

export class FrameBudget {
  /** In thousandths of a frame: whole-millisecond refills add up exactly. */
  private tokens: number;
  private lastRefillMs: number;
  readonly perSecond: number;
  private readonly burst: number;
  private readonly abusiveAfterMs: number;
  /** When the socket went over the rate, while it stays over it; null when it is within. */
  private overSinceMs: number | null = null;
  private lastToldMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: FrameBudgetOptions) {
    this.perSecond = options.perSecond ?? FRAMES_PER_SECOND;
    this.burst = options.burst ?? FRAME_BURST;
    this.abusiveAfterMs = options.abusiveAfterMs ?? ABUSIVE_AFTER_MS;
    this.tokens = this.burst * 1000;
    this.lastRefillMs = options.now();
  }

  /** A frame is to be read: read it now, wait, or close. */
  take(): FrameVerdict {
    const now = this.options.now();
    this.tokens = Math.min(
      this.burst * 1000,
      this.tokens + Math.round((now - this.lastRefillMs) * this.perSecond),
    );
    this.lastRefillMs = now;
    // A second's worth back in the bucket: the sender slowed down, the flood is over.
    if (this.tokens >= Math.min(this.perSecond, this.burst) * 1000) this.overSinceMs = null;
    if (this.tokens >= 1000) {
      this.tokens -= 1000;
      return { kind: 'take' };
    }
    this.overSinceMs ??= now;
    if (now - this.overSinceMs >= this.abusiveAfterMs)
      return {
        kind: 'close',
        reason: `more than ${this.perSecond} frames a second for ${Math.round(this.abusiveAfterMs / 1000)} s`,
      };
    const ms = Math.ceil((1000 - this.tokens) / this.perSecond);
    const tell = now - this.lastToldMs >= 1000;
    if (tell) this.lastToldMs = now;
    return { kind: 'wait', ms, tell };
  }
}
