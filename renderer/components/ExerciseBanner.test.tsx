import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../state/index';
import { ExerciseBanner } from './ExerciseBanner';

afterEach(() => {
  useUiStore.setState({ scope: undefined, language: 'en' });
  localStorage.clear();
});

describe('the exercise banner', () => {
  it('says EXERCISE at both ends, with the marking, the screen and a way home', () => {
    render(<ExerciseBanner marking="EXERCISE — NOT REAL" context="Controller console — Tabletop" />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getAllByText('EXERCISE')).toHaveLength(2);
    expect(banner).toHaveTextContent('EXERCISE — NOT REAL');
    expect(banner).toHaveTextContent('Controller console — Tabletop');
    expect(within(banner).getByRole('link', { name: 'Playbook Exercise Simulator' })).toHaveAttribute(
      'href',
      '#/',
    );
  });

  it('leaves out the marking and the screen when there are none', () => {
    render(<ExerciseBanner />);
    expect(screen.getByRole('banner').textContent).toBe(
      'EXERCISEPlaybook Exercise SimulatorLanguageEnglishNederlandsEXERCISE',
    );
  });

  it('changes the language of the whole UI', async () => {
    const user = userEvent.setup();
    render(<ExerciseBanner />);
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    expect(useUiStore.getState().language).toBe('nl');
    expect(within(screen.getByRole('banner')).getAllByText('OEFENING')).toHaveLength(2);
    expect(screen.getByLabelText('Taal')).toHaveValue('nl');
  });
});
