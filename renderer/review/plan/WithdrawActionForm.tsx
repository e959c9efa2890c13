import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useCommand, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { FormMessages, type FormProblem } from './FormMessages';
import type { CorrectiveAction } from './plan-types';

/** Withdraw a corrective action, with the reason the plan keeps: after it, the action can change no more. */
export function WithdrawActionForm({
  action,
  send,
  locked,
  onDone,
}: {
  action: CorrectiveAction;
  send: SendCommand;
  locked: string | null;
  /** Called when the withdrawal was accepted or the form cancelled. */
  onDone: () => void;
}) {
  const t = useTranslate();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const { busy, refusal, run } = useCommand(send);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = reason.trim() ? [] : ['withdrawReason'];
    setProblems(found);
    if (found.length > 0) return;
    if (await run('corrective-action/withdraw', { actionId: action.actionId, reason: reason.trim() }))
      onDone();
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
      <h6 id={headingId}>{t('plan.withdraw.heading', { id: action.actionId })}</h6>
      <fieldset className="plan-fieldset" disabled={locked !== null}>
        <label className="field">
          <span>{t('plan.withdraw.reason')}</span>
          <input
            ref={first}
            required
            aria-invalid={problems.length > 0}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <FormMessages problems={problems} refusal={refusal} />
      </fieldset>
      {/* Outside the fieldset: a form opened before recording went off can still be closed. */}
      <div className="plan-buttons">
        <button type="submit" disabled={busy || locked !== null}>
          {t('plan.withdraw.submit')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
