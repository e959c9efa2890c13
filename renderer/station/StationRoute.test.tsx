import 'fake-indexeddb/auto';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { StationRoute } from './StationRoute';

// The host's engine, the page's socket to it and IndexedDB are real; a loaded machine needs more than the
// default second.
configure({ asyncUtilTimeout: 5000 });

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

describe('StationRoute', () => {
  it('plays several roles over the page’s socket, and a reload gets the history back from its own database', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    cleanup.push(() => host.close(), pageOn(host));
    const { exerciseId } = await host.create(miniExercise({ name: 'Mini' }));
    const { engine } = host.exercise(exerciseId);
    const excon = (commandId: string, type: string, payload: Record<string, unknown>) =>
      engine.execute({ commandId, type, issuedBy: { role: 'excon', station: 'test' }, payload }, host.now());
    await excon('c1', 'exercise/speed', { speed: 'max' });
    await excon('c2', 'exercise/start', {});
    const first = render(<StationRoute exerciseId={exerciseId} roles={['ms-a', 'ms-c']} />);
    expect(await screen.findByRole('button', { name: /Explosion at the port/ })).toBeInTheDocument();
    const switcher = screen.getByRole('navigation', { name: 'Role' });
    expect(within(switcher).getByRole('button', { name: /Member State A \(1 unread\)/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Mini');
    await user.click(within(switcher).getByRole('button', { name: /Member State C/ }));
    expect(within(switcher).getByRole('button', { name: /Member State C/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(await screen.findByRole('button', { name: /Explosion at the port/ }));
    expect(screen.getByRole('article', { name: 'News' })).toBeInTheDocument();
    first.unmount();
    host.stop();

    // The host is gone: what the station shows now comes from the station's own database, the roster its
    // host sent included (the mini playbook's titles: no library holds them).
    render(<StationRoute exerciseId={exerciseId} roles={['ms-a', 'ms-c']} />);
    expect(await screen.findByRole('button', { name: /Explosion at the port/ })).toBeInTheDocument();
    expect(screen.getByText('Exercise host unreachable — reconnecting')).toBeInTheDocument();
    const offline = screen.getByRole('navigation', { name: 'Role' });
    expect(within(offline).getByRole('button', { name: /^Member State A/ })).toBeInTheDocument();
    expect(within(offline).getByRole('button', { name: /^Member State C/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'New message' })).toHaveTextContent('Evening Courier');
  });
});
