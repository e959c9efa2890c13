// Home with its parts: the ScenarioLibrary's cards, StartExercise's form and role assignment, and the list of
// exercises.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentLibrary } from '../content/index';
import { ExerciseCatalogue } from '../storage/index';
import { playableRoles } from './default-role-play';
import { HomeScreen } from './HomeScreen';

describe('Home', () => {
  it('lists the bundled scenarios, starts an exercise with the roles as assigned, and deletes it on confirmation', async () => {
    const user = userEvent.setup();
    render(<HomeScreen />);
    const cards = screen.getAllByRole('listitem');
    expect(cards.length).toBe(contentLibrary().scenarios.length);
    const salisbury = contentLibrary().scenarios.find((entry) => entry.scenario.id === 'salisbury-style');
    const title = salisbury?.scenario.title ?? '';
    await user.click(screen.getByRole('button', { name: `Start an exercise: ${title}` }));

    const form = screen.getByRole('form', { name: `Start an exercise: ${title}` });
    await user.clear(within(form).getByLabelText('Exercise name'));
    await user.type(within(form).getByLabelText('Exercise name'), 'Tabletop 1');
    expect(within(form).getByLabelText('Exercise name')).toHaveFocus();
    const playedBy = within(form).getAllByRole('combobox', { name: /^Played by: / });
    expect((playedBy[0] as HTMLSelectElement).value).toBe('station');
    await user.selectOptions(within(form).getByLabelText('Set every playbook role to'), 'late');
    const playbookRoles = playableRoles(salisbury!.scenario, contentLibrary().playbook).filter(
      (role) => !role.local,
    );
    expect(playedBy.filter((select) => (select as HTMLSelectElement).value === 'late')).toHaveLength(
      playbookRoles.length,
    );
    await user.selectOptions(playedBy[0] as HTMLSelectElement, 'doctrine');
    await user.click(within(form).getByRole('button', { name: 'Create and open the console' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/console\/salisbury-style-/));
    const exerciseId = decodeURIComponent(window.location.hash.split('/')[2] ?? '');
    const record = await new ExerciseCatalogue().get(exerciseId);
    expect(record).toMatchObject({ name: 'Tabletop 1', status: 'ready' });
    expect(Object.values(record?.roles ?? {})).toContain('doctrine');

    const row = await screen.findByRole('row', { name: /Tabletop 1/ });
    await user.click(within(row).getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop 1/ })).toBeNull());
    expect(await new ExerciseCatalogue().get(exerciseId)).toBeUndefined();
  });
});
