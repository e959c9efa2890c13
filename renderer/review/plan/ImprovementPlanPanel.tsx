import { useId, useMemo, useRef } from 'react';
import type { ExerciseReadModels } from '../../../core/index';
import { eventWordsFrom, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { AddActionForm } from './AddActionForm';
import { CorrectiveActionItem } from './CorrectiveActionItem';
import { planChoices } from './plan-choices';
import { WithdrawnActions } from './WithdrawnActions';
import './plan.css';

export interface ImprovementPlanPanelProps {
  /** The read models of the log: the plan (`models.plan`), the observations, the scenario's objectives and roles. */
  models: ExerciseReadModels;
  /** Sends the plan's commands: `corrective-action/add`, `amend` and `withdraw`. */
  send: SendCommand;
  /** Why recording is off (the exercise still running, the host unreachable …), shown; null when it is on. */
  locked: string | null;
}

/**
 * The improvement plan of the after-action review (issue 22 §2): the corrective actions that stand, each with
 * its versions, the ones withdrawn apart, and the forms that add, amend and withdraw them. Everything shown is
 * read from the log's read models, so it is what the journal and the report say.
 */
export function ImprovementPlanPanel({ models, send, locked }: ImprovementPlanPanelProps) {
  const t = useTranslate();
  const headingId = useId();
  const listHeadingId = useId();
  // A withdrawn action leaves the list with the form that withdrew it: the keyboard goes to the list's heading,
  // which now counts one fewer, rather than to the top of the page.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const count = models.facts.count;
  const words = useMemo(() => eventWordsFrom(models.content), [models.content]);
  // The models fold in place: the count of events folded says when the observations must be read again.
  const choices = useMemo(() => planChoices(models, words), [models, words, count]);
  const actions = models.plan.actions();
  const standing = actions.filter((action) => action.withdrawn === null);
  const withdrawn = actions.filter((action) => action.withdrawn !== null);

  return (
    <section aria-labelledby={headingId} className="review-part plan">
      <h3 id={headingId}>{t('plan.title')}</h3>
      <p className="muted">{t('plan.intro')}</p>
      {locked !== null ? <p className="plan-locked">{locked}</p> : null}
      <section aria-labelledby={listHeadingId}>
        <h4 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          {t('plan.standing', { count: standing.length })}
        </h4>
        {standing.length === 0 ? (
          <p className="muted">{t('plan.noneYet')}</p>
        ) : (
          <ol className="plan-actions">
            {standing.map((action) => (
              <li key={action.actionId}>
                <CorrectiveActionItem
                  action={action}
                  choices={choices}
                  send={send}
                  locked={locked}
                  onWithdrawn={() => listHeading.current?.focus()}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <AddActionForm choices={choices} send={send} locked={locked} />
      <WithdrawnActions actions={withdrawn} words={choices.words} />
    </section>
  );
}
