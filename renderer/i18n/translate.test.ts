import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { LANGUAGE_REGISTRY, LANGUAGES, isLanguage, translate } from './translate';
import { commonNl } from './catalogues/common.nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const otherLanguages = LANGUAGES.filter((code) => code !== 'en');

describe('the UI languages', () => {
  it('are found from the catalogue files: English first, Dutch among them', () => {
    expect(LANGUAGES[0]).toBe('en');
    expect(LANGUAGES).toContain('nl');
    expect(isLanguage('nl')).toBe(true);
    expect(isLanguage('xx')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('take English from exactly the files en.ts lists, so no area is left out of either', () => {
    expect(LANGUAGE_REGISTRY.catalogues.en).toEqual(en);
  });

  it('each name themselves in their own words for the picker', () => {
    expect(LANGUAGE_REGISTRY.names).toMatchObject({ en: 'English', nl: 'Nederlands' });
    for (const code of otherLanguages) {
      expect(LANGUAGE_REGISTRY.catalogues[code]?.['language.name'], code).toBeTruthy();
      expect(LANGUAGE_REGISTRY.names[code], code).not.toBe(en['language.name']);
    }
  });

  it('have every English key, in every area', () => {
    const keys = Object.keys(en) as MessageKey[];
    for (const code of otherLanguages) {
      const catalogue = LANGUAGE_REGISTRY.catalogues[code] ?? {};
      const missing = keys.filter((key) => !catalogue[key]?.trim());
      expect(missing, `keys missing in ${code}`).toEqual([]);
      const unknown = Object.keys(catalogue).filter((key) => !(key in en));
      expect(unknown, `keys in ${code} that English does not have`).toEqual([]);
    }
  });

  it('use the same placeholders as English in every text', () => {
    for (const code of otherLanguages) {
      for (const [key, text] of Object.entries(LANGUAGE_REGISTRY.catalogues[code] ?? {})) {
        expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(en[key as MessageKey]));
      }
    }
  });
});

describe('translate', () => {
  it('fills placeholders in the language asked for', () => {
    expect(translate('en', 'common.storageError', { message: 'disk full' })).toBe(
      'Storage problem: disk full',
    );
    expect(translate('nl', 'common.storageError', { message: 'schijf vol' })).toBe(
      'Opslagprobleem: schijf vol',
    );
    expect(translate('nl', 'home.library')).toBe('Scenariobibliotheek');
    expect(translate('nl', 'language.label')).toBe(commonNl['language.label']);
  });

  it('answers in English for a language it does not know, and leaves unknown placeholders visible', () => {
    expect(translate('xx', 'common.dismiss')).toBe('Dismiss');
    expect(translate('en', 'common.storageError')).toBe('Storage problem: {message}');
  });
});
