// The console clock bar with its parts: the clock buttons and keys, the jump and end, and the SafetyStop (NO
// PLAY); a wrapper re-renders it on every change of the view (useViewVersion), as the console does.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld, type FollowedExercise } from '../../test/fixtures/host-world';
import { ClockBar } from './ClockBar';
import type { ConsoleProps } from './console-props';
import { useViewVersion } from './use-view-version';

afterEach(closeHostWorlds);

function Live({ view, send }: ConsoleProps) {
  useViewVersion(view);
  return <ClockBar view={view} send={send} />;
}

const types = (host: FollowedExercise) => host.view.events.map((event) => event.type);

describe('the console clock', () => {
  it('starts, pauses and resumes from buttons and from the keyboard, and changes speed', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<Live view={host.view} send={host.send} />);
    expect(screen.getByLabelText('Scenario time')).toHaveTextContent('T+00:00:00');
    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    await waitFor(() => expect(host.view.state.clock.status).toBe('running'));
    // The engine's state changes before its write is stored and the screen redrawn; a shortcut acts on the
    // state the screen shows. Press keys once the screen shows the change, as a controller would.
    await screen.findByRole('button', { name: 'Pause' });
    await user.keyboard(' ');
    await waitFor(() => expect(host.view.state.clock.status).toBe('paused'));
    await user.click(await screen.findByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(host.view.state.clock.status).toBe('running'));
    await screen.findByRole('button', { name: 'Pause' });
    await user.keyboard('4');
    await waitFor(() => expect(host.view.state.clock.speed).toBe(60));
    await user.selectOptions(screen.getByLabelText('Speed'), '5');
    await waitFor(() => expect(host.view.state.clock.speed).toBe(5));
    host.close();
  });

  it('shows why a jump is refused, and ends only after confirmation', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<Live view={host.view} send={host.send} />);
    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    // The click returns before the command is recorded, and the state changes before the log has the
    // events (they join it once stored): count the log once the start is in it.
    await waitFor(() => expect(types(host)).toContain('exercise.started'));
    // The mini scenario's only timed inject goes out at T+0: nothing is left to jump to.
    const before = types(host).length;
    await user.click(screen.getByRole('button', { name: 'Jump to next inject' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Refused: no inject is scheduled to be released',
    );
    expect(types(host).length).toBe(before);
    await user.click(screen.getByRole('button', { name: 'ENDEX…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(host.view.state.clock.status).toBe('running');
    await user.click(within(dialog).getByRole('button', { name: 'ENDEX' }));
    await waitFor(() => expect(host.view.state.clock.status).toBe('ended'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Jump to next inject' })).toBeDisabled());
    host.close();
  });

  it('puts NO PLAY on with a notice, pausing the clock, and lifts it', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<Live view={host.view} send={host.send} />);
    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    await user.click(screen.getByRole('button', { name: 'NO PLAY…' }));
    const notice = screen.getByLabelText('Notice shown on every station');
    // A default notice lets one click stop play; a blank one cannot be sent.
    expect(notice).toHaveValue('Real-world safety stop: stop play and wait for instructions.');
    await user.clear(notice);
    expect(screen.getByRole('button', { name: 'Stop for a real-world reason' })).toBeDisabled();
    await user.type(notice, 'Fire alarm: leave the building');
    await user.click(screen.getByRole('button', { name: 'Stop for a real-world reason' }));
    await waitFor(() => expect(host.view.state.noPlay).toBe(true));
    expect(host.view.state.clock.status).toBe('paused');
    // The state changes before the log has the event: it joins the log once stored.
    await waitFor(() => {
      const started = host.view.events.find((event) => event.type === 'no-play.started');
      expect(started?.payload).toMatchObject({ notice: 'Fire alarm: leave the building' });
    });
    const lift = await screen.findByRole('button', { name: 'Lift NO PLAY' });
    await act(async () => {
      await user.click(lift);
    });
    await waitFor(() => expect(host.view.state.noPlay).toBe(false));
    host.close();
  });
});
