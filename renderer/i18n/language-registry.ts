import { en, type MessageKey } from './en';

/** One language's UI text: any subset of the English keys; what it lacks falls back to English, key by key. */
export type Catalogue = Partial<Record<MessageKey, string>>;

/** The languages the UI offers, found from the catalogue files present (adding one takes files only). */
export interface LanguageRegistry {
  /** Language codes, English (the complete reference) first, then the others by code. */
  readonly codes: readonly string[];
  /** Each language's name in that language ("Nederlands"), as its common catalogue declares it. */
  readonly names: Readonly<Record<string, string>>;
  readonly catalogues: Readonly<Record<string, Catalogue>>;
}

const REFERENCE = 'en';
// `<area>.<language>.ts`, the language a lower-case ISO 639 code with an optional region ("pt-BR").
const CATALOGUE_FILE = /(?:^|\/)([a-z]+)\.([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/;

/**
 * Groups catalogue modules (as `import.meta.glob` gives them: path → module) by the language in their file
 * name, each module's one exported object merged into its language's catalogue.
 */
export function cataloguesFromModules(
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Record<string, Catalogue> {
  const byLanguage: Record<string, Catalogue> = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = CATALOGUE_FILE.exec(path);
    if (!match) {
      throw new Error(
        `${path}: a UI catalogue is named <area>.<language>.ts, with a lower-case language code such as "nl" or "fr".`,
      );
    }
    const exported = Object.values(module);
    const [catalogue] = exported;
    if (exported.length !== 1 || !isTextTable(catalogue)) {
      throw new Error(`${path}: a UI catalogue exports exactly one object of texts (key → string).`);
    }
    const language = match[2] as string;
    byLanguage[language] = { ...byLanguage[language], ...(catalogue as Catalogue) };
  }
  return byLanguage;
}

function isTextTable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

/** The registry of the languages given: English must be among them, since every other falls back to it. */
export function buildLanguageRegistry(catalogues: Readonly<Record<string, Catalogue>>): LanguageRegistry {
  if (!catalogues[REFERENCE]) {
    throw new Error('The English UI catalogues (renderer/i18n/catalogues/*.en.ts) are missing.');
  }
  const codes = Object.keys(catalogues).sort((a, b) =>
    a === REFERENCE ? -1 : b === REFERENCE ? 1 : a.localeCompare(b),
  );
  const names = Object.fromEntries(
    codes.map((code) => [code, catalogues[code]?.['language.name'] ?? code.toUpperCase()]),
  );
  return { codes, names, catalogues };
}

/** The text for a key in a language of a registry, `{name}` placeholders filled; English when it lacks it. */
export function translateIn(
  registry: LanguageRegistry,
  language: string,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = registry.catalogues[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
