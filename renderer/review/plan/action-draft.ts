import { ACTION_FIELDS, type ActionField, type CorrectiveActionFields } from './plan-types';

/**
 * An action as its form holds it: plain strings ('' for none) and the observations ticked. The owner is held as
 * people read it (a role's title), and becomes what the plan records only when sent.
 */
export interface ActionDraft {
  what: string;
  owner: string;
  due: string;
  objectiveId: string;
  observationIds: readonly string[];
}

export const EMPTY_DRAFT: ActionDraft = { what: '', owner: '', due: '', objectiveId: '', observationIds: [] };

/** The engine's limit on an owner (core/engine/command-schemas.ts), checked here to say so before sending. */
export const OWNER_MAX_LENGTH = 200;

/** A day of the calendar written YYYY-MM-DD, as a date input gives it (`2027-02-31` is not one). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(day) && new Date(day).toISOString().startsWith(text);
}

/** What the form says is wrong with a draft, each naming its field. */
export type DraftProblem = 'whatMissing' | 'ownerMissing' | 'ownerTooLong' | 'dueNotDate';

const PROBLEM_FIELD: Record<DraftProblem, ActionField> = {
  whatMissing: 'what',
  ownerMissing: 'owner',
  ownerTooLong: 'owner',
  dueNotDate: 'due',
};

/** The fields a form's problems are about, to mark them invalid; problems of no field (a reason) add none. */
export function fieldsAtFault(problems: readonly string[]): ReadonlySet<ActionField> {
  const fields = new Set<ActionField>();
  for (const problem of problems)
    if (Object.hasOwn(PROBLEM_FIELD, problem)) fields.add(PROBLEM_FIELD[problem as DraftProblem]);
  return fields;
}

/** The form pre-filled with an action as it stands, its owner in words. */
export function draftOf(fields: CorrectiveActionFields, ownerWords: (owner: string) => string): ActionDraft {
  return {
    what: fields.what,
    owner: ownerWords(fields.owner),
    due: fields.due ?? '',
    objectiveId: fields.objectiveId ?? '',
    observationIds: fields.observationIds,
  };
}

export function draftProblems(draft: ActionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.what.trim()) problems.push('whatMissing');
  const owner = draft.owner.trim();
  if (!owner) problems.push('ownerMissing');
  else if (owner.length > OWNER_MAX_LENGTH) problems.push('ownerTooLong');
  // A date input gives YYYY-MM-DD or nothing; this catches a browser without one, where it is typed.
  if (draft.due && !isCalendarDate(draft.due)) problems.push('dueNotDate');
  return problems;
}

/** The fields a draft sends: trimmed, the owner as the plan records it, nulls for what was left out. */
export function fieldsOf(draft: ActionDraft, ownerValue: (text: string) => string): CorrectiveActionFields {
  return {
    what: draft.what.trim(),
    owner: ownerValue(draft.owner),
    due: draft.due || null,
    objectiveId: draft.objectiveId || null,
    observationIds: [...draft.observationIds],
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The fields that differ between two versions of an action; the observations answered compare as a set. */
export function changedFields(before: CorrectiveActionFields, after: CorrectiveActionFields): ActionField[] {
  return ACTION_FIELDS.filter((field) =>
    field === 'observationIds'
      ? !sameSet(before.observationIds, after.observationIds)
      : before[field] !== after[field],
  );
}

/**
 * What an amendment sends: only the fields the user changed from the form as it was pre-filled. Both drafts go
 * through the same reading (trimmed, owner resolved), so a field merely shown differently is no change.
 */
export function amendedChanges(
  initial: ActionDraft,
  draft: ActionDraft,
  ownerValue: (text: string) => string,
): Partial<CorrectiveActionFields> {
  const before = fieldsOf(initial, ownerValue);
  const after = fieldsOf(draft, ownerValue);
  const changes: Partial<CorrectiveActionFields> = {};
  for (const field of changedFields(before, after)) Object.assign(changes, { [field]: after[field] });
  return changes;
}

/** Tick or untick an observation, keeping the ticked ones in the order the evaluation log recorded them. */
export function withObservation(
  ticked: readonly string[],
  observationId: string,
  on: boolean,
  recordedOrder: readonly string[],
): string[] {
  const next = new Set(ticked);
  if (on) next.add(observationId);
  else next.delete(observationId);
  // Ticked ids the log does not hold (an action answering an observation this copy lacks) stay, last.
  const known = recordedOrder.filter((id) => next.has(id));
  return [...known, ...[...next].filter((id) => !recordedOrder.includes(id))];
}
