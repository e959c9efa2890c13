import { afterEach, describe, expect, it, vi } from 'vitest';
import { translatorFor, useUiStore } from './ui-store';

afterEach(() => {
  localStorage.clear();
  useUiStore.getState().setLanguage('en');
  localStorage.clear();
});

describe('the UI store', () => {
  it('changes the language and keeps the choice for the next visit', () => {
    useUiStore.getState().setLanguage('nl');
    expect(useUiStore.getState().language).toBe('nl');
    expect(localStorage.getItem('pbsim.language')).toBe('nl');
  });

  it('starts in the language kept from an earlier visit, and in English when none or an unknown one was kept', async () => {
    const fresh = async () => {
      vi.resetModules();
      return (await import('./ui-store')).useUiStore.getState().language;
    };
    localStorage.setItem('pbsim.language', 'nl');
    expect(await fresh()).toBe('nl');
    localStorage.setItem('pbsim.language', 'fr');
    expect(await fresh()).toBe('en');
    localStorage.removeItem('pbsim.language');
    expect(await fresh()).toBe('en');
  });
});

describe('translatorFor', () => {
  it('gives one translator per language, in that language', () => {
    expect(translatorFor('nl')).toBe(translatorFor('nl'));
    expect(translatorFor('en')).not.toBe(translatorFor('nl'));
    expect(translatorFor('en')('common.dismiss')).toBe('Dismiss');
    expect(translatorFor('nl')('common.dismiss')).not.toBe('Dismiss');
  });
});
