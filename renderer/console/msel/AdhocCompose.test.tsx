// Ad-hoc injects composed in their InjectFields, and the SimulatedInbox: composing as a simulated actor,
// following up, and answering a message that reached one.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../../test/fixtures/host-world';
import { MselPanel } from './MselPanel';

afterEach(closeHostWorlds);

// jsdom lays nothing out: give elements a height so the virtualized grid has a window of rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const composer = () => screen.getByRole('form', { name: 'Ad-hoc inject' });

describe('ad-hoc injects and simulated actors', () => {
  it('composes an ad-hoc inject from a simulated actor, which appears in the MSEL as sent', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    render(<MselPanel view={host.view} send={host.send} />);
    await user.click(screen.getByRole('button', { name: 'Compose ad-hoc inject…' }));
    const form = composer();
    expect(within(form).getByLabelText('Sender')).toHaveFocus();
    await user.selectOptions(within(form).getByLabelText('Sender'), 'press');
    await user.click(within(form).getByLabelText('Member State A'));
    await user.click(within(form).getByLabelText('North Atlantic Council (simulated)'));
    await user.selectOptions(within(form).getByLabelText('Channel'), 'phone');
    await user.selectOptions(within(form).getByLabelText('Marking'), 'EU-ONLY');
    // Said before sending: the NAC is cleared for NATO only (test/fixtures/mini-playbook/roles.yaml).
    const notCleared =
      'Not cleared for EU-ONLY, so these recipients will not receive it: North Atlantic Council';
    expect(form.querySelector('#adhoc-not-cleared')).toHaveTextContent(notCleared);
    await user.click(within(form).getByLabelText('North Atlantic Council (simulated)'));
    expect(form.querySelector('#adhoc-not-cleared')).toHaveTextContent(/^$/);
    await user.click(within(form).getByLabelText('North Atlantic Council (simulated)'));
    expect(form.querySelector('#adhoc-not-cleared')).toHaveTextContent(notCleared);
    await user.type(within(form).getByLabelText('Title'), 'Call from the press');
    await user.type(within(form).getByLabelText('Text'), 'Can you confirm casualties?');
    await user.click(within(form).getByRole('button', { name: 'Send now' }));

    const panel = await screen.findByRole('region', { name: /^Details of ADHOC-/ });
    expect(screen.queryByRole('form', { name: 'Ad-hoc inject' })).not.toBeInTheDocument();
    expect(panel).toHaveTextContent('Can you confirm casualties?');
    expect(panel).toHaveTextContent('Member State A (delivered), North Atlantic Council (blocked)');
    const row = within(screen.getByRole('grid')).getByText('Call from the press').closest('[role="row"]');
    expect(row).toHaveTextContent('acknowledged 0/2 · blocked 1');
    expect(row).toHaveTextContent('ad hoc');
    const released = host.view.events.filter((event) => event.type === 'inject.released').at(-1);
    expect(released?.payload).toMatchObject({ adhoc: true, content: { from: 'press', to: ['ms-a', 'nac'] } });

    // The simulated sender follows up: the composer opens from the press, to whoever received it.
    await user.click(within(panel).getByRole('button', { name: 'Follow up as Evening Courier' }));
    expect(within(composer()).getByLabelText('Sender')).toHaveValue('press');
    expect(within(composer()).getByLabelText('Title')).toHaveValue('Re: Call from the press');
    expect(within(composer()).getByLabelText('Member State A')).toBeChecked();
    expect(within(composer()).getByLabelText('North Atlantic Council (simulated)')).not.toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Ad-hoc inject' })).not.toBeInTheDocument();
    host.close();
  });

  it('shows the refusal when an ad-hoc inject is incomplete', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    render(<MselPanel view={host.view} send={host.send} />);
    await user.click(screen.getByRole('button', { name: 'Compose ad-hoc inject…' }));
    await user.type(within(composer()).getByLabelText('Title'), 'No one to send to');
    await user.type(within(composer()).getByLabelText('Text'), 'Text');
    const before = host.view.events.length;
    await user.click(within(composer()).getByRole('button', { name: 'Send now' }));
    expect(await within(composer()).findByRole('alert')).toHaveTextContent('Refused:');
    expect(within(composer()).getByRole('alert')).toHaveTextContent('(payload.to)');
    expect(host.view.events.length).toBe(before);
    host.close();
  });

  it('answers a message sent to a simulated actor as that actor, back to its sender', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    await host.command('exercise/start', {});
    render(<MselPanel view={host.view} send={host.send} />);
    expect(screen.getByText('No message has reached a simulated actor yet.')).toBeInTheDocument();
    await act(() =>
      host.command(
        'message/send',
        { to: ['press'], marking: 'PUBLIC', subject: 'Statement', body: 'We have no comment yet.' },
        { role: 'ms-a' },
      ),
    );
    const inbox = screen.getByRole('region', { name: 'Messages to simulated actors' });
    expect(inbox).toHaveTextContent('Member State A → Evening Courier: Statement');
    await user.click(within(inbox).getByRole('button', { name: 'Reply as Evening Courier' }));
    expect(within(composer()).getByLabelText('Sender')).toHaveValue('press');
    expect(within(composer()).getByLabelText('Member State A')).toBeChecked();
    expect(within(composer()).getByLabelText('Title')).toHaveValue('Re: Statement');
    await user.type(within(composer()).getByLabelText('Text'), 'Our readers want to know more.');
    await user.click(within(composer()).getByRole('button', { name: 'Send now' }));
    const sent = await within(screen.getByRole('grid')).findByText('Re: Statement');
    expect(sent.closest('[role="row"]')).toHaveTextContent('Evening Courier');
    const released = host.view.events.filter((event) => event.type === 'inject.released').at(-1);
    expect(released?.payload).toMatchObject({ content: { from: 'press', to: ['ms-a'], marking: 'PUBLIC' } });
    host.close();
  });
});
