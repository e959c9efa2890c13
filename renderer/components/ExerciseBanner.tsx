import { useTranslate } from '../state/index';
import { LanguagePicker } from './LanguagePicker';

/**
 * The "EXERCISE" banner on every screen, with the exercise marking: nobody may take exercise traffic for
 * real traffic, on a laptop or on a projector.
 */
export function ExerciseBanner({ marking, context }: { marking?: string; context?: string }) {
  const t = useTranslate();
  return (
    <header className="banner" role="banner">
      <span className="banner-word">{t('app.exercise')}</span>
      {marking ? <span className="banner-marking">{marking}</span> : null}
      <a className="banner-title" href="#/">
        {t('app.title')}
      </a>
      {context ? <span className="banner-context">{context}</span> : null}
      <LanguagePicker />
      <span className="banner-word">{t('app.exercise')}</span>
    </header>
  );
}
