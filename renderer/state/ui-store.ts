import { createContext, useContext } from 'react';
import { create } from 'zustand';
import { isLanguage, translate, type Language, type MessageKey } from '../i18n/index';

/** The language chosen last in this browser, on any screen: where a screen that never chose one starts. */
export const LAST_LANGUAGE_KEY = 'pbsim.language';
/** One key per screen that chose (see language-scope.ts): what keeps two stations' languages apart. */
export const languageKeyOf = (scope: string) => `pbsim.language.${scope}`;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function read(storage: () => Storage | undefined, key: string): Language | undefined {
  try {
    const stored = storage()?.getItem(key);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: () => Storage | undefined, key: string, language: Language): void {
  try {
    storage()?.setItem(key, language);
  } catch {
    // Private mode or a full quota: the choice still holds while the page is open.
  }
}

interface UiState {
  /** The screen whose language this is (language-scope.ts); none until the app names its screen. */
  scope: string | undefined;
  language: Language;
  /** Switch to a screen's own language: its earlier choice, else the browser's last, else English. */
  enterScope: (scope: string) => void;
  /** The current screen's choice, kept for it across reloads (and as the browser's last choice). */
  setLanguage: (language: Language) => void;
}

/**
 * UI preferences only (docs/architecture.md §9 rule 3): domain state lives in the engine. One store per page,
 * so per tab; each tab's screen reads and writes its own key in the storage the tabs share.
 */
export function createUiStore(storage: () => Storage | undefined = () => globalThis.localStorage) {
  return create<UiState>((set, get) => ({
    scope: undefined,
    language: read(storage, LAST_LANGUAGE_KEY) ?? 'en',
    enterScope: (scope) => {
      if (get().scope === scope) return;
      const language = read(storage, languageKeyOf(scope)) ?? read(storage, LAST_LANGUAGE_KEY) ?? 'en';
      // Pinned at once: a choice made later on another screen must not change this one on its next reload.
      write(storage, languageKeyOf(scope), language);
      set({ scope, language });
    },
    setLanguage: (language) => {
      if (!isLanguage(language)) return;
      const { scope } = get();
      if (scope !== undefined) write(storage, languageKeyOf(scope), language);
      write(storage, LAST_LANGUAGE_KEY, language);
      set({ language });
    },
  }));
}

export const useUiStore = createUiStore();

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A document's own language for everything rendered inside it, whatever the screen's: the after-action report
 * is written in the language the evaluator picks for it, from a console in another (issue 24). A context, not
 * the store, because a static render (`renderToStaticMarkup`) reads a store's initial state only.
 */
const DocumentLanguage = createContext<Language | null>(null);
export const DocumentLanguageProvider = DocumentLanguage.Provider;

/** The language to write in: the enclosing document's, else the screen's. */
export function useLanguage(): Language {
  const chosen = useUiStore((state) => state.language);
  return useContext(DocumentLanguage) ?? chosen;
}

/** `t(key, params)` in the current language (the enclosing document's, else the screen's). */
export function useTranslate(): Translator {
  return translatorFor(useLanguage());
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
