import { useEffect, useRef, useState } from 'react';
import { useCommand, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import type { FormProblem } from './FormMessages';
import { InlineActionForm } from './InlineActionForm';
import type { CorrectiveAction } from './plan-types';

/** Withdraw a corrective action, with the reason the plan keeps: after it, the action can change no more. */
export function WithdrawActionForm({
  action,
  send,
  locked,
  onDone,
  onWithdrawn,
}: {
  action: CorrectiveAction;
  send: SendCommand;
  locked: string | null;
  /** Called when the form is cancelled. */
  onDone: () => void;
  /** Called when the withdrawal was accepted: the action leaves the list, and this form with it. */
  onWithdrawn: () => void;
}) {
  const t = useTranslate();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const { busy, refusal, run } = useCommand(send);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async () => {
    const found: FormProblem[] = reason.trim() ? [] : ['withdrawReason'];
    setProblems(found);
    if (found.length > 0) return;
    if (await run('corrective-action/withdraw', { actionId: action.actionId, reason: reason.trim() }))
      onWithdrawn();
  };

  return (
    <InlineActionForm
      heading={t('plan.withdraw.heading', { id: action.actionId })}
      reasonLabel={t('plan.withdraw.reason')}
      reason={reason}
      onReason={setReason}
      reasonInvalid={problems.length > 0}
      reasonRef={first}
      problems={problems}
      refusal={refusal}
      busy={busy}
      locked={locked}
      submitLabel={t('plan.withdraw.submit')}
      onSubmit={submit}
      onDone={onDone}
    />
  );
}
