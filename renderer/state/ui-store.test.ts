import { afterEach, describe, expect, it } from 'vitest';
import { LAST_LANGUAGE_KEY, createUiStore, languageKeyOf, translatorFor, useUiStore } from './ui-store';

afterEach(() => {
  localStorage.clear();
  useUiStore.setState({ scope: undefined, language: 'en' });
});

/** A page of the app in a tab: its own store over the storage every tab of the browser shares. */
const openTab = (scope: string) => {
  const store = createUiStore(() => localStorage);
  store.getState().enterScope(scope);
  return store;
};

describe('the UI store', () => {
  it('keeps a language per station: two tabs of one browser in two languages, each kept across a reload', () => {
    const euStation = openTab('station/ex-1/ms-a');
    const natoStation = openTab('station/ex-1/nato-hq-staff');
    euStation.getState().setLanguage('nl');
    expect(euStation.getState().language).toBe('nl');
    expect(natoStation.getState().language).toBe('en');
    expect(localStorage.getItem('pbsim.language.station/ex-1/ms-a')).toBe('nl');
    expect(localStorage.getItem('pbsim.language.station/ex-1/nato-hq-staff')).toBe('en');

    // Reloads: fresh pages on the same storage.
    expect(openTab('station/ex-1/nato-hq-staff').getState().language).toBe('en');
    expect(openTab('station/ex-1/ms-a').getState().language).toBe('nl');
  });

  it('starts a screen that never chose in the language chosen last in this browser, then keeps it its own', () => {
    const consoleTab = openTab('console/ex-1');
    consoleTab.getState().setLanguage('nl');
    expect(localStorage.getItem(LAST_LANGUAGE_KEY)).toBe('nl');
    const evaluator = openTab('evaluator/ex-1/evaluator');
    expect(evaluator.getState().language).toBe('nl');

    consoleTab.getState().setLanguage('en');
    expect(openTab('evaluator/ex-1/evaluator').getState().language).toBe('nl');
    expect(openTab('home').getState().language).toBe('en');
  });

  it('switches language when the tab goes to another screen, and back', () => {
    localStorage.setItem(languageKeyOf('home'), 'en');
    localStorage.setItem(languageKeyOf('console/ex-1'), 'nl');
    const tab = openTab('home');
    expect(tab.getState().language).toBe('en');
    tab.getState().enterScope('console/ex-1');
    expect(tab.getState().language).toBe('nl');
    tab.getState().enterScope('home');
    expect(tab.getState().language).toBe('en');
  });

  it('starts in English when nothing, or a language it does not offer, was kept; refuses to switch to one', () => {
    expect(openTab('home').getState().language).toBe('en');
    localStorage.setItem(languageKeyOf('console/ex-9'), 'xx');
    localStorage.setItem(LAST_LANGUAGE_KEY, 'yy');
    const tab = openTab('console/ex-9');
    expect(tab.getState().language).toBe('en');
    tab.getState().setLanguage('xx');
    expect(tab.getState().language).toBe('en');
    expect(localStorage.getItem(LAST_LANGUAGE_KEY)).toBe('yy');
  });

  it('still switches when the storage refuses to be read or written', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const tab = createUiStore(() => broken);
    tab.getState().enterScope('home');
    expect(tab.getState().language).toBe('en');
    tab.getState().setLanguage('nl');
    expect(tab.getState().language).toBe('nl');
  });
});

describe('translatorFor', () => {
  it('gives one translator per language, in that language', () => {
    expect(translatorFor('nl')).toBe(translatorFor('nl'));
    expect(translatorFor('en')).not.toBe(translatorFor('nl'));
    expect(translatorFor('en')('common.dismiss')).toBe('Dismiss');
    expect(translatorFor('nl')('common.dismiss')).toBe('Sluiten');
  });
});
