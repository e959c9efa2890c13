import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { nl } from './nl';
import { translate } from './translate';

/** Areas whose Dutch text must be complete: what participants and evaluators read. */
const DUTCH_AREAS = ['app.', 'nav.', 'language.', 'common.', 'station.', 'evaluator.', 'channel.'];

describe('message catalogues', () => {
  it('fills placeholders and falls back to English', () => {
    expect(translate('en', 'common.storageError', { message: 'disk full' })).toBe(
      'Storage problem: disk full',
    );
    expect(translate('nl', 'common.storageError', { message: 'schijf vol' })).toBe(
      'Opslagprobleem: schijf vol',
    );
    expect(translate('nl', 'home.library')).toBe(en['home.library']);
  });

  it('has Dutch for every station, evaluator and common text', () => {
    const keys = Object.keys(en) as MessageKey[];
    const missing = keys.filter((key) => DUTCH_AREAS.some((area) => key.startsWith(area)) && !nl[key]);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(nl)) {
      const names = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names(text as string), key).toEqual(names(en[key as MessageKey]));
    }
  });
});
