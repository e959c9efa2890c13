import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RecordedObservation } from '../../core/index';
import { formatScenarioClock, formatWallTime, useCommand, type SendCommand } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';

/** One observation: its current text, its links and times, its history, and amending it with a reason. */
export function ObservationItem({
  observation,
  objectiveTitle,
  linkLabel = (_kind, id) => id,
  send,
  locked,
}: {
  observation: RecordedObservation;
  objectiveTitle: string | null;
  /** A link's words (an inject's title, a decision, a role's title) in place of its id. */
  linkLabel?: (kind: 'inject' | 'decision' | 'role', id: string) => string;
  send: SendCommand;
  /** Why amending is off (the host unreachable, …); null when it is on. */
  locked: string | null;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const [amending, setAmending] = useState(false);
  const { current, history } = observation;
  const links = [
    current.links.injectId
      ? t('evaluator.link.inject', { id: linkLabel('inject', current.links.injectId) })
      : null,
    current.links.decisionId
      ? t('evaluator.link.decision', { id: linkLabel('decision', current.links.decisionId) })
      : null,
    current.links.role ? t('evaluator.link.role', { id: linkLabel('role', current.links.role) }) : null,
  ].filter((link): link is string => link !== null);

  return (
    <li className="observation">
      <div className="observation-meta">
        <span title={observation.observationId}>{formatScenarioClock(observation.scenarioMs)}</span>
        <span className="muted">{formatWallTime(observation.wallMs, language)}</span>
        {objectiveTitle ? <span>{objectiveTitle}</span> : null}
        {links.map((link) => (
          <span key={link} className="observation-link">
            {link}
          </span>
        ))}
        {history.length > 1 ? (
          <span className="action-status">{t('evaluator.observation.amended')}</span>
        ) : null}
      </div>
      <p className="observation-text">{current.body}</p>
      {history.length > 1 ? (
        <details>
          <summary>{t('evaluator.observation.history', { count: history.length - 1 })}</summary>
          <ol>
            {history.map((version, index) => (
              <li key={index}>
                <span className="muted">
                  {formatScenarioClock(version.scenarioMs)} · {formatWallTime(version.wallMs, language)}
                  {version.reason
                    ? ` · ${t('evaluator.observation.reason', { reason: version.reason })}`
                    : ''}
                </span>
                <div>{version.text}</div>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {amending ? (
        <AmendForm observation={observation} send={send} locked={locked} onDone={() => setAmending(false)} />
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={locked !== null}
          title={locked ?? undefined}
          onClick={() => setAmending(true)}
          aria-label={t('evaluator.observation.amendOne', { id: observation.observationId })}
        >
          {t('evaluator.observation.amend')}
        </button>
      )}
    </li>
  );
}

function AmendForm({
  observation,
  send,
  locked,
  onDone,
}: {
  observation: RecordedObservation;
  send: SendCommand;
  locked: string | null;
  onDone: () => void;
}) {
  const t = useTranslate();
  const [body, setBody] = useState(observation.current.body);
  const [reason, setReason] = useState('');
  const { busy, refusal, run } = useCommand(send);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || !reason.trim()) return;
    // The kind and links stay as recorded: an amendment corrects what was seen, not what it is about.
    if (
      await run('observation/amend', {
        observationId: observation.observationId,
        text: body.trim(),
        reason: reason.trim(),
      })
    )
      onDone();
  };

  return (
    <form
      className="evaluator-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label className="field">
        <span>{t('evaluator.observation.newText')}</span>
        <textarea
          ref={first}
          rows={3}
          required
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('evaluator.observation.amendReason')}</span>
        <input required value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {refusal ? (
        <p role="alert" className="evaluator-error">
          {refusal}
        </p>
      ) : null}
      {locked !== null ? <p className="evaluator-locked muted">{locked}</p> : null}
      <button type="submit" disabled={busy || locked !== null || !body.trim() || !reason.trim()}>
        {t('evaluator.observation.saveAmendment')}
      </button>
      <button type="button" className="secondary" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
