import { useEffect, useState } from 'react';
import { metricsOf, type ExerciseEngine, type ExerciseMetrics } from '../../../core/index';
import { readModelsOf } from '../read-models';

interface Computed {
  engine: ExerciseEngine;
  count: number;
  at: number;
  /** How long the pass took: a slow pass (a huge log, a slow laptop) widens the interval. */
  tookMs: number;
  metrics: ExerciseMetrics;
}

function compute(engine: ExerciseEngine): Computed {
  const started = Date.now();
  const metrics = metricsOf(readModelsOf(engine));
  return { engine, count: engine.events.length, at: Date.now(), tookMs: Date.now() - started, metrics };
}

/**
 * The exercise's metrics, derived from the console's read models (which fold each event once), recomputed
 * only when the log has grown, and while the clock runs at most once per `intervalMs` (or, when a pass is
 * slow, four passes' time, so metrics never take more than a fifth of the tab's time): deriving windows and
 * stages over a 100,000-event exercise must not run on every event of a fast exercise.
 */
export function useThrottledMetrics(engine: ExerciseEngine, intervalMs = 1000): ExerciseMetrics {
  const [computed, setComputed] = useState(() => compute(engine));
  const count = engine.events.length;
  const running = engine.state.clock.status === 'running';
  const stale = computed.engine !== engine || computed.count !== count;
  useEffect(() => {
    if (!stale) return;
    const spacing = Math.max(intervalMs, computed.tookMs * 4);
    const wait = running ? Math.max(0, computed.at + spacing - Date.now()) : 0;
    const timer = setTimeout(() => setComputed(compute(engine)), wait);
    return () => clearTimeout(timer);
  }, [engine, count, stale, running, computed.at, computed.tookMs, intervalMs]);
  return computed.metrics;
}
