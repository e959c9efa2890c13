/**
 * Scenario time as a fold of clock events. Nothing here reads a clock: the host passes the wall time it read
 * once per command or tick, and scenario time is derived from the last anchor the log recorded.
 */

export type ClockStatus = 'ready' | 'running' | 'paused' | 'ended';

/** `max` runs the exercise as fast as events allow: scenario time moves only by jumps. */
export type ClockSpeed = number | 'max';

export interface ClockState {
  status: ClockStatus;
  speed: ClockSpeed;
  /** Scenario time at the anchor. */
  anchorScenarioMs: number;
  /** Wall time at the anchor; scenario time flows from here while running at a numeric speed. */
  anchorWallMs: number;
}

export function initialClock(): ClockState {
  return { status: 'ready', speed: 1, anchorScenarioMs: 0, anchorWallMs: 0 };
}

/** Scenario time at a wall time, by the fold so far. Never goes backwards for a later wall time. */
export function scenarioTimeAt(clock: ClockState, wallMs: number): number {
  if (clock.status !== 'running' || clock.speed === 'max') return clock.anchorScenarioMs;
  return clock.anchorScenarioMs + Math.max(0, Math.floor((wallMs - clock.anchorWallMs) * clock.speed));
}

/** Re-anchor at a point: every clock event does this so later time flows from the event's own stamp. */
export function anchored(
  clock: ClockState,
  scenarioMs: number,
  wallMs: number,
  change: Partial<ClockState>,
): ClockState {
  return { ...clock, ...change, anchorScenarioMs: scenarioMs, anchorWallMs: wallMs };
}

/** The speeds a controller can choose (the console offers these; `max` is for headless runs and catch-up). */
export const CLOCK_SPEEDS: readonly ClockSpeed[] = [1, 5, 30, 60, 'max'];
