import { LANGUAGE_REGISTRY, type LanguageRegistry } from '../i18n/index';
import { useTranslate, useUiStore } from '../state/index';

/**
 * The language of this screen (each station keeps its own: renderer/state/language-scope.ts). The options are
 * the languages whose catalogues exist, each under its own name, so a new language needs no change here.
 */
export function LanguagePicker({ registry = LANGUAGE_REGISTRY }: { registry?: LanguageRegistry }) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <label className="banner-language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value)}>
        {registry.codes.map((code) => (
          <option key={code} value={code} lang={code}>
            {registry.names[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
