import { useState } from 'react';
import type { CopyReport } from '../../core/index';
import { useTranslate } from '../state/index';

export interface CopyNoticeProps {
  copy: CopyReport | null;
  /** The station's unanswered commands: they survive a replaced copy, and the confirmation says so. */
  pending: number;
  /** Replace the copy with the host's; absent where nothing may be changed (the console's view as a role). */
  onReplace?: () => Promise<void>;
}

/**
 * What the host's answer did to this station's copy, in plain words: rebuilt, brought up to date, or ahead of
 * the host. A copy ahead is never merged: the participant is told which items only this station holds and may
 * replace the copy with the host's, after confirming.
 */
export function CopyNotice({ copy, pending, onReplace }: CopyNoticeProps) {
  const t = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [replacing, setReplacing] = useState(false);
  if (!copy) return null;
  if (copy.kind !== 'ahead') {
    // A station that had nothing and received nothing has nothing to report.
    if (copy.kind === 'rebuilt' && copy.received === 0) return null;
    const text =
      copy.kind === 'rebuilt'
        ? t('station.copyRebuilt', { count: copy.received })
        : copy.received === 0
          ? t('station.copyCurrent')
          : t('station.copyUpdated', { count: copy.received });
    return (
      <p className="station-copy muted" role="status">
        {text}
      </p>
    );
  }
  const items = { from: copy.hostLast + 1, to: copy.held };
  const replace = async () => {
    if (!onReplace) return;
    setReplacing(true);
    try {
      await onReplace();
    } finally {
      setReplacing(false);
      setConfirming(false);
    }
  };
  return (
    <div className="station-copy-ahead" role="alert">
      <p>{t('station.copyAhead', items)}</p>
      {onReplace && !confirming ? (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('station.copyReplace')}
        </button>
      ) : null}
      {onReplace && confirming ? (
        <div
          role="group"
          aria-label={t('station.copyReplace')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p>
            <strong>{t('station.copyReplaceConfirm', items)}</strong>
          </p>
          {pending > 0 ? <p>{t('station.copyReplacePending', { count: pending })}</p> : null}
          <button type="button" className="danger" disabled={replacing} onClick={() => void replace()}>
            {replacing ? t('station.copyReplacing') : t('station.copyReplaceYes')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            disabled={replacing}
            onClick={() => setConfirming(false)}
          >
            {t('station.back')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
