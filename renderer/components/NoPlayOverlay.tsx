import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslate } from '../state/index';
import { holdFocusWithin, inertBehind } from './inert-behind';

export interface NoPlayOverlayProps {
  notice?: string | null;
  /**
   * Drawn inside its container rather than over the page: the console's "view as role" shows what the
   * station shows, while the console's own controls (lifting NO PLAY among them) keep working.
   */
  contained?: boolean;
}

/**
 * The real-world safety stop: covers the whole screen of every station until the controller lifts it, so
 * nobody mistakes it for an inject or plays on. It is a modal dialog that takes focus, and everything behind
 * it is inert: nothing there can be reached with Tab and Enter, or read through it. When it is lifted, focus
 * goes back to where the participant was.
 */
export function NoPlayOverlay({ notice, contained = false }: NoPlayOverlayProps) {
  const t = useTranslate();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const overlay = ref.current;
    if (!overlay) return;
    if (contained) return inertBehind(overlay, overlay.parentElement ?? undefined);
    const previous = overlay.ownerDocument.activeElement;
    const restore = inertBehind(overlay);
    overlay.focus();
    const release = holdFocusWithin(overlay);
    return () => {
      release();
      restore();
      if (previous instanceof HTMLElement && previous !== previous.ownerDocument.body && previous.isConnected)
        previous.focus();
    };
  }, [contained]);

  const noticeId = `${id}-notice`;
  const bodyId = `${id}-body`;
  const overlay = (
    <div
      ref={ref}
      className={contained ? 'no-play no-play-contained' : 'no-play'}
      role={contained ? 'region' : 'alertdialog'}
      aria-modal={contained ? undefined : true}
      aria-labelledby={`${id}-title`}
      aria-describedby={notice ? noticeId : bodyId}
      tabIndex={contained ? undefined : -1}
    >
      <div className="no-play-box">
        <h2 id={`${id}-title`}>{t('common.noPlayTitle')}</h2>
        <p id={bodyId}>{t('common.noPlayBody')}</p>
        {notice ? (
          <p id={noticeId} className="no-play-notice">
            {notice}
          </p>
        ) : null}
      </div>
    </div>
  );
  // Over the page, it sits beside the app's root, so that the whole app (whatever it later adds) is behind it.
  return contained ? overlay : createPortal(overlay, document.body);
}
