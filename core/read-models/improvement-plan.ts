import type { EventPayload } from '../events/index';
import type { ExerciseEvent } from '../ports/index';

/** The fields of a corrective action that can be amended. */
export type CorrectiveActionFields = Omit<EventPayload<'corrective-action.added'>, 'actionId'>;

/** One change to an action: what it became, who changed it, when and why (null for the action as added). */
export interface CorrectiveActionVersion {
  fields: CorrectiveActionFields;
  reason: string | null;
  by: string | null;
  seq: number;
  scenarioMs: number;
  wallMs: number;
}

export interface CorrectiveAction {
  actionId: string;
  /** The fields as they stand after every amendment. */
  current: CorrectiveActionFields;
  /** Every version, oldest first: an amendment adds one, never replaces what was recorded. */
  history: CorrectiveActionVersion[];
  /** Why and when it was withdrawn; null while it stands. */
  withdrawn: { reason: string; by: string | null; seq: number; wallMs: number } | null;
}

/**
 * The improvement plan as the log records it (issue 22 §2), folded one event at a time: each corrective action
 * with every amendment and its withdrawal. The review, the evaluator station and the report read it.
 */
export class ImprovementPlan {
  private readonly byId = new Map<string, CorrectiveAction>();

  apply(event: ExerciseEvent): void {
    const by = event.actor?.role ?? null;
    const when = { by, seq: event.seq, scenarioMs: event.scenarioMs, wallMs: event.wallMs };
    switch (event.type) {
      case 'corrective-action.added': {
        const { actionId, ...fields } = event.payload;
        this.byId.set(actionId, {
          actionId,
          current: fields,
          history: [{ fields, reason: null, ...when }],
          withdrawn: null,
        });
        break;
      }
      case 'corrective-action.amended': {
        const action = this.byId.get(event.payload.actionId);
        if (!action) break;
        action.current = { ...action.current, ...event.payload.changes };
        action.history = [
          ...action.history,
          { fields: action.current, reason: event.payload.reason, ...when },
        ];
        break;
      }
      case 'corrective-action.withdrawn': {
        const action = this.byId.get(event.payload.actionId);
        if (action)
          action.withdrawn = { reason: event.payload.reason, by, seq: event.seq, wallMs: event.wallMs };
        break;
      }
      default:
        break;
    }
  }

  /** Every action, in the order added, withdrawn ones included. */
  actions(): CorrectiveAction[] {
    return [...this.byId.values()];
  }

  /** The actions that stand: not withdrawn. */
  standing(): CorrectiveAction[] {
    return this.actions().filter((action) => action.withdrawn === null);
  }
}
