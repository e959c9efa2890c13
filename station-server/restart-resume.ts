import type { ExerciseEngine, ExerciseEvent } from '../core/index';

const gapOf = (event: ExerciseEvent): number => (event.type === 'clock.resumed' ? event.payload.gapMs : 0);

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
    /** The host's last sign of life before the restart, if it left one (alive-marker.ts). */
    private readonly aliveUntilWallMs: number | null,
    private readonly events: { resumed: (line: string) => void; failed: (error: unknown) => void },
  ) {}

  /** True once it is on disk (or was not needed: the clock was not running). */
  done(): Promise<boolean> {
    if (this.resuming) return this.resuming;
    const resuming = this.engine.resumeAfterRestart(this.now(), this.aliveUntilWallMs ?? undefined).then(
      (batch) => {
        // Last in its batch: what fell due before the host's last sign of life goes first.
        const event = batch.at(-1);
        if (event)
          this.events.resumed(
            `reopened ${event.exerciseId}: clock resumed after ${Math.round(gapOf(event) / 1000)} s`,
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
