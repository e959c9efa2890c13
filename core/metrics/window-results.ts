import { durationToMs, isInForce } from '../documents/index';
import type { Milestone } from '../playbook/index';
import type { ExerciseEvent } from '../ports/index';
import { span, type JournalFacts } from './journal-facts';
import type { WindowResult } from './metrics-types';

/** The transitions that still stand: those caused by a voided decision are left out, as the log says. */
function standingTransitions(facts: JournalFacts): ExerciseEvent[] {
  return facts.events.filter((event) => {
    if (event.type === 'mechanism.started') return true;
    if (event.type !== 'mechanism.transitioned') return false;
    const cause = event.payload.cause as { kind: string; decisionId?: string };
    return cause.kind !== 'void' && !(cause.kind === 'decision' && facts.voided.has(cause.decisionId ?? ''));
  });
}

function reaches(event: ExerciseEvent, milestone: Milestone): boolean {
  if ('event' in milestone)
    return event.type === 'mechanism.transitioned' && event.payload.event === milestone.event;
  // A digest's transition keeps the states it entered (see JournalDigest).
  return (event.payload.entered as string[]).includes(milestone.enters);
}

/**
 * Every expected window of the playbook, for every mechanism actor (and case) of the exercise: from the
 * first time its `from` milestone is reached to the first time after that its `to` milestone is.
 */
export function windowResults(facts: JournalFacts): WindowResult[] {
  const date = facts.content.scenario.start.date.slice(0, 10);
  const byActor = new Map<string, ExerciseEvent[]>();
  for (const event of standingTransitions(facts)) {
    const key = event.payload.actorKey as string;
    const list = byActor.get(key);
    if (list) list.push(event);
    else byActor.set(key, [event]);
  }

  const results: WindowResult[] = [];
  for (const [actorKey, transitions] of [...byActor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const machine = transitions[0]?.payload.machine as string;
    const document = facts.content.playbook.mechanisms.get(machine);
    for (const window of document?.windows ?? []) {
      if (!isInForce(window.inForce, date)) continue;
      const start = transitions.find((event) => reaches(event, window.from));
      if (!start) continue;
      const stop = transitions.find((event) => event.seq > start.seq && reaches(event, window.to));
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
