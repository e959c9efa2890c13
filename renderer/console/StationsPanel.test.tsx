// The console's stations view on the mini exercise of test/fixtures/host-world.ts (NAC played by the doctrine
// agent, everyone else at a station), with station presence given by hand.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseView, StationPresence } from '../../core/index';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { formatWallTime } from '../components/index';
import { StationsPanel } from './StationsPanel';

afterEach(closeHostWorlds);

const WALL = Date.UTC(2026, 0, 5, 9, 30);

/** The host's view, with the stations it reports present replaced by `presence`. */
function withPresence(view: ExerciseView, presence: StationPresence[]): ExerciseView {
  return new Proxy(view, {
    get(target, property) {
      if (property === 'presence') return () => presence;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const rowOf = (title: string) => screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;

describe('the stations view', () => {
  it('lists the player roles with who plays them, their stations and when they last acted', async () => {
    const host = await hostWorld().openHost();
    const presence: StationPresence[] = [
      {
        role: 'ms-a',
        station: 'laptop-3',
        lastSeenWallMs: WALL,
        lastActedWallMs: WALL - 60_000,
        connected: true,
      },
      { role: 'ms-a', station: 'laptop-4', lastSeenWallMs: WALL, lastActedWallMs: WALL, connected: false },
      { role: 'ms-c', station: 'tablet', lastSeenWallMs: WALL, lastActedWallMs: null, connected: false },
    ];
    render(<StationsPanel view={withPresence(host.view, presence)} send={host.send} sendAs={host.sendAs} />);
    // Roles by their titles and stations by number; the ids are on hover, for control.
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'Presidency',
      'Member State A',
      'Member State C',
      'North Atlantic Council',
      'Evening Courier',
    ]);
    expect(screen.getByTitle('ms-a')).toHaveTextContent('Member State A');
    const msA = rowOf('Member State A');
    expect(msA).toHaveTextContent('● Station 1');
    expect(within(msA).getByTitle('laptop-3')).toHaveTextContent('Station 1');
    expect(msA).not.toHaveTextContent('laptop');
    expect(msA).not.toHaveTextContent('Station 2');
    // The latest action of any of its stations, connected or not.
    expect(msA).toHaveTextContent(formatWallTime(WALL, 'en'));
    expect(rowOf('Member State C')).toHaveTextContent('no station');
    expect(rowOf('Member State C')).toHaveTextContent('—');
    expect(within(rowOf('North Atlantic Council')).getByRole('combobox')).toHaveValue('doctrine');
    expect(within(msA).getByRole('combobox')).toHaveValue('station');
    host.close();
  });

  it('links each role’s station and the evaluator’s', async () => {
    const host = await hostWorld().openHost();
    const id = host.view.state.exerciseId;
    render(<StationsPanel view={host.view} send={host.send} sendAs={host.sendAs} />);
    expect(within(rowOf('Member State A')).getByRole('link', { name: 'Open station' })).toHaveAttribute(
      'href',
      `#/station/${encodeURIComponent(id)}/ms-a`,
    );
    expect(screen.getByRole('link', { name: 'Open the evaluator station' })).toHaveAttribute(
      'href',
      `#/evaluator/${encodeURIComponent(id)}/evaluator`,
    );
    host.close();
  });

  it('hands a role to an automated team and back to its station', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<StationsPanel view={host.view} send={host.send} sendAs={host.sendAs} />);
    await act(() => user.selectOptions(screen.getByLabelText('Played by: Member State C'), 'late'));
    await waitFor(() => expect(host.view.state.autoPlay['ms-c']).toBe('late'));
    await act(() =>
      user.selectOptions(screen.getByLabelText('Played by: North Atlantic Council'), 'station'),
    );
    await waitFor(() => expect(host.view.state.autoPlay.nac).toBeUndefined());
    host.close();
  });

  it('shows exactly what a role sees, read-only, until the controller stops viewing', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<StationsPanel view={host.view} send={host.send} sendAs={host.sendAs} />);
    await user.click(within(rowOf('Member State A')).getByRole('button', { name: 'View as role' }));
    const viewing = screen.getByRole('region', {
      name: 'Viewing exactly what Member State A sees (read-only)',
    });
    // Inside the console's frame: the console's banner is the only one (ViewAsRole.test.tsx has the rest).
    expect(within(viewing).queryByRole('banner')).toBeNull();
    expect(within(viewing).getByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Stations and roles' })).toBeNull();
    await user.click(within(viewing).getByRole('button', { name: 'Stop viewing' }));
    expect(screen.getByRole('heading', { name: 'Stations and roles' })).toBeInTheDocument();
    host.close();
  });
});
