import type { ExerciseEvent } from '../ports/index';
import type { LoadedContent } from '../engine/index';
import { acknowledgementLatency, exchangeGraph, infoSharing } from './coordination';
import { journalFacts } from './journal-facts';
import type { ExerciseMetrics } from './metrics-types';
import { consistencyFlags, evaluationRecord, expectedActionOutcomes, legalClocks } from './outcomes';
import { stageTimings } from './stage-timings';
import { windowResults } from './window-results';

/**
 * Every metric of an exercise, as a pure function of its journal (and the content `exercise.created`
 * embeds): the same log always gives the same metrics, whoever computes them and whenever.
 */
export function computeMetrics(events: readonly ExerciseEvent[], content: LoadedContent): ExerciseMetrics {
  const facts = journalFacts(events, content);
  const first = events[0];
  const last = events.at(-1);
  const windows = windowResults(facts);
  return {
    exercise: {
      exerciseId: first?.exerciseId ?? '',
      scenarioId: content.scenario.id,
      title: content.scenario.title,
      seed: (first?.payload.seed as number | undefined) ?? 0,
      events: events.length,
      scenarioDurationMs: last?.scenarioMs ?? 0,
      wallDurationMs: first && last ? last.wallMs - first.wallMs : 0,
      ended: events.some((event) => event.type === 'exercise.ended'),
    },
    stages: stageTimings(facts),
    windows,
    acknowledgement: acknowledgementLatency(facts),
    expectedActions: expectedActionOutcomes(facts),
    infoSharing: infoSharing(facts),
    exchange: exchangeGraph(facts),
    legalClocks: legalClocks(facts, windows),
    consistency: consistencyFlags(facts),
    evaluation: evaluationRecord(facts),
  };
}
