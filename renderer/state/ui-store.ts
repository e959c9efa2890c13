import { create } from 'zustand';
import { LANGUAGES, translate, type Language, type MessageKey } from '../i18n/index';

const LANGUAGE_KEY = 'pbsim.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return LANGUAGES.includes(stored as Language) ? (stored as Language) : 'en';
  } catch {
    return 'en';
  }
}

interface UiState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** UI preferences only (docs/architecture.md §9 rule 3): domain state lives in the engine. */
export const useUiStore = create<UiState>((set) => ({
  language: storedLanguage(),
  setLanguage: (language) => {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode or a full quota: the choice still holds for this session.
    }
    set({ language });
  },
}));

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `t(key, params)` in the current language. */
export function useTranslate(): Translator {
  return translatorFor(useUiStore((state) => state.language));
}

const translators = new Map<Language, Translator>();

/** One function per language, app-wide: memoised components and caches can tell the words did not change. */
export function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = (key, params) => translate(language, key, params);
    translators.set(language, translator);
  }
  return translator;
}
