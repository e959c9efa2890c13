const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Tick steps a reader can add up at a glance: whole minutes, hours, days and weeks, never "1h 40m". Past the
 * longest, a step is a multiple of it.
 */
const DURATION_STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  90 * DAY,
];

/** An axis: its ticks from 0, the last of them the end of the domain (so the longest bar fits inside). */
export interface Axis {
  ticks: number[];
  max: number;
}

/**
 * A duration axis from 0 past `maxMs`, with at most `count` steps of one of the round durations. A domain of
 * nothing (every value 0) still gets one minute, so a scale never divides by zero.
 */
export function durationAxis(maxMs: number, count = 4): Axis {
  const longest = DURATION_STEPS[DURATION_STEPS.length - 1] as number;
  const step =
    DURATION_STEPS.find((candidate) => maxMs / candidate <= count) ??
    longest * Math.ceil(maxMs / longest / count);
  const steps = Math.max(1, Math.ceil(maxMs / step));
  const ticks = Array.from({ length: steps + 1 }, (_, index) => index * step);
  return { ticks, max: steps * step };
}

/**
 * The linear map of [0, domainMax] onto [start, end]: where a value is drawn, to a hundredth of a unit (finer
 * than any screen or printer shows, and it keeps the report's markup free of 17-digit coordinates).
 */
export function linearScale(domainMax: number, start: number, end: number): (value: number) => number {
  const ratio = domainMax > 0 ? (end - start) / domainMax : 0;
  return (value) => Math.round((start + value * ratio) * 100) / 100;
}
