import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslate } from '../../state/index';
import { FormMessages, type FormProblem } from './FormMessages';

/**
 * The frame of a form opened in place on one corrective action (amend, withdraw): its heading, the fields,
 * the reason the plan keeps for the change, the problems or the refusal, and submit and cancel. Escape or
 * cancel closes it; the buttons stand outside the fieldset, so a form opened before recording went off can
 * still be closed.
 */
export function InlineActionForm({
  heading,
  reasonLabel,
  reason,
  onReason,
  reasonInvalid,
  reasonRef,
  problems,
  refusal,
  busy,
  locked,
  submitLabel,
  onSubmit,
  onDone,
  children,
}: {
  heading: string;
  reasonLabel: string;
  reason: string;
  onReason: (reason: string) => void;
  reasonInvalid: boolean;
  /** The reason's input, when it is the field to focus first. */
  reasonRef?: Ref<HTMLInputElement>;
  problems: readonly FormProblem[];
  refusal: string | null;
  busy: boolean;
  locked: string | null;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onDone: () => void;
  /** The fields before the reason. */
  children?: ReactNode;
}) {
  const t = useTranslate();
  const headingId = useId();
  return (
    <form
      className="plan-form plan-form-inline"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h6 id={headingId}>{heading}</h6>
      <fieldset className="plan-fieldset" disabled={locked !== null}>
        {children}
        <label className="field">
          <span>{reasonLabel}</span>
          <input
            ref={reasonRef}
            required
            aria-invalid={reasonInvalid}
            value={reason}
            onChange={(event) => onReason(event.target.value)}
          />
        </label>
        <FormMessages problems={problems} refusal={refusal} />
      </fieldset>
      <div className="plan-buttons">
        <button type="submit" disabled={busy || locked !== null}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
