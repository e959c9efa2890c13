// "View as role" on the mini exercise of test/fixtures/host-world.ts: the role's station inside the console,
// with the read marks the role's own station made (through the engine), nothing of its own.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { ViewAsRole } from './ViewAsRole';

afterEach(closeHostWorlds);

const viewing = () =>
  screen.getByRole('region', { name: 'Viewing exactly what Member State A sees (read-only)' });

describe('view as role', () => {
  it('shows the station without a second banner or language picker, and no second main landmark', async () => {
    const host = await hostWorld().openHost();
    render(<ViewAsRole view={host.view} role="ms-a" onStop={() => undefined} />);
    expect(within(viewing()).queryByRole('banner')).toBeNull();
    expect(within(viewing()).queryByRole('combobox', { name: 'Language' })).toBeNull();
    expect(within(viewing()).queryByRole('main')).toBeNull();
    expect(within(viewing()).getByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    host.close();
  });

  it('has the role’s unread state: what the role acknowledged is read, the rest unread', async () => {
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    render(<ViewAsRole view={host.view} role="ms-a" onStop={() => undefined} />);
    // The oracle: the engine's log of what reached Member State A.
    const delivered = host.view.events.filter(
      (event) => event.type === 'inject.delivered' && event.payload.role === 'ms-a',
    );
    expect(delivered.length).toBeGreaterThan(0);
    expect(within(viewing()).getByText(`${delivered.length} unread`)).toBeInTheDocument();
    await act(() => host.command('inject/acknowledge', { injectId: 'INJ-1' }, { role: 'ms-a' }));
    await waitFor(() =>
      expect(within(viewing()).getByText(`${delivered.length - 1} unread`)).toBeInTheDocument(),
    );
    host.close();
  });

  it('during NO PLAY says the station is covered, without covering the console', async () => {
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    await host.command('exercise/no-play', { on: true, notice: 'Fire alarm' });
    render(<ViewAsRole view={host.view} role="ms-a" onStop={() => undefined} />);
    // The role's station is covered by the notice, as the real one is; the console's own controls are not.
    const covering = within(viewing()).getByRole('region', { name: 'NO PLAY — real-world safety stop' });
    expect(covering).toHaveAccessibleDescription('Fire alarm');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(viewing()).getByRole('button', { name: 'Stop viewing' })).toBeEnabled();
    host.close();
  });
});
