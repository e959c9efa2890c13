import { useRef } from 'react';
import {
  ReadModelFeed,
  type ExerciseReadModels,
  type LoadedContent,
  type StationEvent,
} from '../../core/index';
import { asLoggedEvent } from './exercise-context';

/**
 * The read models of the evaluator's stream, shared by the guide, the observations, the ratings and the
 * metrics: one feed per exercise content, folding only the events that arrived since the last render. The
 * models are updated in place, so a panel that memoises what it derives keys it on `models.facts.count`
 * (the events folded) as well as on `models` (a fresh fold, after a reload or another exercise, is a new
 * instance). Null until the exercise's documents are known.
 */
export function useStreamModels(
  events: readonly StationEvent[],
  content: LoadedContent | null,
): ExerciseReadModels | null {
  const kept = useRef<{ content: LoadedContent; feed: ReadModelFeed<StationEvent> } | null>(null);
  if (!content) return null;
  if (kept.current?.content !== content)
    kept.current = { content, feed: new ReadModelFeed(content, asLoggedEvent) };
  return kept.current.feed.advance(events);
}
