import { useState, type FormEvent } from 'react';
import type { ScenarioDocument, StationEvent } from '../../core/index';
import { useCommand, type EventWords, type SendCommand } from '../components/index';
import { randomId } from '../host/index';
import { useTranslate } from '../state/index';
import { linkOptions, type LinkOption } from './observation-links';
import { OBSERVATION_KINDS, observationPayload, type ObservationKind } from './observation-fields';

/** Record an observation against an objective, optionally linked to an inject, a decision or a role. */
export function ObservationForm({
  events,
  scenario,
  words,
  send,
  locked,
}: {
  events: readonly StationEvent[];
  scenario: ScenarioDocument;
  /** The exercise's words for the links: roles and decisions by their titles. */
  words: EventWords;
  send: SendCommand;
  /** Why recording is off (the host unreachable, …); null when it is on. What was typed stays. */
  locked: string | null;
}) {
  const t = useTranslate();
  const [kind, setKind] = useState<ObservationKind>('observation');
  const [objectiveId, setObjectiveId] = useState(scenario.objectives[0]?.id ?? '');
  const [injectId, setInjectId] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [role, setRole] = useState('');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, refusal, run } = useCommand(send);
  const options = linkOptions(events, scenario, words);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const sent = await run('observation/record', {
      observationId: `OBS-${randomId()}`,
      ...(objectiveId ? { objectiveId } : {}),
      ...observationPayload({ kind, links: { injectId, decisionId, role }, body }),
    });
    if (sent) setBody('');
  };

  return (
    <form
      className="evaluator-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="observe-heading"
    >
      <h3 id="observe-heading">{t('evaluator.observe.heading')}</h3>
      <fieldset className="evaluator-fieldset" disabled={locked !== null}>
        <div className="form-row">
          <label className="field">
            <span>{t('evaluator.observe.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as ObservationKind)}>
              {OBSERVATION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`evaluator.kind.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('evaluator.observe.objective')}</span>
            <select value={objectiveId} onChange={(event) => setObjectiveId(event.target.value)}>
              {scenario.objectives.map((objective) => (
                <option key={objective.id} value={objective.id}>
                  {objective.title}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="form-row">
          <LinkSelect
            label={t('evaluator.observe.inject')}
            value={injectId}
            onChange={setInjectId}
            options={options.injects}
          />
          <LinkSelect
            label={t('evaluator.observe.decision')}
            value={decisionId}
            onChange={setDecisionId}
            options={options.decisions}
          />
          <LinkSelect
            label={t('evaluator.observe.role')}
            value={role}
            onChange={setRole}
            options={options.roles}
          />
        </div>
        <label className="field">
          <span>{t('evaluator.observe.text')}</span>
          <textarea
            rows={3}
            value={body}
            aria-invalid={missing}
            onChange={(event) => setBody(event.target.value)}
          />
        </label>
        {missing ? (
          <p role="alert" className="evaluator-error">
            {t('evaluator.observe.textRequired')}
          </p>
        ) : null}
        {refusal ? (
          <p role="alert" className="evaluator-error">
            {refusal}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('evaluator.observe.record')}
        </button>
      </fieldset>
      {locked !== null ? <p className="evaluator-locked muted">{locked}</p> : null}
    </form>
  );
}

function LinkSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: LinkOption[];
}) {
  const t = useTranslate();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('evaluator.observe.noLink')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} title={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
