import type { ExerciseEngine } from '../engine/index';
import type { CommandIssuer } from '../ports/index';
import type { StationHub } from '../stations/index';
import type { AutomatedPlayers } from './automated-players';
import type { Ticker } from './ticker';

/** How often the clock pulses in a live exercise. */
export const PULSE_MS = 250;

/** Stations are told the clock this often; it is also the host's heartbeat. */
const CLOCK_BROADCAST_MS = 1_000;

export interface LiveLoopOptions {
  engine: ExerciseEngine;
  /** The wall clock: read once per tick, per command the loop sends, and per clock broadcast to stations. */
  now: () => number;
  ticker: Ticker;
  /** Milliseconds between pulses (default PULSE_MS). */
  everyMs?: number;
  /** Roles played by software: they act on each pulse, and a clock at maximum speed stops where they wake. */
  players?: AutomatedPlayers;
  /** Started once the whole log is in (station streams are built from all of it), told the time each second. */
  hub?: StationHub | null;
  /** Who jumps the clock at maximum speed, with a new command id for each jump. */
  control: { issuedBy: CommandIssuer; newCommandId: () => string };
  /** Where failures go (a storage error, a refused jump): the loop itself carries on with the next pulse. */
  onError: (error: unknown) => void;
}

/**
 * The live loop of an exercise, the one the console's host and the headless runner share: on each pulse
 * it fires what has fallen due, at maximum speed jumps to the next thing that happens (a deadline or an
 * automated role's wake), lets the automated roles act, and tells the stations the time once a second.
 * Reads the clock it is given and pulses by the ticker it is given, so a simulated clock and a hand-driven
 * ticker play an exercise exactly as the wall clock would.
 */
export class LiveLoop {
  private readonly engine: ExerciseEngine;
  private busy = false;
  private stopped = false;
  private started = false;
  private stopTicker: () => void = () => undefined;
  private lastClockBroadcast = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LiveLoopOptions) {
    this.engine = options.engine;
  }

  /** Start pulsing, and serve the stations once the whole log is in. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const { hub, ticker, everyMs, onError } = this.options;
    if (hub)
      void this.engine.whenHistoryLoaded().then(() => {
        if (!this.stopped) hub.start([...this.engine.roles.keys()]);
      }, onError);
    this.stopTicker = ticker(() => this.pulse(), everyMs ?? PULSE_MS);
  }

  /** One pulse: fire what is due, jump at maximum speed, let the automated roles act, tell the time. */
  pulse(): Promise<void> {
    return this.exclusively(async () => {
      await this.fireDue();
      await this.jumpAtMaximum();
      await this.options.players?.act((command) => this.engine.execute(command, this.options.now()));
      this.broadcastClock();
    });
  }

  /**
   * Fire what is due and tell the time, without jumping or playing: what the console does right after its
   * own command, so the stations see a pause or a release at once.
   */
  catchUp(): Promise<void> {
    return this.exclusively(async () => {
      await this.fireDue();
      this.broadcastClock();
    });
  }

  /** The scenario time of the next thing that happens: a deadline, or an automated role's wake. */
  nextMomentMs(): number | null {
    const moments = [this.engine.nextDeadlineMs(), this.options.players?.nextWakeMs() ?? null].filter(
      (time): time is number => time !== null,
    );
    return moments.length > 0 ? Math.min(...moments) : null;
  }

  /** Stop pulsing, stop the automated roles and the stations; later pulses do nothing. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopTicker();
    this.options.players?.dispose();
    this.options.hub?.stop();
  }

  /** A pulse that comes while another is still running does nothing: the running one catches up. */
  private async exclusively(work: () => Promise<void>): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      await work();
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * While scenario time stands still (before STARTEX, paused, ended, or at maximum speed, where only jumps
   * move it) a tick can fire only what is due at the current scenario time: the clock is read only when
   * there is some, so a simulated clock that moves a step per reading moves only for what is logged.
   */
  private async fireDue(): Promise<void> {
    const { clock, lastScenarioMs } = this.engine.state;
    const flowing = clock.status === 'running' && clock.speed !== 'max';
    const next = this.engine.nextDeadlineMs();
    if (!flowing && (next === null || next > lastScenarioMs)) return;
    await this.engine.tick(this.options.now());
  }

  /** At maximum speed scenario time does not flow by itself: each pulse jumps to the next thing. */
  private async jumpAtMaximum(): Promise<void> {
    const { clock, lastScenarioMs } = this.engine.state;
    if (clock.status !== 'running' || clock.speed !== 'max') return;
    const next = this.nextMomentMs();
    if (next === null || next <= lastScenarioMs) return;
    const { issuedBy, newCommandId } = this.options.control;
    const reply = await this.engine.execute(
      { commandId: newCommandId(), type: 'exercise/jump-to', issuedBy, payload: { scenarioMs: next } },
      this.options.now(),
    );
    // A refused jump leaves the clock where it was: say so, rather than pulse on the spot unnoticed.
    if (!reply.ok)
      throw new Error(`the clock could not jump to the next thing that happens: ${reply.reason}`);
  }

  private broadcastClock(): void {
    const { hub, now } = this.options;
    if (!hub) return;
    const wallMs = now();
    if (wallMs - this.lastClockBroadcast < CLOCK_BROADCAST_MS) return;
    this.lastClockBroadcast = wallMs;
    hub.broadcastClock();
  }
}
