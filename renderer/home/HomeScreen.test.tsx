// Home with its parts: the ScenarioLibrary's cards, StartExercise's form and role assignment, and the list of
// exercises, on a host in the test's process (test/fixtures/test-host.ts) that serves the page.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { contentLibrary } from '../content/index';
import { playableRoles } from './default-role-play';
import { HomeScreen } from './HomeScreen';

const cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.splice(0).forEach((close) => close());
  vi.unstubAllGlobals();
});

describe('Home', () => {
  it('lists the bundled scenarios, starts an exercise on the host with the roles as assigned, and deletes it on confirmation', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    vi.stubGlobal('fetch', host.fetch);
    cleanup.push(() => host.close(), pageOn(host));
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
    const { record } = host.exercise(exerciseId);
    expect(record).toMatchObject({ name: 'Tabletop 1', status: 'ready' });
    expect(Object.values(record.roles)).toContain('doctrine');

    const row = await screen.findByRole('row', { name: /Tabletop 1/ });
    await user.click(within(row).getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop 1/ })).toBeNull());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.exercises.has(exerciseId)).toBe(false);
  });
});
