import { useTranslate } from '../state/index';

/**
 * The real-world safety stop: covers the whole screen of every station until the controller lifts it, so
 * nobody mistakes it for an inject or plays on.
 */
export function NoPlayOverlay({ notice }: { notice?: string | null }) {
  const t = useTranslate();
  return (
    <div className="no-play" role="alertdialog" aria-modal="true" aria-labelledby="no-play-title">
      <div className="no-play-box">
        <h2 id="no-play-title">{t('common.noPlayTitle')}</h2>
        <p>{t('common.noPlayBody')}</p>
        {notice ? <p className="no-play-notice">{notice}</p> : null}
      </div>
    </div>
  );
}
