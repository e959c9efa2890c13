import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { ConsoleScreen } from './ConsoleScreen';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeHostWorlds();
});

describe('the controller console', () => {
  it('shows a full storage quota with what to do, records nothing of the failed command, and recovers', async () => {
    const user = userEvent.setup();
    const world = hostWorld();
    const host = await world.openHost();
    render(<ConsoleScreen view={host.view} send={host.send} onDismissError={() => host.dismissError()} />);
    const before = host.view.events.length;
    const quota = vi
      .spyOn(world.db.events, 'bulkAdd')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    // The console says what the storage needs, and the clock bar that its start was not sent.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [alert, notSent] = screen.getAllByRole('alert');
    expect(alert).toHaveTextContent(
      /Storage problem: .*the browser's storage quota is full: free disk space/,
    );
    expect(alert).toHaveTextContent('nothing was stored');
    expect(notSent).toHaveTextContent(/^Not sent: .*the browser's storage quota is full/);
    expect(host.view.state.clock.status).toBe('ready');
    expect(host.view.events.length).toBe(before);
    expect(await world.db.events.count()).toBe(before);

    // Space freed: the same action works, and the controller puts the notice away.
    quota.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Start (STARTEX)' }));
    await waitFor(() => expect(host.view.state.clock.status).toBe('running'));
    await waitFor(() => expect(screen.queryByText(/Not sent/)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Storage problem/)).not.toBeInTheDocument();
    host.close();
  });

  it('moves between its views with the arrow keys, as a tab list', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    render(<ConsoleScreen view={host.view} send={host.send} onDismissError={() => host.dismissError()} />);
    screen.getByRole('tab', { name: 'MSEL' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Playbook board' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Playbook board' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Stations' })).toHaveAttribute('aria-selected', 'true');
    host.close();
  });
});
