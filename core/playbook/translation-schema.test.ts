// The shape of a content catalogue: the fixed format other authors write to.
import { describe, expect, it } from 'vitest';
import { TranslationDocument } from './translation-schema';

const base = { schemaVersion: 1, kind: 'translation', language: 'nl' };

describe('TranslationDocument', () => {
  it('accepts a mechanism catalogue in the fixed format', () => {
    const document = {
      ...base,
      mechanism: 'ipcr',
      title: 'Geïntegreerde regeling politieke crisisrespons (IPCR)',
      states: { standby: 'Geen IPCR-activiteit' },
      events: {
        ISAA_PUBLISHED: {
          title: 'Een ISAA-rapport publiceren',
          fields: {
            summary: { label: 'Kernoordelen' },
            sector: { label: 'Sector', options: { health: 'gezondheid' } },
          },
        },
      },
    };
    expect(TranslationDocument.parse(document)).toEqual(document);
  });

  it('accepts playbook-wide words', () => {
    const document = {
      ...base,
      roles: { presidency: 'Voorzitterschap' },
      markings: { 'EU-ONLY': 'Alleen EU' },
    };
    expect(TranslationDocument.parse(document)).toEqual(document);
  });

  it.each([
    ['a blank word', { ...base, mechanism: 'ipcr', states: { standby: ' ' } }],
    ['a language that is no code', { ...base, language: 'Dutch' }],
    ['an unknown section', { ...base, words: {} }],
    ['an event name that is no event name', { ...base, mechanism: 'ipcr', events: { isaa: { title: 'x' } } }],
    ['a later version', { ...base, schemaVersion: 2 }],
  ])('refuses %s', (_, document) => {
    expect(TranslationDocument.safeParse(document).success).toBe(false);
  });
});
