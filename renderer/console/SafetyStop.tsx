import { useState } from 'react';
import { useCommand } from '../components/index';
import { useTranslate } from '../state/index';
import type { ConsoleProps } from './console-props';
import { playLock } from './play-lock';

/**
 * The real-world safety stop ("NO PLAY"): one action pauses the clock and puts a full-screen notice on every
 * station until the controller lifts it. It is a control broadcast, kept out of the in-game metrics.
 */
export function SafetyStop({ view, send }: ConsoleProps) {
  const t = useTranslate();
  const { run, refusal } = useCommand(send);
  const [asking, setAsking] = useState(false);
  // A notice is required (the engine refuses a blank one); the default lets one click stop play at once.
  const [notice, setNotice] = useState(() => t('console.noPlayDefault'));
  const on = view.state.noPlay;
  // A safety stop that did not take must never look as if it had.
  const refused = refusal ? (
    <span role="alert" className="problems">
      {refusal}
    </span>
  ) : null;
  if (view.readOnly) return null;
  // After ENDEX the engine takes no NO PLAY (nor its lifting: ENDEX ends play): the button says so, disabled.
  const locked = playLock(view, t);
  if (locked)
    return (
      <>
        <button type="button" className="danger" disabled aria-describedby="no-play-locked">
          {on ? t('console.noPlayLift') : t('console.noPlay')}
        </button>
        <span id="no-play-locked" className="muted">
          {locked}
        </span>
      </>
    );
  if (on)
    return (
      <>
        <button type="button" className="danger" onClick={() => void run('exercise/no-play', { on: false })}>
          {t('console.noPlayLift')}
        </button>
        {refused}
      </>
    );
  return (
    <>
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('console.noPlay')}
      </button>
      {refused}
      {asking ? (
        <form
          role="alertdialog"
          aria-modal="true"
          aria-label={t('console.noPlayConfirm')}
          className="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            setAsking(false);
            void run('exercise/no-play', { on: true, notice: notice.trim() });
          }}
          onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}
        >
          <label className="field">
            {t('console.noPlayNotice')}
            <textarea
              autoFocus
              rows={3}
              maxLength={2000}
              required
              value={notice}
              onChange={(event) => setNotice(event.target.value)}
            />
          </label>
          <p>
            <button type="submit" className="danger" disabled={notice.trim() === ''}>
              {t('console.noPlayConfirm')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </form>
      ) : null}
    </>
  );
}
