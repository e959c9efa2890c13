// The lines `run` prints, for a late-policy run of the mini fixture, checked against counts taken from its log.
import { describe, expect, it } from 'vitest';
import { Harness } from '../test/fixtures/engine-harness';
import { formatScenarioTime, isEvent, runExercise } from '../core/index';
import { runSummaryLines } from './run-summary';

describe('runSummaryLines', () => {
  it('sums up the run from its log and metrics', async () => {
    const h = await Harness.create();
    const summary = await runExercise(h.engine, { policy: 'late', seed: 1, wallStartMs: h.wallMs });
    const events = h.engine.events;
    const released = new Set(
      events.filter((event) => isEvent(event, 'inject.released')).map((event) => event.payload.injectId),
    );
    const decisions = events.filter((event) => isEvent(event, 'decision.taken')).length;
    const { byStatus } = summary.metrics.expectedActions;
    const { euNato, blockedTotal } = summary.metrics.exchange;
    const contingencies = released.has('INJ-2') ? 1 : 0;

    expect(runSummaryLines(summary, 'runs/mini/events.jsonl')).toEqual([
      'Mini scenario — late, seed 1',
      `  played to ${formatScenarioTime(events.at(-1)!.scenarioMs)} of scenario time: ${events.length} events`,
      `  injects released ${released.size} (contingencies ${contingencies}); blocked by marking ${blockedTotal} (deliveries and link products)`,
      `  decisions ${decisions} (refused ${summary.decisionsRefused}); expected actions met ${byStatus.met + byStatus['marked-met']}, missed ${byStatus.missed + byStatus['marked-unmet']}, open ${byStatus.open}`,
      `  EU↔NATO exchanges ${euNato.exchanges} (messages ${euNato.messages}, link products ${euNato.products}); blocked at the line ${euNato.blocked}`,
      '  journal runs/mini/events.jsonl',
    ]);
    // The run played the scenario to its end (2 days), so its numbers above are not all zero.
    expect(events.at(-1)!.scenarioMs).toBeGreaterThanOrEqual(2 * 24 * 3_600_000);
    expect(released.size).toBeGreaterThan(0);
  });

  it('counts voided decisions when there are any', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const decisionId = h.eventsOf('decision.taken')[0]!.payload.decisionId;
    await h.send('decision/void', { decisionId, reason: 'out of turn' });
    const summary = await runExercise(h.engine, { policy: 'doctrine', seed: 2, wallStartMs: h.wallMs });
    const decisions = h.eventsOf('decision.taken').length;
    expect(runSummaryLines(summary, 'j')[3]).toMatch(
      new RegExp(`^  decisions ${decisions} \\(voided 1\\) \\(refused \\d+\\);`),
    );
  });
});
