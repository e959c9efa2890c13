import { useEffect, useState } from 'react';
import { metricsOf, type ExerciseEvent, type ExerciseMetrics, type ExerciseView } from '../../../core/index';
import { readModelsOf } from '../read-models';

/** What the metrics are computed from: the log (its identity and length say when it changed) and the clock. */
type MetricsSource = Pick<ExerciseView, 'content' | 'events' | 'state'>;

interface Computed {
  /** The log the metrics were computed from, and how long it was: a new array or a longer one is news. */
  events: readonly ExerciseEvent[];
  count: number;
  at: number;
  /** How long the pass took: a slow pass (a huge log, a slow laptop) widens the interval. */
  tookMs: number;
  metrics: ExerciseMetrics;
}

function compute(view: MetricsSource): Computed {
  const started = Date.now();
  const metrics = metricsOf(readModelsOf(view));
  const { events } = view;
  return { events, count: events.length, at: Date.now(), tookMs: Date.now() - started, metrics };
}

/**
 * The exercise's metrics, derived from the console's read models (which fold each event once), recomputed
 * only when the log has grown, and while the clock runs at most once per `intervalMs` (or, when a pass is
 * slow, four passes' time, so metrics never take more than a fifth of the tab's time): deriving windows and
 * stages over a 100,000-event exercise must not run on every event of a fast exercise.
 */
export function useThrottledMetrics(view: MetricsSource, intervalMs = 1000): ExerciseMetrics {
  const [computed, setComputed] = useState(() => compute(view));
  const { events } = view;
  const count = events.length;
  const running = view.state.clock.status === 'running';
  const stale = computed.events !== events || computed.count !== count;
  useEffect(() => {
    if (!stale) return;
    const spacing = Math.max(intervalMs, computed.tookMs * 4);
    const wait = running ? Math.max(0, computed.at + spacing - Date.now()) : 0;
    const timer = setTimeout(() => setComputed(compute(view)), wait);
    return () => clearTimeout(timer);
  }, [view, events, count, stale, running, computed.at, computed.tookMs, intervalMs]);
  return computed.metrics;
}
