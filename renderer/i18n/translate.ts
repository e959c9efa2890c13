import { en, type MessageKey } from './en';
import { nl } from './nl';

export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

const CATALOGUES: Record<Language, Partial<Record<MessageKey, string>>> = { en, nl };

/** The text for a key in a language, with `{name}` placeholders filled; English when the language lacks it. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = CATALOGUES[language][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
