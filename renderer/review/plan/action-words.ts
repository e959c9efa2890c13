import { formatScenarioClock, formatWallTime } from '../../components/index';
import { isCalendarDate } from './action-draft';
import type { PlanWords } from './plan-choices';
import type { ActionField, CorrectiveActionFields } from './plan-types';

/**
 * A due date (YYYY-MM-DD, a calendar day with no time of day) as people read it: `31 Mar 2027`. Formatted in
 * UTC so that no time zone moves it to the day before; anything that is not such a date is shown as written.
 */
export function formatDueDate(due: string, language: string): string {
  if (!isCalendarDate(due)) return due;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(Date.parse(`${due}T00:00:00Z`));
}

/** One field of an action in words; null when the action leaves it empty. */
export function fieldText(
  field: ActionField,
  fields: CorrectiveActionFields,
  words: PlanWords,
  language: string,
): string | null {
  switch (field) {
    case 'what':
      return fields.what;
    case 'owner':
      return words.owner(fields.owner);
    case 'due':
      return fields.due ? formatDueDate(fields.due, language) : null;
    case 'objectiveId':
      return fields.objectiveId ? words.objective(fields.objectiveId) : null;
    case 'observationIds':
      return fields.observationIds.length > 0
        ? fields.observationIds.map((id) => words.observation(id)).join('; ')
        : null;
  }
}

/** When a version was recorded: scenario time (as every log line reads) and the wall time it was written. */
export function recordedAt(when: { scenarioMs: number; wallMs: number }, language: string): string {
  return `${formatScenarioClock(when.scenarioMs)} · ${formatWallTime(when.wallMs, language)}`;
}
