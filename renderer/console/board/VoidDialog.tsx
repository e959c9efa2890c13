import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslate } from '../../state/index';

/**
 * Ask EXCON why a decision is voided before sending anything: the reason is required and goes into the log.
 * Focuses the reason field on opening; Escape or Cancel closes it without sending.
 */
export function VoidDialog({
  summary,
  onVoid,
  onClose,
}: {
  summary: string;
  onVoid: (reason: string) => void;
  onClose: () => void;
}) {
  const t = useTranslate();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) onVoid(trimmed);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="void-title"
      aria-describedby="void-explain"
      className="dialog board-dialog"
      onKeyDown={onKey}
    >
      <form onSubmit={submit}>
        <h3 id="void-title">{summary}</h3>
        <p id="void-explain" className="muted">
          {t('board.voidExplain')}
        </p>
        <label className="field">
          {t('board.voidReason')}
          <textarea
            autoFocus
            required
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <div className="board-dialog-actions">
          <button type="submit" className="danger" disabled={!trimmed}>
            {t('board.voidConfirm')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
