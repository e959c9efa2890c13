import { durationToMs, isInForce } from '../documents/index';
import type { Milestone } from '../playbook/index';
import { MechanismHistory, type ExerciseReadModels, type TransitionRecord } from '../read-models/index';
import { span } from './latency-stats';
import type { WindowResult } from './metrics-types';

function reaches(record: TransitionRecord, milestone: Milestone): boolean {
  if ('event' in milestone) return record.kind === 'transitioned' && record.event === milestone.event;
  return record.entered.includes(milestone.enters);
}

/**
 * Every expected window of the playbook, for every mechanism actor (and case) of the exercise: from the
 * first time its `from` milestone is reached to the first time after that its `to` milestone is. Transitions
 * a voided decision caused, and the restorations voids logged, do not count.
 */
export function windowResults(models: ExerciseReadModels): WindowResult[] {
  const { content, facts } = models;
  const date = content.scenario.start.date.slice(0, 10);
  const results: WindowResult[] = [];
  const actors = [...models.history.actors()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [actorKey, records] of actors) {
    const transitions = records.filter(MechanismHistory.stands);
    const machine = transitions[0]?.machine;
    const document = machine ? content.playbook.mechanisms.get(machine) : undefined;
    if (!machine || !document) continue;
    for (const window of document.windows ?? []) {
      if (!isInForce(window.inForce, date)) continue;
      const start = transitions.find((record) => reaches(record, window.from));
      if (!start) continue;
      const stop = transitions.find((record) => record.seq > start.seq && reaches(record, window.to));
      const expectedMs = durationToMs(window.expected);
      const measured = stop ? span(start, stop) : null;
      const elapsed = facts.lastScenarioMs - start.scenarioMs;
      const status = measured
        ? measured.scenarioMs <= expectedMs
          ? 'met'
          : 'late'
        : elapsed > expectedMs
          ? 'missed'
          : 'open';
      results.push({
        mechanism: machine,
        actorKey,
        windowId: window.id,
        title: window.title,
        metric: window.metric,
        expectedMs,
        status,
        span: measured,
        startSeq: start.seq,
        reconstructed: window.reconstructed,
      });
    }
  }
  return results;
}
