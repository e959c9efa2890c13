import {
  injectById,
  type ExerciseView,
  type ExpectedActionRecord,
  type ExpectedStatus,
} from '../../../core/index';
import { readModelsOf } from '../read-models';

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
  /** Scenario time left in the window while open; negative once it is overdue but not yet logged. */
  leftMs: number | null;
  /** How it was settled (when, by whom, the decision or the note); null while open. */
  record: ExpectedActionRecord;
}

/**
 * Every expected action of every released inject, in release order, from the console's read models (the
 * records metrics.json counts), with the time left in its window at `nowMs`.
 */
export function expectedActionRows(
  view: Pick<ExerciseView, 'content' | 'events' | 'state'>,
  nowMs: number,
): ExpectedActionRow[] {
  const { scenario, playbook } = view.content;
  const injects = injectById(scenario);
  const rows: ExpectedActionRow[] = [];
  for (const record of readModelsOf(view).expected.all()) {
    const inject = injects.get(record.injectId);
    const action = inject?.expectedActions.find((candidate) => candidate.id === record.actionId);
    if (!inject || !action) continue;
    const edited = view.state.injects[inject.id]?.edits.title;
    const isEvent = 'event' in action;
    const what = isEvent
      ? `${playbook.mechanisms.get(action.event.machine)?.events[action.event.event]?.title ?? action.event.event} — ${
          playbook.mechanisms.get(action.event.machine)?.title ?? action.event.machine
        }${action.event.instance ? ` (${action.event.instance})` : ''}`
      : action.text;
    rows.push({
      key: `${inject.id}/${action.id}`,
      injectId: inject.id,
      injectTitle: typeof edited === 'string' ? edited : inject.title,
      actionId: action.id,
      role: action.role,
      kind: isEvent ? 'event' : 'text',
      what,
      objective: action.objective ?? null,
      status: record.status,
      deadlineMs: record.deadlineMs,
      leftMs: record.status === 'open' && record.deadlineMs !== null ? record.deadlineMs - nowMs : null,
      record,
    });
  }
  return rows;
}
