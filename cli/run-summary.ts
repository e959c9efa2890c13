import { formatScenarioTime, type RunSummary } from '../core/index';

/**
 * The few lines `run` prints: enough to see at a glance how the exercise went. Every figure but the agents'
 * refusals is read from the metrics the run writes, so the lines and metrics.json always agree.
 */
export function runSummaryLines(summary: RunSummary, journal: string): string[] {
  const { metrics, models } = summary;
  const { exercise, expectedActions: expected, exchange } = metrics;
  const { byStatus } = expected;
  let injectsReleased = 0;
  for (const inject of models.injects.all()) if (inject.released) injectsReleased += 1;
  const decisions = [...models.history.decisions()];
  const voided = decisions.filter((decision) => decision.voided).length;
  return [
    `${exercise.title} — ${summary.policy}, seed ${summary.seed}`,
    `  played to ${formatScenarioTime(exercise.scenarioDurationMs)} of scenario time: ${exercise.events} events`,
    `  injects released ${injectsReleased} (contingencies ${expected.contingenciesReleased}); blocked by marking ${exchange.blockedTotal} (deliveries and link products)`,
    `  decisions ${decisions.length}${voided ? ` (voided ${voided})` : ''} (refused ${summary.decisionsRefused}); expected actions met ${byStatus.met + byStatus['marked-met']}, missed ${byStatus.missed + byStatus['marked-unmet']}, open ${byStatus.open}`,
    `  EU↔NATO exchanges ${exchange.euNato.exchanges} (messages ${exchange.euNato.messages}, link products ${exchange.euNato.products}); blocked at the line ${exchange.euNato.blocked}`,
    `  journal ${journal}`,
  ];
}
