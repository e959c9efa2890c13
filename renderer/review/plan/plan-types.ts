import type { ImprovementPlan } from '../../../core/index';

// core/index.ts exports the improvement plan's read model but not the types of what it holds: they are named
// here from what the model returns, so they follow it if it changes.

/** A corrective action as the plan folds it: the fields that stand, every version, and its withdrawal. */
export type CorrectiveAction = ReturnType<ImprovementPlan['actions']>[number];
/** What an action says: what, owner, due date, the objective and the observations it answers. */
export type CorrectiveActionFields = CorrectiveAction['current'];
/** One version of an action: as added (no reason), or as an amendment left it. */
export type CorrectiveActionVersion = CorrectiveAction['history'][number];
export type ActionField = keyof CorrectiveActionFields;

/** The fields in the order every list, form and history shows them. */
export const ACTION_FIELDS = [
  'what',
  'owner',
  'due',
  'objectiveId',
  'observationIds',
] as const satisfies readonly ActionField[];
