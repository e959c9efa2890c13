// A control station (SimCell) on a real engine and hub: its ad-hoc inject reaches the engine as the actor it
// chose, to the roles it chose, and is refused with the engine's reason after ENDEX.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  inProcessTransport,
  isEvent,
  StationClient,
  stationChannelName,
  StationHub,
  type StationState,
} from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { DexieStationStorage, StationDatabase } from '../storage/index';
import { StationScreen } from './StationScreen';

let databases = 0;

async function controlStation() {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  const open = inProcessTransport();
  const hub = new StationHub(harness.engine, open, () => harness.wallMs);
  hub.start(['simcell']);
  databases += 1;
  const storage = new DexieStationStorage(
    new StationDatabase(`control-test-${databases}-${Date.now()}`),
    'mini-1',
    'simcell',
  );
  let ids = 0;
  const client = new StationClient(
    'simcell',
    'control-laptop',
    open(stationChannelName('mini-1', 'simcell')),
    storage,
    () => harness.wallMs,
    () => String((ids += 1)),
  );
  await client.start();
  hub.broadcastClock();
  function Live() {
    const [state, setState] = useState<StationState>(client.state);
    useEffect(() => client.subscribe(setState), []);
    return (
      <StationScreen
        role="simcell"
        roleTitle="Simulation cell"
        state={state}
        heading={harness.engine.heading()}
        send={(type, payload) => client.send(type, payload)}
        opened={new Set()}
        onOpen={() => undefined}
        control
      />
    );
  }
  render(<Live />);
  return { harness };
}

describe('a control station', () => {
  it('sends an ad-hoc inject as the simulated actor it chose, to the roles it chose', async () => {
    const user = userEvent.setup();
    const { harness } = await controlStation();
    const form = await screen.findByRole('form', { name: 'Send an inject' });
    // The roster's simulated actor is offered first (the local press role, played by the SimCell).
    await waitFor(() => expect(within(form).getByLabelText('Sender')).toHaveValue('press'));
    await user.click(within(form).getByRole('checkbox', { name: 'Member State C' }));
    await user.type(within(form).getByLabelText('Title'), 'Journalist calls the crisis centre');
    await user.type(within(form).getByLabelText('Text'), 'Is the port closed?');
    await user.click(within(form).getByRole('button', { name: 'Send the inject now' }));
    expect(await screen.findByText('Inject sent: Journalist calls the crisis centre')).toBeInTheDocument();
    const released = harness.engine.events.filter(
      (event) => isEvent(event, 'inject.released') && event.payload.cause === 'adhoc',
    );
    expect(released).toHaveLength(1);
    expect(released[0]?.actor).toMatchObject({ role: 'simcell', station: 'control-laptop' });
    expect(released[0]?.payload).toMatchObject({
      content: { title: 'Journalist calls the crisis centre', from: 'press', to: ['ms-c'] },
    });
  });

  it('is offered to control stations only: a participant’s station shows no inject form', async () => {
    const harness = await Harness.create();
    // Live: the same screen with `control` shows it (above); without, the decisions and compose are there.
    const open = inProcessTransport();
    new StationHub(harness.engine, open, () => harness.wallMs).start(['ms-a']);
    const client = new StationClient(
      'ms-a',
      'laptop-a',
      open(stationChannelName('mini-1', 'ms-a')),
      new DexieStationStorage(new StationDatabase(`control-test-player-${Date.now()}`), 'mini-1', 'ms-a'),
      () => harness.wallMs,
      () => 'x',
    );
    await client.start();
    render(
      <StationScreen
        role="ms-a"
        roleTitle="Member State A"
        state={client.state}
        heading={harness.engine.heading()}
        send={(type, payload) => client.send(type, payload)}
        opened={new Set()}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getByRole('region', { name: 'New message' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Send an inject' })).toBeNull();
  });
});
