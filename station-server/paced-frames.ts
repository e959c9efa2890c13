import type { RawData } from 'ws';
import type { FrameBudget } from './frame-budget';

/** Frames waiting on one socket beyond this many bytes: the sender is not slowing down, and is cut off. */
export const MOST_HELD_BYTES = 4 * 1024 * 1024;

export interface PacedFramesOptions {
  budget: FrameBudget;
  /** Handle one frame (in arrival order). */
  read: (data: RawData, isBinary: boolean) => void;
  /** Stop and restart reading the socket: what the sender sends meanwhile waits in its own buffers. */
  pause: () => void;
  resume: () => void;
  close: (reason: string) => void;
  /** Tell the sender it is being slowed (at most once a second). */
  tell: (reason: string) => void;
  /** A timer: runs `run` after `ms`; returns its cancel. */
  after: (run: () => void, ms: number) => () => void;
  mostHeldBytes?: number;
}

function bytesOf(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  return data.byteLength;
}

/**
 * A socket's frames read at the rate its budget allows (issue 20 §2). A frame over the rate is not dropped
 * (a station's command must never vanish unanswered): the socket stops being read, the frames already in hand
 * wait, and each is read as the budget refills; then reading starts again. The sender's own buffers fill
 * meanwhile (TCP pushes back), so a flood costs the host a timer, not the parsing of every frame. A socket
 * that stays over the rate, or whose waiting frames grow past a bound, is closed.
 */
export class PacedFrames {
  private readonly held: { data: RawData; isBinary: boolean }[] = [];
  private heldBytes = 0;
  private cancelTimer: (() => void) | null = null;
  private closed = false;

  constructor(private readonly options: PacedFramesOptions) {}

  /** How many frames are waiting to be read. */
  get waiting(): number {
    return this.held.length;
  }

  arrive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (this.held.length > 0) return this.hold(data, isBinary);
    const verdict = this.options.budget.take();
    if (verdict.kind === 'take') return this.options.read(data, isBinary);
    if (verdict.kind === 'close') return this.close(verdict.reason);
    this.options.pause();
    this.hold(data, isBinary);
    this.wait(verdict.ms, verdict.tell);
  }

  /** Stop the timer and forget what waits (the socket closed). */
  dispose(): void {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.held.length = 0;
    this.heldBytes = 0;
  }

  private hold(data: RawData, isBinary: boolean): void {
    this.held.push({ data, isBinary });
    this.heldBytes += bytesOf(data);
    const most = this.options.mostHeldBytes ?? MOST_HELD_BYTES;
    if (this.heldBytes > most)
      this.close(`more than ${Math.round(most / 1024)} KiB of frames waiting to be read`);
  }

  private wait(ms: number, tell: boolean): void {
    if (tell) {
      const { perSecond } = this.options.budget;
      this.options.tell(
        `too many frames: this connection is read at ${perSecond} a second, the rest wait; slow down`,
      );
    }
    this.cancelTimer = this.options.after(() => this.drain(), ms);
  }

  private drain(): void {
    this.cancelTimer = null;
    while (!this.closed && this.held.length > 0) {
      const verdict = this.options.budget.take();
      if (verdict.kind === 'close') return this.close(verdict.reason);
      if (verdict.kind === 'wait') return this.wait(verdict.ms, verdict.tell);
      const next = this.held.shift() as { data: RawData; isBinary: boolean };
      this.heldBytes -= bytesOf(next.data);
      this.options.read(next.data, next.isBinary);
    }
    if (!this.closed) this.options.resume();
  }

  private close(reason: string): void {
    this.dispose();
    this.options.close(reason);
  }
}
