// A real engine (mini fixture) with its StationHub, and a StationClient over an in-process
// transport rendered through StationScreen, as the station tab does over BroadcastChannel.
import 'fake-indexeddb/auto';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../state/index';
import {
  StationClient,
  StationHub,
  inProcessTransport,
  stationChannelName,
  rosterTitle,
  type StationState,
} from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { DexieStationStorage, StationDatabase } from '../storage/index';
import { StationScreen } from './StationScreen';

// The engine, IndexedDB and the channels are real; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5000 });

let databases = 0;

async function openStation(role: string, prepare?: (harness: Harness) => Promise<void>) {
  const harness = await Harness.create();
  await prepare?.(harness);
  const open = inProcessTransport();
  const hub = new StationHub(harness.engine, open, () => harness.wallMs);
  hub.start([role]);
  databases += 1;
  const storage = new DexieStationStorage(
    new StationDatabase(`station-test-${databases}-${Date.now()}`),
    'mini-1',
    role,
  );
  let ids = 0;
  const client = new StationClient(
    role,
    'station-test',
    open(stationChannelName(harness.engine.state.exerciseId, role)),
    storage,
    () => harness.wallMs,
    () => String((ids += 1)),
  );
  await client.start();
  return { harness, hub, client, storage };
}

/** StationScreen on a live client, with the opened set kept in React state as the station tab keeps it. */
function LiveStation({
  client,
  heading,
  readOnly,
  observer,
}: {
  client: StationClient;
  heading: Parameters<typeof StationScreen>[0]['heading'];
  readOnly?: boolean;
  observer?: boolean;
}) {
  const [state, setState] = useState<StationState>(client.state);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    setState(client.state);
    return client.subscribe(setState);
  }, [client]);
  return (
    <StationScreen
      role={state.role}
      roleTitle={rosterTitle(state.roster, state.role)}
      state={state}
      heading={heading}
      send={(type, payload) => client.send(type, payload)}
      readOnly={readOnly ?? false}
      observer={observer ?? false}
      opened={opened}
      onOpen={(seq) => setOpened((current) => new Set([...current, seq]))}
    />
  );
}

async function renderStation(role: string, prepare?: (harness: Harness) => Promise<void>) {
  const kit = await openStation(role, prepare);
  kit.hub.broadcastClock();
  render(<LiveStation client={kit.client} heading={kit.harness.engine.heading()} />);
  return kit;
}

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('StationScreen', () => {
  it('shows an inject channel-styled, counts it unread in the title, and acknowledges it', async () => {
    const user = userEvent.setup();
    const { harness } = await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    const row = await screen.findByRole('button', { name: /Explosion at the port/ });
    // The title is set by an effect, which React may run after the row is already in the DOM.
    await waitFor(() => expect(document.title).toBe('(1) ms-a — Station'));
    await user.click(row);
    const article = screen.getByRole('article', { name: 'News' });
    expect(within(article).getByRole('heading', { name: 'Explosion at the port' })).toBeInTheDocument();
    expect(within(article).getByText(/By Evening Courier/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('ms-a — Station'));
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Acknowledged', { selector: '.status' })).toBeInTheDocument();
    expect(harness.eventsOf('inject.acknowledged').map((event) => event.payload)).toEqual([
      { injectId: 'INJ-1', role: 'ms-a' },
    ]);
  });

  it('as an observer’s station reads what the role receives and offers nothing to send', async () => {
    const user = userEvent.setup();
    const kit = await openStation('ms-a', (h) => h.startAtMaxSpeed());
    kit.hub.broadcastClock();
    render(<LiveStation client={kit.client} heading={kit.harness.engine.heading()} observer />);
    // Live: the inject reached it and opens.
    await user.click(await screen.findByRole('button', { name: /Explosion at the port/ }));
    expect(screen.getByRole('article', { name: 'News' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Observer’s station: you see what this role receives/, {
        selector: 'p.station-readonly',
      }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeDisabled();
    const compose = screen.getByRole('region', { name: 'New message' });
    expect(within(compose).getByRole('button', { name: 'Send the message' })).toBeDisabled();
  });

  it('takes a decision only with a rationale and a confirmation, and the mechanism moves', async () => {
    const user = userEvent.setup();
    const { harness } = await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    const form = await screen.findByRole('form', { name: 'Send a rapid alert' });
    expect(within(form).getByText(/Crisis arrangements moves to “sharing”/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    expect(within(form).getByLabelText('Rationale (required)')).toHaveAccessibleDescription(
      'Give a rationale before taking the decision.',
    );
    await user.type(within(form).getByLabelText('Rationale (required)'), 'Partners must know now');
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    expect(harness.eventsOf('decision.taken')).toHaveLength(0);
    const confirm = within(form).getByRole('group', { name: 'Confirm: Send a rapid alert' });
    expect(within(confirm).getByRole('button', { name: 'Take the decision' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Take the decision' }));
    expect(await screen.findByText('Partners must know now')).toBeInTheDocument();
    expect(harness.engine.stationView('ms-a').mechanisms.find((m) => m.machine === 'crisis')?.states).toEqual(
      ['sharing'],
    );
    expect(harness.eventsOf('decision.taken')[0]?.payload).toMatchObject({
      machine: 'crisis',
      event: 'RAPID_ALERT',
      rationale: 'Partners must know now',
    });
    // The state reads as its label (the mini playbook's v1 state name spelt out), not its id.
    await screen.findByRole('cell', { name: 'Sharing' });
  });

  it('shows the engine’s reason when it refuses a decision', async () => {
    const user = userEvent.setup();
    await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    const arland = await screen.findByRole('form', { name: 'Invoke solidarity' });
    expect(within(arland).getByText('New case')).toBeInTheDocument();
    await user.type(within(arland).getByLabelText('requesting Member State (the new case)'), 'arland');
    await user.selectOptions(within(arland).getByLabelText(/Capacities overwhelmed/), 'No');
    await user.type(within(arland).getByLabelText('Rationale (required)'), 'Testing the clause');
    await user.click(within(arland).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(arland).getByRole('button', { name: 'Take the decision' }));
    expect(await within(arland).findByRole('alert')).toHaveTextContent(
      'Refused: solidarity (arland) refuses INVOKE: "Capacities overwhelmed" must be true',
    );
  });

  it('covers the screen during a safety stop and says when the controller is offline', async () => {
    const { harness, client, hub } = await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    expect(screen.queryByText('Exercise host unreachable — reconnecting')).not.toBeInTheDocument();
    await act(() => harness.send('exercise/no-play', { on: true, notice: 'Fire alarm in building B' }));
    const overlay = await screen.findByRole('alertdialog');
    expect(overlay).toHaveTextContent('Fire alarm in building B');
    await act(() => harness.send('exercise/no-play', { on: false }));
    await screen.findByRole('button', { name: /Explosion at the port/ });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    hub.stop();
    await screen.findByText('Exercise host unreachable — reconnecting');
    expect(client.state.hostOnline).toBe(false);
  });

  it('sends a message with a marking and inject references; the engine blocks an uncleared recipient', async () => {
    const user = userEvent.setup();
    const { harness } = await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    const compose = await screen.findByRole('region', { name: 'New message' });
    await user.click(within(compose).getByRole('checkbox', { name: 'Member State C' }));
    await user.selectOptions(within(compose).getByLabelText('Marking'), 'NATO-ONLY');
    // Said before sending: ms-c is cleared for EU only (test/fixtures/mini-playbook/roles.yaml).
    expect(within(compose).getByLabelText('Marking')).toHaveAccessibleDescription(
      'Not cleared for NATO-ONLY, so these recipients will not receive it: Member State C',
    );
    await user.type(within(compose).getByLabelText('Subject'), 'Port explosion');
    await user.type(within(compose).getByLabelText('Message'), 'We are assessing.');
    await user.click(within(compose).getByRole('checkbox', { name: 'Explosion at the port' }));
    await user.click(within(compose).getByRole('button', { name: 'Send the message' }));
    expect(await within(compose).findByText('Message sent: Port explosion')).toBeInTheDocument();
    expect(harness.eventsOf('message.sent')[0]?.payload).toMatchObject({
      to: ['ms-c'],
      injectRefs: ['INJ-1'],
    });
    expect(harness.eventsOf('message.blocked')).toHaveLength(1);
    // Afterwards the sender's own stream says what the marking did.
    const sent = screen.getByRole('region', { name: 'Sent messages' });
    const recipients = await within(sent).findByRole('list', { name: 'Recipients of Port explosion' });
    await waitFor(() => expect(recipients).toHaveTextContent('Member State C: blocked by the marking'));
  });

  it('words recipients and markings from the roster its host sent, and writes to a local role', async () => {
    const user = userEvent.setup();
    const { harness } = await renderStation('ms-c', (h) => h.startAtMaxSpeed());
    const compose = await screen.findByRole('region', { name: 'New message' });
    // The mini scenario's other players, then its local role: titles, never ids.
    await within(compose).findByRole('checkbox', { name: 'Evening Courier' });
    expect(
      within(compose)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent?.trim()),
    ).toEqual(
      expect.arrayContaining(['Presidency', 'Member State A', 'North Atlantic Council', 'Evening Courier']),
    );
    // Member State C is not a NATO Ally: it is offered only the markings it may see.
    const markings = within(within(compose).getByLabelText('Marking'))
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(markings).toEqual(['PUBLIC', 'EU-ONLY', 'REL-EU-NATO']);
    await user.click(within(compose).getByRole('checkbox', { name: 'Evening Courier' }));
    await user.type(within(compose).getByLabelText('Subject'), 'Statement');
    await user.type(within(compose).getByLabelText('Message'), 'No comment yet.');
    await user.click(within(compose).getByRole('button', { name: 'Send the message' }));
    expect(await within(compose).findByText('Message sent: Statement')).toBeInTheDocument();
    expect(harness.eventsOf('message.delivered').map((event) => event.payload.role)).toEqual(['press']);
  });

  it('announces a new priority item as it arrives', async () => {
    const { harness } = await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    await screen.findByRole('button', { name: /Explosion at the port/ });
    await act(() =>
      harness.send('inject/send-adhoc', {
        title: 'Second blast reported',
        text: 'A second explosion in the fuel depot.',
        from: 'press',
        to: ['ms-a'],
        channel: 'social-media',
        marking: 'PUBLIC',
        priority: 'flash',
      }),
    );
    expect(await screen.findByText('New FLASH item: Second blast reported')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(document.title).toBe('(2) ms-a — Station');
  });

  it('speaks Dutch when the language is nl', async () => {
    useUiStore.setState({ language: 'nl' });
    await renderStation('ms-a', (h) => h.startAtMaxSpeed());
    // The title counts the inject once the host's view has brought it.
    await screen.findByRole('button', { name: /Explosion at the port/ });
    expect(screen.getByRole('heading', { name: 'Postvak' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Besluiten die voor u openstaan' })).toBeInTheDocument();
    // The title is set by an effect after the render that shows the item.
    await waitFor(() => expect(document.title).toBe('(1) ms-a — Post'));
  });
});
