import type { ExerciseEngine } from '../core/index';

/**
 * The restart's `clock.resumed` (ADR 0004): logged once after an exercise whose clock was running is
 * opened, with the gap, so scenario time does not advance across it. Nothing may be written before it (a
 * pulse or a command would count the gap as scenario time), so they all wait for it; a write that failed
 * is tried again by whichever comes next.
 */
export class RestartResume {
  private resuming: Promise<boolean> | null = null;

  constructor(
    private readonly engine: ExerciseEngine,
    private readonly now: () => number,
    private readonly events: { resumed: (line: string) => void; failed: (error: unknown) => void },
  ) {}

  /** True once it is on disk (or was not needed: the clock was not running). */
  done(): Promise<boolean> {
    if (this.resuming) return this.resuming;
    const gapFrom = this.engine.state.lastWallMs;
    const resuming = this.engine.resumeAfterRestart(this.now()).then(
      ([event]) => {
        if (event)
          this.events.resumed(
            `reopened ${event.exerciseId}: clock resumed after ${Math.round((event.wallMs - gapFrom) / 1000)} s`,
          );
        return true;
      },
      (error: unknown) => {
        this.events.failed(error);
        this.resuming = null;
        return false;
      },
    );
    this.resuming = resuming;
    return resuming;
  }
}
