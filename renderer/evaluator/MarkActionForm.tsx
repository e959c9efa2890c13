import { useState } from 'react';
import { useCommand, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';

/** Mark a free-text expected action met or unmet, with a note (`expected-action/mark`). */
export function MarkActionForm({
  injectId,
  actionId,
  send,
}: {
  injectId: string;
  actionId: string;
  send: SendCommand;
}) {
  const t = useTranslate();
  const [note, setNote] = useState('');
  const { busy, refusal, run } = useCommand(send);
  const mark = async (met: boolean) => {
    const trimmed = note.trim();
    const sent = await run('expected-action/mark', {
      injectId,
      actionId,
      met,
      ...(trimmed ? { note: trimmed } : {}),
    });
    if (sent) setNote('');
  };
  return (
    <div className="mark-form">
      <label className="field">
        <span>{t('evaluator.guide.note', { id: `${injectId}/${actionId}` })}</span>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button
        type="button"
        disabled={busy}
        aria-label={t('evaluator.guide.markMet', { id: `${injectId}/${actionId}` })}
        onClick={() => void mark(true)}
      >
        {t('evaluator.guide.met')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        aria-label={t('evaluator.guide.markUnmet', { id: `${injectId}/${actionId}` })}
        onClick={() => void mark(false)}
      >
        {t('evaluator.guide.unmet')}
      </button>
      {refusal ? (
        <p role="alert" className="evaluator-error">
          {refusal}
        </p>
      ) : null}
    </div>
  );
}
