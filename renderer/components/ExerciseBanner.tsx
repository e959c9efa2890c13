import { useTranslate } from '../state/index';
import { LanguagePicker } from './LanguagePicker';

/**
 * The "EXERCISE" banner on every screen, with the exercise marking: nobody may take exercise traffic for
 * real traffic, on a laptop or on a projector.
 */
export function ExerciseBanner({ marking, context }: { marking?: string; context?: string }) {
  const t = useTranslate();
  const title = (
    <a className="banner-title" href="#/">
      {t('app.title')}
    </a>
  );
  return (
    <header className="banner" role="banner">
      <span className="banner-word">{t('app.exercise')}</span>
      {marking ? <span className="banner-marking">{marking}</span> : null}
      {/* Each screen's one top-level heading: what the screen is, or on Home the app itself. */}
      {context ? title : <h1 className="banner-heading">{title}</h1>}
      {context ? <h1 className="banner-heading banner-context">{context}</h1> : null}
      <LanguagePicker />
      <span className="banner-word">{t('app.exercise')}</span>
    </header>
  );
}
