import 'fake-indexeddb/auto';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StationHub } from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { openBroadcastChannel } from '../transport/index';
import { StationRoute } from './StationRoute';

// The engine, IndexedDB and the channels are real; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('StationRoute', () => {
  it('plays several roles over BroadcastChannel, and a reload gets the history back from its own database', async () => {
    const user = userEvent.setup();
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const hub = new StationHub(harness.engine, openBroadcastChannel, () => Date.now());
    hub.start(['ms-a', 'ms-c']);
    const first = render(<StationRoute exerciseId="mini-1" roles={['ms-a', 'ms-c']} />);
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
    hub.stop();

    // The controller is gone: what the station shows now comes from the station's own database, the
    // roster its host sent included (the mini playbook's titles: no library holds them).
    render(<StationRoute exerciseId="mini-1" roles={['ms-a', 'ms-c']} />);
    expect(await screen.findByRole('button', { name: /Explosion at the port/ })).toBeInTheDocument();
    expect(screen.getByText('Controller offline — clock paused')).toBeInTheDocument();
    const offline = screen.getByRole('navigation', { name: 'Role' });
    expect(within(offline).getByRole('button', { name: /^Member State A/ })).toBeInTheDocument();
    expect(within(offline).getByRole('button', { name: /^Member State C/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'New message' })).toHaveTextContent('Evening Courier');
  });
});
