import { describe, expect, it } from 'vitest';
import {
  buildLanguageRegistry,
  cataloguesFromModules,
  translateIn,
  type Catalogue,
} from './language-registry';

const english: Catalogue = {
  'language.name': 'English',
  'common.close': 'Close',
  'common.refused': 'Refused: {reason}',
};

describe('cataloguesFromModules', () => {
  it('groups the files by the language in their name and merges each language’s areas', () => {
    const catalogues = cataloguesFromModules({
      './catalogues/common.en.ts': { commonEn: { 'common.close': 'Close' } },
      './catalogues/home.en.ts': { homeEn: { 'home.library': 'Scenario library' } },
      './catalogues/common.fr.ts': { commonFr: { 'common.close': 'Fermer' } },
      './catalogues/common.pt-BR.ts': { commonPt: { 'common.close': 'Fechar' } },
    });
    expect(catalogues).toEqual({
      en: { 'common.close': 'Close', 'home.library': 'Scenario library' },
      fr: { 'common.close': 'Fermer' },
      'pt-BR': { 'common.close': 'Fechar' },
    });
  });

  it('names the file whose name carries no language code', () => {
    expect(() => cataloguesFromModules({ './catalogues/common.French.ts': { x: {} } })).toThrow(
      /\.\/catalogues\/common\.French\.ts: a UI catalogue is named <area>\.<language>\.ts/,
    );
  });

  it('names the file that exports something other than one table of texts', () => {
    expect(() =>
      cataloguesFromModules({ './catalogues/common.fr.ts': { a: { 'common.close': 'Fermer' }, b: {} } }),
    ).toThrow(/common\.fr\.ts: a UI catalogue exports exactly one object/);
    expect(() =>
      cataloguesFromModules({ './catalogues/common.fr.ts': { a: { 'common.close': 3 } } }),
    ).toThrow(/common\.fr\.ts/);
  });
});

describe('buildLanguageRegistry', () => {
  it('offers a third language given only its catalogue, after English, under its own name', () => {
    const registry = buildLanguageRegistry({
      nl: { 'language.name': 'Nederlands' },
      en: english,
      fr: { 'language.name': 'Français', 'common.close': 'Fermer' },
    });
    expect(registry.codes).toEqual(['en', 'fr', 'nl']);
    expect(registry.names).toEqual({ en: 'English', fr: 'Français', nl: 'Nederlands' });
  });

  it('shows the code of a language that does not name itself', () => {
    expect(buildLanguageRegistry({ en: english, de: {} }).names.de).toBe('DE');
  });

  it('refuses a set without English, the reference every language falls back to', () => {
    expect(() => buildLanguageRegistry({ nl: {} })).toThrow(/English UI catalogues/);
  });
});

describe('translateIn', () => {
  const registry = buildLanguageRegistry({
    en: english,
    fr: { 'common.refused': 'Refusé : {reason}' },
  });

  it('takes the language’s text and falls back to English key by key', () => {
    expect(translateIn(registry, 'fr', 'common.refused', { reason: 'NO PLAY' })).toBe('Refusé : NO PLAY');
    // Not in this fake French: English, the app's complete reference.
    expect(translateIn(registry, 'fr', 'common.close')).toBe('Close');
    expect(translateIn(registry, 'fr', 'common.dismiss')).toBe('Dismiss');
  });
});
