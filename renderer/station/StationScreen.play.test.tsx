// Issue 18 at the role station, on a real engine (mini fixture), its StationHub and a StationClient over an
// in-process transport with its own IndexedDB: what is offered before STARTEX and after ENDEX, why the station
// waits, a paused clock, NO PLAY over the work, and where focus goes after Acknowledge and Take the decision.
import 'fake-indexeddb/auto';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  StationClient,
  StationHub,
  inProcessTransport,
  rosterTitle,
  stationChannelName,
  type StationState,
} from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { DexieStationStorage, StationDatabase } from '../storage/index';
import { StationScreen } from './StationScreen';

configure({ asyncUtilTimeout: 5000 });

let databases = 0;

/** A station of `role` on a live engine, prepared by `prepare` (started or not), rendered as the tab renders it. */
async function station(role: string, prepare?: (harness: Harness) => Promise<void>, readOnly = false) {
  const harness = await Harness.create();
  await prepare?.(harness);
  const open = inProcessTransport();
  const hub = new StationHub(harness.engine, open, () => harness.wallMs);
  hub.start([role]);
  databases += 1;
  const storage = new DexieStationStorage(
    new StationDatabase(`station-play-${databases}-${Date.now()}`),
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
  hub.broadcastClock();
  const heading = harness.engine.heading();
  function Live() {
    const [state, setState] = useState<StationState>(client.state);
    const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
    useEffect(() => {
      setState(client.state);
      return client.subscribe(setState);
    }, []);
    return (
      <StationScreen
        role={state.role}
        roleTitle={rosterTitle(state.roster, state.role)}
        state={state}
        heading={heading}
        send={(type, payload) => client.send(type, payload)}
        readOnly={readOnly}
        opened={opened}
        onOpen={(seq) => setOpened((current) => new Set([...current, seq]))}
      />
    );
  }
  render(<Live />);
  return { harness, hub };
}

const decisions = () => screen.getByRole('region', { name: 'Decisions open to you' });
const compose = () => screen.getByRole('region', { name: 'New message' });
const NOT_STARTED =
  'The exercise has not started: decisions and messages open when the controller gives STARTEX.';

describe('the role station before STARTEX, after ENDEX and while paused', () => {
  it('offers no decision and sends no message before STARTEX, says why, and opens both at STARTEX', async () => {
    const { harness } = await station('ms-a');
    expect(await screen.findByText(NOT_STARTED, { selector: '.station-lock' })).toHaveAttribute(
      'role',
      'status',
    );
    expect(
      within(decisions()).getByText('The exercise has not started: decisions are offered from STARTEX on.'),
    ).toBeInTheDocument();
    expect(within(decisions()).queryByRole('form')).toBeNull();
    const send = within(compose()).getByRole('button', { name: 'Send the message' });
    expect(send).toBeDisabled();
    // The reason describes the disabled form, so a screen reader hears why along with the form.
    expect(send.closest('fieldset')).toHaveAccessibleDescription(NOT_STARTED);
    // The lock does not wait for the host's clock (commands queue): the clock shows once it arrives.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Scenario time' })).toHaveTextContent('not started'),
    );

    await act(() => harness.startAtMaxSpeed());
    expect(await within(decisions()).findByRole('form', { name: 'Send a rapid alert' })).toBeInTheDocument();
    expect(send).toBeEnabled();
    expect(screen.queryByText(NOT_STARTED)).not.toBeInTheDocument();
  });

  it('keeps the decision forms and the message form shown but disabled after ENDEX, with the reason', async () => {
    const { harness } = await station('ms-a', (h) => h.startAtMaxSpeed());
    const form = await within(decisions()).findByRole('form', { name: 'Send a rapid alert' });
    await act(() => harness.send('exercise/end'));
    const ended = 'Read only: the exercise has ended (ENDEX).';
    await screen.findByText(ended, { selector: '.station-lock' });
    const review = within(form).getByRole('button', { name: 'Review the decision' });
    expect(review).toBeDisabled();
    expect(within(form).getByLabelText('Rationale (required)')).toBeDisabled();
    expect(within(form).getByText(ended)).toBeInTheDocument();
    expect(within(compose()).getByRole('button', { name: 'Send the message' })).toBeDisabled();
    expect(within(compose()).getByText(ended)).toBeInTheDocument();
  });

  it('shows a paused scenario clock as paused', async () => {
    const { harness, hub } = await station('ms-a', (h) => h.startAtMaxSpeed());
    await act(async () => {
      await harness.send('exercise/pause');
      hub.broadcastClock();
    });
    const clock = screen.getByRole('region', { name: 'Scenario time' });
    await waitFor(() =>
      expect(clock).toHaveTextContent('Paused: scenario time stands still until the controller resumes it.'),
    );
  });
});

describe('NO PLAY over the role station', () => {
  it('takes focus, makes the decision form behind inert, and Tab cannot reach it', async () => {
    const user = userEvent.setup();
    const { harness } = await station('ms-a', (h) => h.startAtMaxSpeed());
    const form = await within(decisions()).findByRole('form', { name: 'Send a rapid alert' });
    const rationale = within(form).getByLabelText('Rationale (required)');
    await user.click(rationale);
    await act(() => harness.send('exercise/no-play', { on: true, notice: 'Fire alarm in building B' }));
    const dialog = await screen.findByRole('alertdialog', { name: /NO PLAY/ });
    expect(dialog).toHaveAccessibleDescription('Fire alarm in building B');
    await waitFor(() => expect(dialog).toHaveFocus());
    expect(form.closest('[inert]')).not.toBeNull();
    expect(screen.queryByRole('form', { name: 'Send a rapid alert' })).toBeNull();
    for (let press = 0; press < 6; press += 1) {
      await user.tab();
      expect(form).not.toContainElement(document.activeElement as HTMLElement);
    }
    await act(() => harness.send('exercise/no-play', { on: false }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(form.closest('[inert]')).toBeNull();
    expect(rationale).toHaveFocus();
  });

  it('in the console’s view of the station, covers the station without taking focus or the page', async () => {
    const { harness } = await station('ms-a', (h) => h.startAtMaxSpeed(), true);
    await act(() => harness.send('exercise/no-play', { on: true, notice: 'Fire alarm in building B' }));
    const region = await screen.findByRole('region', { name: /NO PLAY/ });
    expect(region).toHaveAccessibleDescription('Fire alarm in building B');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(region).not.toHaveFocus();
    expect(region.closest('[inert]')).toBeNull();
    expect(document.body.querySelector(':scope > [inert]')).toBeNull();
  });
});

describe('focus stays with the work', () => {
  it('after Acknowledge: on the next unread item, then on the item’s heading when none is left', async () => {
    const user = userEvent.setup();
    const { harness } = await station('ms-a', (h) => h.startAtMaxSpeed());
    await screen.findByRole('button', { name: /Explosion at the port/ });
    await act(() =>
      harness.send('inject/send-adhoc', {
        title: 'Second blast reported',
        text: 'A second explosion in the fuel depot.',
        from: 'press',
        to: ['ms-a'],
        channel: 'social-media',
        marking: 'PUBLIC',
        priority: 'routine',
      }),
    );
    await user.click(await screen.findByRole('button', { name: /Second blast reported/ }));
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Explosion at the port/ })).toHaveFocus());
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const article = screen.getByRole('article', { name: 'News' });
    await waitFor(() =>
      expect(within(article).getByRole('heading', { name: 'Explosion at the port' })).toHaveFocus(),
    );
    await waitFor(() => expect(harness.eventsOf('inject.acknowledged')).toHaveLength(2));
    expect(document.activeElement).not.toBe(document.body);
  });

  it('after Take the decision: on the decisions’ heading, with the decision announced', async () => {
    const user = userEvent.setup();
    await station('ms-a', (h) => h.startAtMaxSpeed());
    const form = await within(decisions()).findByRole('form', { name: 'Send a rapid alert' });
    await user.type(within(form).getByLabelText('Rationale (required)'), 'Partners must know now');
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(form).getByRole('button', { name: 'Take the decision' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Decisions open to you' })).toHaveFocus());
    expect(within(decisions()).getAllByText('Decision taken: Send a rapid alert')).not.toHaveLength(0);
    // The decision taken leaves the list; focus does not fall to the page's body with it.
    await screen.findByText('Partners must know now');
    expect(document.activeElement).not.toBe(document.body);
  });
});
