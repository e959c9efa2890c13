import { useRef } from 'react';
import type { ExerciseEngine, ExerciseEvent } from '../../../core/index';

interface Fold {
  advance(events: readonly ExerciseEvent[]): void;
}

/**
 * A projection folded over the engine's log, kept across renders and advanced only by the events appended
 * since the last render; a new engine (a read-only tab reloading the log) starts a fresh fold.
 */
export function useEventFold<F extends Fold>(
  engine: ExerciseEngine,
  create: (engine: ExerciseEngine) => F,
): F {
  const held = useRef<{ engine: ExerciseEngine; fold: F } | null>(null);
  if (!held.current || held.current.engine !== engine) held.current = { engine, fold: create(engine) };
  held.current.fold.advance(engine.events);
  return held.current.fold;
}
