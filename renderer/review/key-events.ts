import { PHASE_MECHANISM, type ExerciseReadModels } from '../../core/index';
import type { EventWords } from '../components/index';

/** A moment the scrubber marks: the Playbook phase moving, a mechanism starting, a decision, ENDEX. */
export interface KeyEvent {
  seq: number;
  scenarioMs: number;
  kind: 'phase' | 'started' | 'decision' | 'ended';
  /** What happened, in words, for the list of key events and the mark's tooltip. */
  label: string;
}

/**
 * The key events of a log, in log order, read from the mechanism history: the Playbook phase changing, each
 * mechanism and case starting (the phase machine's own start is the exercise's first phase), every decision
 * that stands, and ENDEX; `describe` puts the phase, a start and ENDEX into the screen's words.
 */
export function keyEvents(
  models: ExerciseReadModels,
  words: EventWords,
  describe: { phase(states: readonly string[]): string; ended: string; started(mechanism: string): string },
): KeyEvent[] {
  const out: KeyEvent[] = [];
  for (const [actorKey, records] of models.history.actors()) {
    for (const record of records) {
      const at = { seq: record.seq, scenarioMs: record.scenarioMs };
      if (record.machine === PHASE_MECHANISM)
        out.push({ ...at, kind: 'phase', label: describe.phase(record.to) });
      else if (record.kind === 'started')
        out.push({ ...at, kind: 'started', label: describe.started(words.mechanism(actorKey)) });
    }
  }
  for (const decision of models.history.decisions()) {
    if (decision.voided) continue;
    out.push({
      seq: decision.seq,
      scenarioMs: decision.scenarioMs,
      kind: 'decision',
      label: `${words.role(decision.role)}: ${words.decision(decision.machine, decision.event)}`,
    });
  }
  const { facts } = models;
  if (facts.ended) {
    const end = facts.lastAt(facts.lastScenarioMs);
    if (end) out.push({ ...end, kind: 'ended', label: describe.ended });
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** The first key event after a scenario time, or the last one before it (the scrubber's next and previous). */
export function neighbourKeyEvent(
  events: readonly KeyEvent[],
  scenarioMs: number,
  direction: 'next' | 'previous',
): KeyEvent | null {
  if (direction === 'next') return events.find((event) => event.scenarioMs > scenarioMs) ?? null;
  return events.findLast((event) => event.scenarioMs < scenarioMs) ?? null;
}
