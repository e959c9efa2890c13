import { useState } from 'react';
import { errorMessage } from '../../core/index';
import type { CopyActions, RemoteExercise } from '../host/index';
import { useTranslate } from '../state/index';
import { useViewVersion } from './use-view-version';

/**
 * What the console did with this browser's copy of the exercise, in plain words, under the clock bar: opened
 * from it and brought up to date, rebuilt from the host, or not continued by the host (then the copy can be
 * downloaded, or replaced with the host's journal once the controller confirms). Dismissible.
 */
export function CopyNoticeBar({ view, actions }: { view: RemoteExercise; actions: CopyActions | null }) {
  const t = useTranslate();
  useViewVersion(view);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const notice = view.status.notice;
  if (!notice) return null;
  const run = async (work: () => Promise<string | null>) => {
    setOutcome(null);
    try {
      const text = await work();
      if (text) setOutcome({ ok: true, text });
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error) });
    }
  };
  const progress = view.historyProgress();
  let text: string;
  switch (notice.kind) {
    case 'opened':
      text =
        notice.received === null
          ? t('console.copy.checking', { held: notice.held })
          : notice.received === 0
            ? t('console.copy.upToDate', { held: notice.held })
            : t('console.copy.updated', { held: notice.held, received: notice.received });
      break;
    case 'rebuilt':
      text = progress
        ? t('console.copy.rebuilding', { loaded: progress.loaded, total: progress.total })
        : t('console.copy.rebuilt', { total: notice.total });
      break;
    case 'diverged':
      text = t('console.copy.diverged', { reason: notice.reason });
      break;
    case 'not-found':
      text = t('console.copy.notFound', { reason: notice.reason });
      break;
  }
  const troubled = notice.kind === 'diverged' || notice.kind === 'not-found';
  return (
    <div role="status" className={troubled ? 'problems copy-notice' : 'read-only-bar copy-notice'}>
      <span>{text}</span>{' '}
      {troubled && actions ? (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(async () => t('console.copy.downloaded', { file: await actions.download() }))
          }
        >
          {t('console.copy.download')}
        </button>
      ) : null}{' '}
      {notice.kind === 'diverged' && actions ? (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('console.copy.replace')}
        </button>
      ) : null}{' '}
      <button type="button" className="secondary" onClick={() => view.status.setNotice(null)}>
        {t('common.dismiss')}
      </button>
      {outcome ? <p className={outcome.ok ? undefined : 'problems'}>{outcome.text}</p> : null}
      {confirming && actions ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="replace-copy-text" className="dialog">
          <p id="replace-copy-text">{t('console.copy.replaceConfirm')}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void run(async () => {
                await actions.replace();
                return null;
              });
            }}
          >
            {t('console.copy.replaceNow')}
          </button>{' '}
          <button type="button" className="secondary" autoFocus onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
