import { PHASE_MECHANISM } from '../playbook/index';
import type { ExerciseReadModels } from '../read-models/index';
import { momentOf, type TimelineEntry } from './report-model';

/**
 * The report's timeline: the key events the review marks (renderer/review/key-events.ts: the Playbook phase
 * moving, each mechanism and case starting, the decisions, ENDEX), read here from the same read models. The
 * report adds what the scrubber leaves out because a record must show it: voided decisions (flagged, with
 * control's void as an entry of its own) and each inject's release. In log order.
 */
export function reportTimeline(models: ExerciseReadModels): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const [actorKey, records] of models.history.actors()) {
    for (const record of records) {
      const at = momentOf(record);
      // The phase machine's own start is the exercise's first phase, as on the review's scrubber.
      if (record.machine === PHASE_MECHANISM)
        out.push({ kind: 'phase', at, machine: record.machine, states: [...record.to] });
      else if (record.kind === 'started')
        out.push({
          kind: 'mechanism-started',
          at,
          actorKey,
          machine: record.machine,
          instance: record.instance,
        });
    }
  }
  for (const decision of models.history.decisions()) {
    out.push({
      kind: 'decision',
      at: momentOf(decision),
      decisionId: decision.decisionId,
      role: decision.role,
      playedBy: decision.playedBy,
      actorKey: decision.actorKey,
      machine: decision.machine,
      instance: decision.instance,
      event: decision.event,
      stage: decision.stage,
      answersInject: decision.answersInject,
      voided: decision.voided !== null,
    });
    if (decision.voided)
      out.push({
        kind: 'voided',
        at: momentOf(decision.voided),
        decisionId: decision.decisionId,
        by: decision.voided.by,
        machine: decision.machine,
        event: decision.event,
        reason: decision.voided.reason,
      });
  }
  for (const inject of models.injects.all()) {
    if (!inject.released) continue;
    out.push({
      kind: 'inject-released',
      at: momentOf(inject.released),
      injectId: inject.injectId,
      title: inject.content?.title ?? inject.injectId,
      to: [...(inject.content?.to ?? [])],
    });
  }
  // ENDEX at its own event: what the hot wash logs after it (corrective actions) is not the end. The clock
  // stops at ENDEX, so the last scenario time is its own; its wall time the facts keep only when it is the
  // last event (otherwise null rather than a later event's time).
  const { facts } = models;
  if (facts.endedSeq !== null) {
    const last = facts.lastAt(facts.lastScenarioMs);
    const wallTime = last?.seq === facts.endedSeq ? new Date(facts.lastWallMs).toISOString() : null;
    out.push({ kind: 'ended', at: { seq: facts.endedSeq, scenarioMs: facts.lastScenarioMs, wallTime } });
  }
  // Stable: entries of one event (none today) keep the order they were added in.
  return out.sort((a, b) => a.at.seq - b.at.seq);
}
