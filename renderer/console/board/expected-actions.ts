import { injectById, type ExerciseEngine, type ExerciseEvent } from '../../../core/index';

export type ExpectedStatus = 'pending' | 'met' | 'missed' | 'marked-met' | 'marked-unmet';

/** How an expected action was settled: the decision that met it, or the mark someone gave it. */
export interface ExpectedOutcome {
  scenarioMs: number;
  /** The role that met it, or the controller or evaluator who marked it. */
  by: string | null;
  decisionId: string | null;
  note: string | null;
}

export interface ExpectedActionRow {
  key: string;
  injectId: string;
  injectTitle: string;
  actionId: string;
  role: string;
  /** A playbook decision, matched automatically; or free text, marked by hand. */
  kind: 'event' | 'text';
  /** The action's text, or the decision's title and mechanism. */
  what: string;
  objective: string | null;
  status: ExpectedStatus;
  deadlineMs: number | null;
  /** Scenario time left in the window while pending; negative once it is overdue but not yet logged. */
  leftMs: number | null;
  outcome: ExpectedOutcome | null;
}

/** The met and marked events of the log, by inject and action: folded incrementally. */
export class ExpectedOutcomeLog {
  private seen = 0;
  private readonly outcomes = new Map<string, ExpectedOutcome>();

  advance(events: readonly ExerciseEvent[]): void {
    for (; this.seen < events.length; this.seen += 1) {
      const event = events[this.seen] as ExerciseEvent;
      const { payload } = event;
      const key = `${payload.injectId as string}/${payload.actionId as string}`;
      if (event.type === 'expected-action.met') {
        this.outcomes.set(key, {
          scenarioMs: event.scenarioMs,
          by: (payload.role as string | undefined) ?? null,
          decisionId: (payload.decisionId as string | undefined) ?? null,
          note: null,
        });
      } else if (event.type === 'expected-action.marked' || event.type === 'expected-action.missed') {
        this.outcomes.set(key, {
          scenarioMs: event.scenarioMs,
          by: event.type === 'expected-action.marked' ? (event.actor?.role ?? null) : null,
          decisionId: null,
          note: (payload.note as string | undefined) ?? null,
        });
      }
    }
  }

  of(injectId: string, actionId: string): ExpectedOutcome | null {
    return this.outcomes.get(`${injectId}/${actionId}`) ?? null;
  }
}

/** Every expected action of every released inject, in release order, with its state at `nowMs`. */
export function expectedActionRows(
  engine: ExerciseEngine,
  outcomes: ExpectedOutcomeLog,
  nowMs: number,
): ExpectedActionRow[] {
  const { scenario, playbook } = engine.content;
  const released = Object.values(engine.state.injects)
    .filter((inject) => inject.status === 'released')
    .sort((a, b) => (a.releasedMs ?? 0) - (b.releasedMs ?? 0) || (a.id < b.id ? -1 : 1));
  const rows: ExpectedActionRow[] = [];
  for (const state of released) {
    const inject = injectById(scenario).get(state.id);
    if (!inject) continue;
    const title = typeof state.edits.title === 'string' ? state.edits.title : inject.title;
    for (const action of inject.expectedActions) {
      const expected = state.expected[action.id];
      if (!expected) continue;
      const isEvent = 'event' in action;
      const what = isEvent
        ? `${playbook.mechanisms.get(action.event.machine)?.events[action.event.event]?.title ?? action.event.event} — ${
            playbook.mechanisms.get(action.event.machine)?.title ?? action.event.machine
          }${action.event.instance ? ` (${action.event.instance})` : ''}`
        : action.text;
      rows.push({
        key: `${state.id}/${action.id}`,
        injectId: state.id,
        injectTitle: title,
        actionId: action.id,
        role: action.role,
        kind: isEvent ? 'event' : 'text',
        what,
        objective: action.objective ?? null,
        status: expected.status,
        deadlineMs: expected.deadlineMs,
        leftMs:
          expected.status === 'pending' && expected.deadlineMs !== null ? expected.deadlineMs - nowMs : null,
        outcome: expected.status === 'pending' ? null : outcomes.of(state.id, action.id),
      });
    }
  }
  return rows;
}
