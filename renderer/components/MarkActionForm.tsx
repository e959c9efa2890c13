import { useState, type KeyboardEvent } from 'react';
import { useTranslate } from '../state/index';
import { useCommand, type SendCommand } from './use-command';

/**
 * Mark a free-text expected action met or unmet, with an optional note (`expected-action/mark`): the
 * console's expected-actions board and the evaluator's guide both use it, so a mark reads and behaves the
 * same wherever it is given. A refusal stays in the form with the engine's reason; `onDone` is told once the
 * engine accepted the mark, `onClose` (Escape or Cancel) when the user gives up.
 */
export function MarkActionForm({
  injectId,
  actionId,
  send,
  onDone,
  onClose,
  autoFocus = false,
}: {
  injectId: string;
  actionId: string;
  send: SendCommand;
  onDone?: () => void;
  onClose?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslate();
  const [note, setNote] = useState('');
  const { busy, refusal, run } = useCommand(send);
  const mark = async (met: boolean) => {
    const trimmed = note.trim();
    const accepted = await run('expected-action/mark', {
      injectId,
      actionId,
      met,
      ...(trimmed ? { note: trimmed } : {}),
    });
    if (!accepted) return;
    setNote('');
    onDone?.();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose?.();
  };
  return (
    <div
      role="group"
      aria-label={t('expected.mark.label', { actionId, injectId })}
      className="mark-form"
      onKeyDown={onKey}
    >
      <label className="field">
        <span>{t('expected.mark.note')}</span>
        <textarea
          autoFocus={autoFocus}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <div className="mark-form-actions">
        <button type="button" disabled={busy} onClick={() => void mark(true)}>
          {t('expected.mark.met')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void mark(false)}>
          {t('expected.mark.unmet')}
        </button>
        {onClose ? (
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
      {refusal ? (
        <p role="alert" className="mark-form-refusal">
          {refusal}
        </p>
      ) : null}
    </div>
  );
}
