import { useId } from 'react';
import { formatWallTime } from '../../components/index';
import { useTranslate, useUiStore } from '../../state/index';
import type { PlanWords } from './plan-choices';
import type { CorrectiveAction } from './plan-types';

/**
 * The withdrawn actions, apart from those that stand: what each said when withdrawn, who withdrew it, when and
 * why. They stay in the plan because the log never forgets them, but they can change no more.
 */
export function WithdrawnActions({
  actions,
  words,
}: {
  actions: readonly CorrectiveAction[];
  words: PlanWords;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const headingId = useId();
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="plan-withdrawn">
      <h4 id={headingId}>{t('plan.withdrawn', { count: actions.length })}</h4>
      <ul>
        {actions.map(({ actionId, current, withdrawn }) =>
          withdrawn ? (
            <li key={actionId}>
              <span className="plan-id">{actionId}</span> {current.what} — {words.owner(current.owner)}
              <div className="muted">
                {t('plan.withdrawnBy', {
                  who: withdrawn.by ? words.role(withdrawn.by) : t('plan.byUnknown'),
                  time: formatWallTime(withdrawn.wallMs, language),
                  reason: withdrawn.reason,
                })}
              </div>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
