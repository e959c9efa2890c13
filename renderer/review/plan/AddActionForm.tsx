import { useId, useState, type FormEvent } from 'react';
import { useCommand, type SendCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ActionFieldInputs } from './ActionFieldInputs';
import { draftProblems, EMPTY_DRAFT, fieldsAtFault, fieldsOf, type DraftProblem } from './action-draft';
import { FormMessages } from './FormMessages';
import type { PlanChoices } from './plan-choices';

/**
 * Add a corrective action. The engine numbers it (`CA-<seq>`), so the plan reads in the order it was agreed;
 * a resend of the same command is applied once whatever the id.
 */
export function AddActionForm({
  choices,
  send,
  locked,
}: {
  choices: PlanChoices;
  send: SendCommand;
  locked: string | null;
}) {
  const t = useTranslate();
  const headingId = useId();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const { busy, refusal, run } = useCommand(send);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    if (await run('corrective-action/add', fieldsOf(draft, choices.ownerValue))) setDraft(EMPTY_DRAFT);
  };

  return (
    <form
      className="plan-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={headingId}>{t('plan.add.heading')}</h4>
      <fieldset className="plan-fieldset" disabled={locked !== null}>
        <ActionFieldInputs
          draft={draft}
          onChange={setDraft}
          choices={choices}
          invalid={fieldsAtFault(problems)}
        />
        <FormMessages problems={problems} refusal={refusal} />
        <button type="submit" disabled={busy}>
          {t('plan.add.submit')}
        </button>
      </fieldset>
    </form>
  );
}
