import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DecisionConsequences, OpenDecision } from '../../core/index';
import { useCommand, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { ConsequenceList } from './ConsequenceList';
import { DecisionFields, fieldPayload, type FieldValues } from './DecisionFields';

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
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(props.initiallyOpen);
  const { busy, refusal, run } = useCommand(send);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const review = (event: FormEvent) => {
    event.preventDefault();
    const missingField = decision.fields.find(
      (field) => field.required && (values[field.name] === undefined || values[field.name] === ''),
    );
    if (instanceLabel && instance.trim() === '')
      setProblem(t('station.fieldMissing', { field: instanceLabel }));
    else if (missingField) setProblem(t('station.fieldMissing', { field: missingField.label }));
    else if (rationale.trim() === '') setProblem(t('station.rationaleMissing'));
    else {
      setProblem(null);
      setConfirming(true);
    }
  };

  const take = async () => {
    const chosenInstance = decision.instance ?? (instance.trim() || null);
    const ok = await run('decision/take', {
      machine: decision.machine,
      ...(chosenInstance ? { instance: chosenInstance } : {}),
      event: decision.event,
      fields: fieldPayload(decision.fields, values),
      rationale: rationale.trim(),
    });
    setConfirming(false);
    if (ok) {
      setValues({});
      setInstance('');
      setRationale('');
      onTaken(decision.title);
    }
  };

  return (
    <form className="decision" onSubmit={review} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>
        <button
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
        <fieldset disabled={confirming || busy || locked !== null}>
          {instanceLabel ? (
            <div className="form-row">
              <label htmlFor={`${formId}-instance`}>
                {t('station.decisionInstance', { label: instanceLabel })}
              </label>
              <input
                id={`${formId}-instance`}
                value={instance}
                onChange={(event) => setInstance(event.target.value)}
              />
            </div>
          ) : null}
          <DecisionFields
            idPrefix={formId}
            fields={decision.fields}
            values={values}
            onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
            roles={props.roles}
            markings={props.markings}
          />
          <div className="form-row">
            <label htmlFor={`${formId}-rationale`}>{t('station.rationale')}</label>
            <textarea
              id={`${formId}-rationale`}
              rows={2}
              aria-required="true"
              value={rationale}
              onChange={(event) => setRationale(event.target.value)}
            />
          </div>
          {!confirming ? <button type="submit">{t('station.review')}</button> : null}
        </fieldset>
        {locked !== null ? <p className="station-locked muted">{locked}</p> : null}
        {problem ? (
          <p role="alert" className="station-refusal">
            {problem}
          </p>
        ) : null}
        {confirming ? (
          <div
            className="decision-confirm"
            role="group"
            aria-labelledby={`${formId}-confirm`}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setConfirming(false);
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
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
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
