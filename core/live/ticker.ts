/**
 * Calls `pulse` about every `everyMs`; returns the function that stops it. The exercise host ticks from a
 * timer; a headless run and tests drive a `ManualTicker` themselves, so nothing sleeps.
 */
export type Ticker = (pulse: () => Promise<void> | void, everyMs: number) => () => void;

/** A ticker that pulses only when told to, and waits for every pulse to finish. */
export class ManualTicker {
  private readonly pulses = new Set<() => Promise<void> | void>();

  /** The `Ticker` to hand to whoever pulses by it. */
  readonly start: Ticker = (pulse) => {
    this.pulses.add(pulse);
    return () => this.pulses.delete(pulse);
  };

  /** How many are ticking by it (started and not stopped). */
  get running(): number {
    return this.pulses.size;
  }

  /** One pulse to everyone ticking by it, resolved when they have all finished. */
  async pulse(): Promise<void> {
    await Promise.all([...this.pulses].map((pulse) => pulse()));
  }
}
