import { useEffect, useRef, useState } from 'react';
import { useCommand, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ActionFieldInputs } from './ActionFieldInputs';
import { amendedChanges, draftOf, draftProblems, fieldsAtFault } from './action-draft';
import type { FormProblem } from './FormMessages';
import { InlineActionForm } from './InlineActionForm';
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
  // Read once: what the user changes is measured against the action as the form first showed it.
  const [initial] = useState(() => draftOf(action.current, choices.words.owner));
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const { busy, refusal, run } = useCommand(send);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async () => {
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
    <InlineActionForm
      heading={t('plan.amend.heading', { id: action.actionId })}
      reasonLabel={t('plan.amend.reason')}
      reason={reason}
      onReason={setReason}
      reasonInvalid={problems.includes('amendReason')}
      problems={problems}
      refusal={refusal}
      busy={busy}
      locked={locked}
      submitLabel={t('plan.amend.submit')}
      onSubmit={submit}
      onDone={onDone}
    >
      <ActionFieldInputs
        draft={draft}
        onChange={setDraft}
        choices={choices}
        invalid={fieldsAtFault(problems)}
        firstFieldRef={first}
      />
    </InlineActionForm>
  );
}
