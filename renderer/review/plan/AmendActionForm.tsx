import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useCommand, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ActionFieldInputs } from './ActionFieldInputs';
import { amendedChanges, draftOf, draftProblems, fieldsAtFault } from './action-draft';
import { FormMessages, type FormProblem } from './FormMessages';
import type { PlanChoices } from './plan-choices';
import type { CorrectiveAction } from './plan-types';

/**
 * Amend a corrective action: the form starts as the action stands, and only the fields changed in it are
 * sent, so an amendment someone else made meanwhile to another field is not undone. A reason is required:
 * the plan keeps every version with why it changed.
 */
export function AmendActionForm({
  action,
  choices,
  send,
  locked,
  onDone,
}: {
  action: CorrectiveAction;
  choices: PlanChoices;
  send: SendCommand;
  locked: string | null;
  /** Called when the amendment was accepted or the form cancelled. */
  onDone: () => void;
}) {
  const t = useTranslate();
  const headingId = useId();
  // Read once: what the user changes is measured against the action as the form first showed it.
  const [initial] = useState(() => draftOf(action.current, choices.words.owner));
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const { busy, refusal, run } = useCommand(send);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = amendedChanges(initial, draft, choices.ownerValue);
    const found: FormProblem[] = [
      ...draftProblems(draft),
      ...(reason.trim() ? [] : ['amendReason' as const]),
      ...(Object.keys(changes).length === 0 ? ['noChange' as const] : []),
    ];
    setProblems(found);
    if (found.length > 0) return;
    const payload = { actionId: action.actionId, changes, reason: reason.trim() };
    if (await run('corrective-action/amend', payload)) onDone();
  };

  return (
    <form
      className="plan-form plan-form-inline"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h6 id={headingId}>{t('plan.amend.heading', { id: action.actionId })}</h6>
      <fieldset className="plan-fieldset" disabled={locked !== null}>
        <ActionFieldInputs
          draft={draft}
          onChange={setDraft}
          choices={choices}
          invalid={fieldsAtFault(problems)}
          firstFieldRef={first}
        />
        <label className="field">
          <span>{t('plan.amend.reason')}</span>
          <input
            required
            aria-invalid={problems.includes('amendReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <FormMessages problems={problems} refusal={refusal} />
      </fieldset>
      {/* Outside the fieldset: a form opened before recording went off can still be closed. */}
      <div className="plan-buttons">
        <button type="submit" disabled={busy || locked !== null}>
          {t('plan.amend.submit')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
