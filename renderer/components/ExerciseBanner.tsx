import { useTranslate, useUiStore } from '../state/index';
import { LANGUAGES } from '../i18n/index';

/**
 * The "EXERCISE" banner on every screen, with the exercise marking: nobody may take exercise traffic for
 * real traffic, on a laptop or on a projector.
 */
export function ExerciseBanner({ marking, context }: { marking?: string; context?: string }) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
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
      <label className="banner-language">
        <span className="visually-hidden">{t('language.label')}</span>
        <select value={language} onChange={(event) => setLanguage(event.target.value as typeof language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {code.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <span className="banner-word">{t('app.exercise')}</span>
    </header>
  );
}
