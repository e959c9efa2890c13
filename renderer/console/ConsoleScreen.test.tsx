import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { ConsoleScreen } from './ConsoleScreen';

afterEach(async () => {
  sessionStorage.clear();
  await closeHostWorlds();
});

type OpenHost = Awaited<ReturnType<ReturnType<typeof hostWorld>['openHost']>>;

function renderConsole(host: OpenHost) {
  render(
    <ConsoleScreen
      view={host.view}
      send={host.send}
      sendAs={host.sendAs}
      onDismissError={host.dismissError}
    />,
  );
}

describe('the controller console', () => {
  it('shows a write the host could not make with what it says, records nothing of it, and recovers', async () => {
    const user = userEvent.setup();
    const world = hostWorld();
    const host = await world.openHost();
    renderConsole(host);
    const exercise = world.host.exercise(host.view.state.exerciseId);
    const before = world.host.recorded(host.view.state.exerciseId).length;
    exercise.failWrites = new Error('ENOSPC: no space left on device');

    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    // The console shows the host's problem, and the clock bar that its start was refused.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [alert, refused] = screen.getAllByRole('alert');
    expect(alert).toHaveTextContent(
      'Storage problem: nothing of that command was recorded: ENOSPC: no space left on device',
    );
    expect(refused).toHaveTextContent(/^Refused: nothing of that command was recorded/);
    expect(host.view.state.clock.status).toBe('ready');
    expect(host.view.events.length).toBe(before);
    expect(world.host.recorded(host.view.state.exerciseId)).toHaveLength(before);

    // Space freed: the same action works, and the controller puts the notice away.
    exercise.failWrites = null;
    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    await waitFor(() => expect(host.view.state.clock.status).toBe('running'));
    await waitFor(() => expect(screen.queryByText(/Refused/)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Storage problem/)).not.toBeInTheDocument();
  });

  it('is read-only, saying why, while the host is out of reach, and takes commands again when it is back', async () => {
    const world = hostWorld();
    const host = await world.openHost();
    renderConsole(host);
    expect(screen.getByRole('button', { name: 'Start (STARTEX)' })).toBeEnabled();
    world.host.stop();
    // Said at the top, and beside the controls it disables (the MSEL's ad-hoc inject).
    expect(
      await screen.findAllByText('Read-only: the exercise host is not reachable: reconnecting…'),
    ).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start (STARTEX)' })).toBeDisabled();
    world.host.start();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start (STARTEX)' })).toBeEnabled());
    expect(screen.queryByText(/Read-only/)).not.toBeInTheDocument();
  });

  it('moves between its views with the arrow keys, as a tab list', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    renderConsole(host);
    screen.getByRole('tab', { name: 'MSEL' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Playbook board' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Playbook board' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'After-action review' })).toHaveAttribute('aria-selected', 'true');
  });

  it('comes back on the view it showed when the page is reloaded', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    const first = render(
      <ConsoleScreen
        view={host.view}
        send={host.send}
        sendAs={host.sendAs}
        onDismissError={host.dismissError}
      />,
    );
    expect(screen.getByRole('tab', { name: 'MSEL' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Expected actions' }));
    first.unmount();
    renderConsole(host);
    expect(screen.getByRole('tab', { name: 'Expected actions' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'console-tab-expected');
  });

  it('has a link back to Home at the top', async () => {
    const host = await hostWorld().openHost();
    renderConsole(host);
    const nav = screen.getByRole('navigation', { name: 'Console navigation' });
    expect(within(nav).getByRole('link', { name: '← Home: all exercises' })).toHaveAttribute('href', '#/');
  });

  it('before STARTEX says which roles have no station open; after it, no longer', async () => {
    const host = await hostWorld().openHost();
    renderConsole(host);
    expect(screen.getByRole('region', { name: 'Stations before STARTEX' })).toHaveTextContent(
      'No station open yet for: Presidency, Member State A, Member State C, Evening Courier.',
    );
    await act(() => host.command('exercise/start', {}));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stations before STARTEX' })).toBeNull());
  });

  it('after ENDEX shows NO PLAY disabled, with the reason', async () => {
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    await host.command('exercise/end', {});
    renderConsole(host);
    const noPlay = await screen.findByRole('button', { name: 'NO PLAY…' });
    expect(noPlay).toBeDisabled();
    expect(noPlay).toHaveAccessibleDescription(
      'The exercise has ended (ENDEX): play can no longer be changed.',
    );
  });
});
