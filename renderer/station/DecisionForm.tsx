import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DecisionConsequences, OpenDecision } from '../../core/index';
import { useCommand, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { ConsequenceList } from './ConsequenceList';
import { DecisionFields, FieldError, fieldPayload, type FieldValues } from './DecisionFields';
import {
  INSTANCE_ANSWER as INSTANCE,
  missingAnswers,
  RATIONALE_ANSWER as RATIONALE,
} from './missing-answers';

export interface DecisionFormProps {
  decision: OpenDecision;
  /** A stable id for labels: machine, case and event. */
  formId: string;
  consequences: DecisionConsequences;
  /** The case key's label for a new case of a multi-case mechanism (`requesting Member State`). */
  instanceLabel: string | null;
  roles: readonly { id: string; title: string }[];
  markings: readonly { id: string; title: string }[];
  send: SendCommand;
  /** Why taking it is off (the host unreachable, ENDEX, …); null when it is on. */
  locked: string | null;
  onTaken: (title: string) => void;
  /** Shown unfolded at first: when a role has few open decisions, all of them are. */
  initiallyOpen: boolean;
}

/**
 * One open decision: what it does, its fields, a required rationale, then a confirmation step before the
 * command goes, because a taken decision is logged for good (only EXCON can void it).
 */
export function DecisionForm(props: DecisionFormProps) {
  const { decision, formId, consequences, instanceLabel, send, locked, onTaken } = props;
  const t = useTranslate();
  const [values, setValues] = useState<FieldValues>({});
  const [instance, setInstance] = useState('');
  const [rationale, setRationale] = useState('');
  /** Every required answer found missing at the last review, by field name: all flagged at once. */
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(props.initiallyOpen);
  const { busy, refusal, run } = useCommand(send);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reviewRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  /** Set when the confirmation step closes without the decision taken (Back, Escape, a refusal). */
  const backToReview = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (backToReview.current) {
      // The confirmation's buttons are gone: focus goes back to the form, never to the page's body.
      backToReview.current = false;
      reviewRef.current?.focus();
      if (document.activeElement !== reviewRef.current) toggleRef.current?.focus();
    }
  }, [confirming]);
  const closeConfirmation = () => {
    backToReview.current = true;
    setConfirming(false);
  };

  const review = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingAnswers(t, {
      formId,
      instanceLabel,
      instance,
      fields: decision.fields,
      values,
      rationale,
    });
    setErrors(Object.fromEntries(missing.map((entry) => [entry.key, entry.message])));
    const first = missing[0];
    if (first) document.getElementById(first.inputId)?.focus();
    else setConfirming(true);
  };
  /** An answer given clears its flag at once; the others stay until the next review. */
  const answered = (key: string) =>
    setErrors((current) =>
      key in current ? Object.fromEntries(Object.entries(current).filter(([name]) => name !== key)) : current,
    );
  const invalid = (key: string, id: string) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const problems = Object.keys(errors).length;

  const take = async () => {
    const chosenInstance = decision.instance ?? (instance.trim() || null);
    const ok = await run('decision/take', {
      machine: decision.machine,
      ...(chosenInstance ? { instance: chosenInstance } : {}),
      event: decision.event,
      fields: fieldPayload(decision.fields, values),
      rationale: rationale.trim(),
    });
    if (!ok) {
      closeConfirmation();
      return;
    }
    setConfirming(false);
    setValues({});
    setInstance('');
    setRationale('');
    onTaken(decision.title);
  };

  return (
    <form className="decision" onSubmit={review} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>
        <button
          ref={toggleRef}
          type="button"
          className="decision-toggle"
          aria-expanded={open}
          aria-controls={`${formId}-body`}
          onClick={() => setOpen(!open)}
        >
          {decision.title}
        </button>
      </h3>
      <div id={`${formId}-body`} hidden={!open}>
        {decision.instance ? (
          <p className="muted">{t('station.decisionCase', { instance: decision.instance })}</p>
        ) : null}
        {decision.newCase ? <p className="muted">{t('station.decisionNewCase')}</p> : null}
        {consequences.description !== decision.title ? <p>{consequences.description}</p> : null}
        <h4>{t('station.decisionWhatItDoes')}</h4>
        <ConsequenceList items={consequences.items} />
        <fieldset
          disabled={confirming || busy || locked !== null}
          aria-describedby={locked !== null ? `${formId}-locked` : undefined}
        >
          {instanceLabel ? (
            <div className="form-row">
              <label htmlFor={`${formId}-instance`}>
                {t('station.decisionInstance', { label: instanceLabel })}
              </label>
              <input
                id={`${formId}-instance`}
                {...invalid(INSTANCE, `${formId}-instance`)}
                value={instance}
                onChange={(event) => {
                  setInstance(event.target.value);
                  answered(INSTANCE);
                }}
              />
              {errors[INSTANCE] ? (
                <FieldError id={`${formId}-instance-error`} message={errors[INSTANCE]} />
              ) : null}
            </div>
          ) : null}
          <DecisionFields
            idPrefix={formId}
            fields={decision.fields}
            values={values}
            onChange={(name, value) => {
              setValues((current) => ({ ...current, [name]: value }));
              answered(name);
            }}
            roles={props.roles}
            markings={props.markings}
            errors={errors}
          />
          <div className="form-row">
            <label htmlFor={`${formId}-rationale`}>{t('station.rationale')}</label>
            <textarea
              id={`${formId}-rationale`}
              rows={2}
              aria-required="true"
              {...invalid(RATIONALE, `${formId}-rationale`)}
              value={rationale}
              onChange={(event) => {
                setRationale(event.target.value);
                answered(RATIONALE);
              }}
            />
            {errors[RATIONALE] ? (
              <FieldError id={`${formId}-rationale-error`} message={errors[RATIONALE]} />
            ) : null}
          </div>
          {!confirming ? (
            <button type="submit" ref={reviewRef}>
              {t('station.review')}
            </button>
          ) : null}
        </fieldset>
        {locked !== null ? (
          <p id={`${formId}-locked`} className="station-locked muted">
            {locked}
          </p>
        ) : null}
        {problems > 0 ? (
          <p role="alert" className="station-refusal">
            {problems === 1 ? t('station.formProblem') : t('station.formProblems', { count: problems })}
          </p>
        ) : null}
        {confirming ? (
          <div
            className="decision-confirm"
            role="group"
            aria-labelledby={`${formId}-confirm`}
            onKeyDown={(event) => {
              if (event.key === 'Escape') closeConfirmation();
            }}
          >
            <p id={`${formId}-confirm`}>
              <strong>{t('station.confirmTitle', { title: decision.title })}</strong>
            </p>
            <p>{t('station.confirmBody')}</p>
            <button
              type="button"
              ref={confirmRef}
              disabled={busy || locked !== null}
              onClick={() => void take()}
            >
              {busy ? t('station.sending') : t('station.confirmTake')}
            </button>{' '}
            <button type="button" className="secondary" onClick={closeConfirmation}>
              {t('station.back')}
            </button>
          </div>
        ) : null}
        {refusal ? (
          <p role="alert" className="station-refusal">
            {refusal}
          </p>
        ) : null}
      </div>
    </form>
  );
}
