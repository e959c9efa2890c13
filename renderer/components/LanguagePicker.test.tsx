import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_REGISTRY, buildLanguageRegistry } from '../i18n/index';
import { languageKeyOf, useUiStore } from '../state/index';
import { LanguagePicker } from './LanguagePicker';

afterEach(() => {
  useUiStore.setState({ scope: undefined, language: 'en' });
  localStorage.clear();
});

const optionNames = () =>
  within(screen.getByRole('combobox'))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the language picker', () => {
  it('offers every language whose catalogues exist, each under its own name', () => {
    render(<LanguagePicker />);
    expect(optionNames()).toEqual(['English', 'Nederlands']);
    expect(screen.getByRole('option', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
  });

  it('offers a third language given as catalogues only, without a change of code', () => {
    const registry = buildLanguageRegistry({
      ...LANGUAGE_REGISTRY.catalogues,
      fr: { 'language.name': 'Français', 'language.label': 'Langue' },
    });
    render(<LanguagePicker registry={registry} />);
    expect(optionNames()).toEqual(['English', 'Français', 'Nederlands']);
    expect(screen.getByRole('option', { name: 'Français' })).toHaveValue('fr');
  });

  it('changes this screen’s language and keeps it for this screen', async () => {
    useUiStore.getState().enterScope('station/ex-1/ms-a');
    const user = userEvent.setup();
    render(<LanguagePicker />);
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    expect(screen.getByLabelText('Taal')).toHaveValue('nl');
    expect(localStorage.getItem(languageKeyOf('station/ex-1/ms-a'))).toBe('nl');
  });
});
