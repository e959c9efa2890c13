import type { ExerciseEvent } from '../ports/index';
import type { LoadedContent } from '../engine/index';
import { acknowledgementLatency, exchangeGraph, infoSharing } from './coordination';
import { JournalDigest } from './journal-digest';
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
  return metricsOfDigest(JournalDigest.of(events), content);
}

/** The same metrics from a digest gathered while streaming a journal. */
export function metricsOfDigest(digest: JournalDigest, content: LoadedContent): ExerciseMetrics {
  const facts = journalFacts(digest.events, content, digest.lastScenarioMs);
  const windows = windowResults(facts);
  return {
    exercise: {
      exerciseId: digest.exerciseId,
      scenarioId: content.scenario.id,
      title: content.scenario.title,
      seed: digest.seed,
      events: digest.count,
      scenarioDurationMs: digest.lastScenarioMs,
      wallDurationMs: digest.lastWallMs - digest.firstWallMs,
      ended: digest.events.some((event) => event.type === 'exercise.ended'),
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
