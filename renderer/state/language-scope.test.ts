import { describe, expect, it } from 'vitest';
import { languageScopeOf } from './language-scope';

describe('languageScopeOf', () => {
  it('gives Home, the console, each role station and each evaluator station a scope of its own', () => {
    const scopes = [
      languageScopeOf({ screen: 'home' }),
      languageScopeOf({ screen: 'console', exerciseId: 'ex-1' }),
      languageScopeOf({ screen: 'console', exerciseId: 'ex-2' }),
      languageScopeOf({ screen: 'station', exerciseId: 'ex-1', roles: ['ms-a'] }),
      languageScopeOf({ screen: 'station', exerciseId: 'ex-1', roles: ['nato-hq-staff'] }),
      languageScopeOf({ screen: 'station', exerciseId: 'ex-2', roles: ['ms-a'] }),
      languageScopeOf({ screen: 'evaluator', exerciseId: 'ex-1', role: 'evaluator' }),
    ];
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).toEqual([
      'home',
      'console/ex-1',
      'console/ex-2',
      'station/ex-1/ms-a',
      'station/ex-1/nato-hq-staff',
      'station/ex-2/ms-a',
      'evaluator/ex-1/evaluator',
    ]);
  });

  it('takes a station’s roles in any order as the same station', () => {
    expect(languageScopeOf({ screen: 'station', exerciseId: 'ex-1', roles: ['nac', 'ms-a'] })).toBe(
      languageScopeOf({ screen: 'station', exerciseId: 'ex-1', roles: ['ms-a', 'nac'] }),
    );
  });

  it('keeps ids with slashes or commas from running into one another', () => {
    expect(languageScopeOf({ screen: 'station', exerciseId: 'a/b', roles: ['c,d'] })).toBe(
      'station/a%2Fb/c%2Cd',
    );
  });
});
