import type { LoadedContent } from '../engine/index';
import type { ExerciseEvent } from '../ports/index';
import { ExerciseReadModels } from '../read-models/index';
import { acknowledgementLatency, exchangeSummary, infoSharing } from './coordination';
import { METRICS_SCHEMA_VERSION, type ExerciseMetrics } from './metrics-types';
import { consistencyFlags, evaluationRecord, expectedActionOutcomes, legalClocks } from './outcomes';
import { stageTimings } from './stage-timings';
import { windowResults } from './window-results';

/**
 * Every metric of an exercise, derived from its read models: the same log always gives the same metrics,
 * whoever computes them (the console live, the evaluator from its stream, `run` and `report` from the
 * journal) and whenever.
 */
export function metricsOf(models: ExerciseReadModels): ExerciseMetrics {
  const { facts, content } = models;
  const windows = windowResults(models);
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    exercise: {
      exerciseId: facts.exerciseId,
      scenarioId: content.scenario.id,
      title: content.scenario.title,
      seed: facts.seed,
      events: facts.count,
      scenarioDurationMs: facts.lastScenarioMs,
      wallDurationMs: facts.lastWallMs - facts.firstWallMs,
      ended: facts.ended,
    },
    stages: stageTimings(models),
    windows,
    acknowledgement: acknowledgementLatency(models),
    expectedActions: expectedActionOutcomes(models),
    infoSharing: infoSharing(models),
    exchange: exchangeSummary(models),
    legalClocks: legalClocks(models, windows),
    consistency: consistencyFlags(models),
    evaluation: evaluationRecord(models),
  };
}

/** The metrics of a whole log at once. */
export function computeMetrics(events: Iterable<ExerciseEvent>, content: LoadedContent): ExerciseMetrics {
  return metricsOf(ExerciseReadModels.of(events, content));
}
