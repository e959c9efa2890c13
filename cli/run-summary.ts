import { formatScenarioTime, type ExerciseEngine, type RunSummary } from '../core/index';

/** The few lines `run` prints: enough to see at a glance how the exercise went. */
export function runSummaryLines(engine: ExerciseEngine, summary: RunSummary, journal: string): string[] {
  const { scenario } = engine.content;
  return [
    `${scenario.title} — ${summary.policy}, seed ${summary.seed}`,
    `  played to ${formatScenarioTime(summary.scenarioMs)} of scenario time: ${summary.events} events`,
    `  injects released ${summary.injectsReleased} (contingencies ${summary.contingenciesReleased}); deliveries blocked by marking ${summary.deliveriesBlocked}`,
    `  decisions ${summary.decisions} (refused ${summary.decisionsRefused}); expected actions met ${summary.expectedMet}, missed ${summary.expectedMissed}`,
    `  journal ${journal}`,
  ];
}
