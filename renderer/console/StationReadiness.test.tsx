// The console's stations-before-STARTEX on the mini exercise of test/fixtures/host-world.ts (NAC played by
// the doctrine agent, everyone else at a station), with station presence given by hand.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseView, StationPresence } from '../../core/index';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { StationReadiness } from './StationReadiness';

afterEach(closeHostWorlds);

function withPresence(view: ExerciseView, presence: StationPresence[]): ExerciseView {
  return new Proxy(view, {
    get(target, property) {
      if (property === 'presence') return () => presence;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const station = (role: string, connected: boolean): StationPresence => ({
  role,
  station: `laptop-${role}`,
  lastSeenWallMs: 0,
  lastActedWallMs: null,
  connected,
});

describe('the stations before STARTEX', () => {
  it('shows who has a station open and warns, by name, about the roles nobody has opened', async () => {
    const host = await hostWorld().openHost();
    const presence = [station('ms-a', true), station('ms-c', false)];
    render(<StationReadiness view={withPresence(host.view, presence)} />);
    const panel = screen.getByRole('region', { name: 'Stations before STARTEX' });
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'No station open yet for: Presidency, Member State C, Evening Courier.',
    );
    const items = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '⚠ Presidency: no station open',
      '✓ Member State A: station open',
      '⚠ Member State C: no station open',
      '✓ North Atlantic Council: played by an agent',
      '⚠ Evening Courier: no station open',
    ]);
    host.close();
  });

  it('says all are in when every role has a station or an agent', async () => {
    const host = await hostWorld().openHost();
    const presence = ['presidency', 'ms-a', 'ms-c', 'press'].map((role) => station(role, true));
    render(<StationReadiness view={withPresence(host.view, presence)} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Every role has a station open or an agent playing it.',
    );
    host.close();
  });

  it('is gone once the exercise has started', async () => {
    const host = await hostWorld().openHost();
    render(<StationReadiness view={host.view} />);
    expect(screen.getByRole('region', { name: 'Stations before STARTEX' })).toBeInTheDocument();
    await act(() => host.command('exercise/start', {}));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stations before STARTEX' })).toBeNull());
    host.close();
  });
});
