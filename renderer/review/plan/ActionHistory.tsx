import { useTranslate, useUiStore } from '../../state/index';
import { changedFields } from './action-draft';
import { fieldText, recordedAt } from './action-words';
import type { PlanWords } from './plan-choices';
import type { ActionField, CorrectiveAction, CorrectiveActionFields } from './plan-types';

/**
 * Every version of an action, folded away: as added, then each amendment with who made it, when, why, and
 * each field it changed from what to what. Nothing when it was never amended.
 */
export function ActionHistory({ action, words }: { action: CorrectiveAction; words: PlanWords }) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const { history } = action;
  if (history.length < 2) return null;
  const who = (by: string | null) => (by ? words.role(by) : t('plan.byUnknown'));
  const shown = (fields: CorrectiveActionFields, field: ActionField) =>
    fieldText(field, fields, words, language) ?? t('plan.value.none');

  return (
    <details className="plan-history">
      <summary>{t('plan.history', { count: history.length - 1 })}</summary>
      <ol>
        {history.map((version, index) => {
          const previous = history[index - 1];
          const time = recordedAt(version, language);
          if (!previous)
            return <li key={version.seq}>{t('plan.history.added', { time, who: who(version.by) })}</li>;
          return (
            <li key={version.seq}>
              {t('plan.history.amended', { time, who: who(version.by), reason: version.reason ?? '' })}
              <ul>
                {changedFields(previous.fields, version.fields).map((field) => (
                  <li key={field}>
                    {t('plan.history.change', {
                      field: t(`plan.field.${field}`),
                      before: shown(previous.fields, field),
                      after: shown(version.fields, field),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
