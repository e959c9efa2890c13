import type { LoggedAt } from '../read-models/index';
import type { LatencyStats, Span } from './metrics-types';

export function span(from: LoggedAt, to: LoggedAt): Span {
  return {
    fromSeq: from.seq,
    toSeq: to.seq,
    scenarioMs: to.scenarioMs - from.scenarioMs,
    wallMs: to.wallMs - from.wallMs,
  };
}

/** Count, mean, median and maximum of latencies in milliseconds (integers: means and medians rounded). */
export function latencyStats(values: readonly number[]): LatencyStats {
  if (values.length === 0) return { count: 0, meanMs: null, medianMs: null, maxMs: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
  return {
    count: values.length,
    meanMs: Math.round(values.reduce((sum, value) => sum + value, 0) / values.length),
    medianMs: median,
    maxMs: sorted[sorted.length - 1] as number,
  };
}

/** Entries of a map sorted by key, values only: metrics list their rows in a stable order. */
export const byKey = <T>(map: ReadonlyMap<string, T>) =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value);
