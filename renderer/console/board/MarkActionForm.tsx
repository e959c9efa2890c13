import { useState, type KeyboardEvent } from 'react';
import { useTranslate } from '../../state/index';

/** Mark a free-text expected action met or unmet, with an optional note; Escape or Cancel closes it. */
export function MarkActionForm({
  label,
  onMark,
  onClose,
}: {
  label: string;
  onMark: (met: boolean, note: string) => void;
  onClose: () => void;
}) {
  const t = useTranslate();
  const [note, setNote] = useState('');
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div role="group" aria-label={label} className="board-mark" onKeyDown={onKey}>
      <label className="field">
        {t('board.expected.markNote')}
        <textarea autoFocus rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="board-dialog-actions">
        <button type="button" onClick={() => onMark(true, note.trim())}>
          {t('board.expected.markMet')}
        </button>
        <button type="button" className="danger" onClick={() => onMark(false, note.trim())}>
          {t('board.expected.markUnmet')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
