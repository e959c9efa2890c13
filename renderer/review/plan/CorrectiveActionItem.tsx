import { useEffect, useId, useRef, useState } from 'react';
import type { SendCommand } from '../../components/index';
import { useTranslate, useUiStore } from '../../state/index';
import { ActionHistory } from './ActionHistory';
import { fieldText, recordedAt } from './action-words';
import { AmendActionForm } from './AmendActionForm';
import type { PlanChoices } from './plan-choices';
import type { CorrectiveAction } from './plan-types';
import { WithdrawActionForm } from './WithdrawActionForm';

type OpenForm = 'amend' | 'withdraw';

/**
 * One standing corrective action as it stands after its amendments — what, owner, due date, the objective and
 * observations it answers, who added it and when — with its earlier versions, and amending or withdrawing it.
 */
export function CorrectiveActionItem({
  action,
  choices,
  send,
  locked,
  onWithdrawn,
}: {
  action: CorrectiveAction;
  choices: PlanChoices;
  send: SendCommand;
  locked: string | null;
  /** Called when this action's withdrawal was accepted: it leaves the list, so the keyboard must go elsewhere. */
  onWithdrawn: () => void;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const headingId = useId();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const buttons = { amend: useRef<HTMLButtonElement>(null), withdraw: useRef<HTMLButtonElement>(null) };
  // A closed form gives the keyboard back to the button that opened it, not to the top of the page.
  const closed = useRef<OpenForm | null>(null);
  useEffect(() => {
    if (open !== null || closed.current === null) return;
    buttons[closed.current].current?.focus();
    closed.current = null;
  }, [open]);
  const close = (form: OpenForm) => () => {
    closed.current = form;
    setOpen(null);
  };

  const { current, history } = action;
  const { words } = choices;
  const added = history[0];
  const none = <span className="muted">{t('plan.value.none')}</span>;

  return (
    <article className="plan-action" aria-labelledby={headingId}>
      <h5 id={headingId}>
        <span className="plan-id">{action.actionId}</span> {current.what}
      </h5>
      <dl className="plan-fields">
        <dt>{t('plan.field.owner')}</dt>
        <dd>{words.owner(current.owner)}</dd>
        <dt>{t('plan.field.due')}</dt>
        <dd>
          {current.due ? (
            <time dateTime={current.due}>{fieldText('due', current, words, language)}</time>
          ) : (
            none
          )}
        </dd>
        <dt>{t('plan.field.objectiveId')}</dt>
        <dd>{current.objectiveId ? words.objective(current.objectiveId) : none}</dd>
        <dt>{t('plan.field.observationIds')}</dt>
        <dd>
          {current.observationIds.length > 0 ? (
            <ul>
              {current.observationIds.map((id) => (
                <li key={id}>{words.observation(id)}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </dd>
      </dl>
      {added ? (
        <p className="muted">
          {t('plan.added', {
            who: added.by ? words.role(added.by) : t('plan.byUnknown'),
            time: recordedAt(added, language),
          })}
        </p>
      ) : null}
      <ActionHistory action={action} words={words} />
      {open === 'amend' ? (
        <AmendActionForm
          action={action}
          choices={choices}
          send={send}
          locked={locked}
          onDone={close('amend')}
        />
      ) : open === 'withdraw' ? (
        <WithdrawActionForm
          action={action}
          send={send}
          locked={locked}
          onDone={close('withdraw')}
          onWithdrawn={() => {
            // Closed without giving the keyboard back to the Withdraw button: the action is leaving the list.
            setOpen(null);
            onWithdrawn();
          }}
        />
      ) : (
        <div className="plan-buttons">
          <button
            ref={buttons.amend}
            type="button"
            className="secondary"
            disabled={locked !== null}
            aria-label={t('plan.amendOne', { id: action.actionId })}
            onClick={() => setOpen('amend')}
          >
            {t('plan.amend')}
          </button>
          <button
            ref={buttons.withdraw}
            type="button"
            className="secondary"
            disabled={locked !== null}
            aria-label={t('plan.withdrawOne', { id: action.actionId })}
            onClick={() => setOpen('withdraw')}
          >
            {t('plan.withdraw')}
          </button>
        </div>
      )}
    </article>
  );
}
