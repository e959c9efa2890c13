import type { MessageKey } from './en';
import { buildLanguageRegistry, cataloguesFromModules, translateIn } from './language-registry';

/**
 * Every catalogue file present, `<area>.<language>.ts`: a language is offered as soon as its files exist, with
 * no code to change. Eager, so the words are there on the first render.
 */
const CATALOGUE_FILES = import.meta.glob<Record<string, unknown>>(
  ['./catalogues/*.*.ts', '!./catalogues/*.test.ts'],
  { eager: true },
);

export const LANGUAGE_REGISTRY = buildLanguageRegistry(cataloguesFromModules(CATALOGUE_FILES));

/** A language code ("en", "nl"): one of LANGUAGES once checked with isLanguage. */
export type Language = string;
export const LANGUAGES: readonly Language[] = LANGUAGE_REGISTRY.codes;

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && LANGUAGES.includes(code);
}

/** The text for a key in a language, with `{name}` placeholders filled; English when the language lacks it. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translateIn(LANGUAGE_REGISTRY, language, key, params);
}
