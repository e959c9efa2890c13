import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey } from '../i18n/index';
import { creditKindWord, creditWords } from './credit-words';

const TITLES: Record<string, string> = { 'eu-sitroom': 'EU Situation Room', excon: 'EXCON', nac: 'NAC' };
const titleOf = (role: string) => TITLES[role] ?? role;
const inLanguage = (language: Language) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(language, key, params);

describe('creditWords', () => {
  const t = inLanguage('en');

  it('words an automated role with its policy, never as the control role it sent through', () => {
    const words = creditWords(
      { kind: 'automated', role: 'eu-sitroom', through: 'excon', policy: 'doctrine' },
      titleOf,
      t,
    );
    expect(words).toBe('EU Situation Room (automated, by the book)');
    expect(words).not.toContain('EXCON');
  });

  it('words control acting by hand, a person, and the engine', () => {
    expect(creditWords({ kind: 'control', role: 'nac', through: 'excon', policy: null }, titleOf, t)).toBe(
      'NAC (by hand: EXCON)',
    );
    expect(creditWords({ kind: 'person', role: 'nac', through: null, policy: null }, titleOf, t)).toBe('NAC');
    expect(creditWords({ kind: 'engine', role: null, through: null, policy: null }, titleOf, t)).toBe('');
  });

  it('has Dutch words', () => {
    const nl = inLanguage('nl');
    expect(
      creditWords({ kind: 'automated', role: 'nac', through: 'excon', policy: 'late' }, titleOf, nl),
    ).toBe('NAC (geautomatiseerd, laat team)');
    expect(creditKindWord('control', nl)).toBe('oefenleiding');
    expect(creditKindWord('automated', t)).toBe('automated');
  });
});
