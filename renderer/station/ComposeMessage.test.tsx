import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SendCommand } from '../components/index';
import { ComposeMessage } from './ComposeMessage';
import type { InboxItem } from './inbox-items';
import { recordingSend } from '../../test/fixtures/recording-send';
import { inboxItem } from '../../test/fixtures/station-events';

const recipients = [
  { id: 'ms-b', title: 'Member State B' },
  { id: 'ms-c', title: 'Member State C' },
];
const markings = [
  { id: 'EU-ONLY', title: 'EU only' },
  { id: 'PUBLIC', title: 'Public' },
];

const inject = inboxItem({});
const message = inboxItem({
  streamSeq: 2,
  kind: 'message',
  id: 'M-2',
  title: 'Help offered',
  from: 'ms-c',
  channel: 'message',
  marking: 'PUBLIC',
});

/** A `send` that records what it was given and answers with `reply`. */
function show(send: SendCommand, replyTo: InboxItem | null = null, locked: string | null = null) {
  render(
    <ComposeMessage
      recipients={recipients}
      markings={markings}
      items={[message, inject]}
      replyTo={replyTo}
      send={send}
      locked={locked}
    />,
  );
  return screen.getByRole('region', { name: 'New message' });
}

describe('ComposeMessage', () => {
  it('sends the chosen recipients, marking, trimmed text and inject references, then clears the form', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const panel = show(send);
    await user.click(within(panel).getByRole('checkbox', { name: 'Member State C' }));
    await user.selectOptions(within(panel).getByLabelText('Marking'), 'PUBLIC');
    await user.type(within(panel).getByLabelText('Subject'), '  Teams on the way ');
    await user.type(within(panel).getByLabelText('Message'), 'Two teams by noon');
    await user.click(within(panel).getByRole('checkbox', { name: 'Port blast' }));
    await user.click(within(panel).getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'message/send',
      payload: {
        to: ['ms-c'],
        marking: 'PUBLIC',
        subject: 'Teams on the way',
        body: 'Two teams by noon',
        injectRefs: ['INJ-1'],
      },
    });
    expect(await within(panel).findByText('Message sent: Teams on the way')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Subject')).toHaveValue('');
    expect(within(panel).getByRole('checkbox', { name: 'Member State C' })).not.toBeChecked();
  });

  it('sends nothing without a recipient, and says why', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const panel = show(send);
    await user.type(within(panel).getByLabelText('Subject'), 'Hello');
    await user.type(within(panel).getByLabelText('Message'), 'Anyone?');
    await user.click(within(panel).getByRole('button', { name: 'Send the message' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Choose at least one recipient.');
    expect(sent).toEqual([]);
  });

  it('answers an inbox message: its sender, its marking, a Re: subject and the reply link', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const panel = show(send, message);
    expect(within(panel).getByRole('checkbox', { name: 'Member State C' })).toBeChecked();
    expect(within(panel).getByLabelText('Marking')).toHaveValue('PUBLIC');
    expect(within(panel).getByLabelText('Subject')).toHaveValue('Re: Help offered');
    expect(within(panel).getByLabelText('In reply to')).toHaveValue('M-2');
    await user.type(within(panel).getByLabelText('Message'), 'Thank you');
    await user.click(within(panel).getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.payload).toEqual({
      to: ['ms-c'],
      marking: 'PUBLIC',
      subject: 'Re: Help offered',
      body: 'Thank you',
      inReplyTo: 'M-2',
      injectRefs: [],
    });
  });

  it('keeps what was written when the engine refuses, and shows its reason', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'ms-b is not cleared for EU-ONLY',
    });
    const user = userEvent.setup();
    const panel = show(send);
    await user.click(within(panel).getByRole('checkbox', { name: 'Member State B' }));
    await user.type(within(panel).getByLabelText('Subject'), 'Secret');
    await user.type(within(panel).getByLabelText('Message'), 'Text');
    await user.click(within(panel).getByRole('button', { name: 'Send the message' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Refused: ms-b is not cleared for EU-ONLY',
    );
    expect(within(panel).getByLabelText('Subject')).toHaveValue('Secret');
  });

  it('cannot be used at a read-only station, and says why', () => {
    const panel = show(recordingSend().send, null, 'Read only: the exercise has ended (ENDEX).');
    expect(within(panel).getByRole('button', { name: 'Send the message' })).toBeDisabled();
    expect(within(panel).getByLabelText('Subject')).toBeDisabled();
    expect(panel).toHaveTextContent('Read only: the exercise has ended (ENDEX).');
  });
});

describe('ComposeMessage: what the marking will do', () => {
  // Member State B is cleared for nothing the sender marks EU-ONLY (written out by hand, not by the rule).
  const notCleared = (marking: string, to: readonly string[]) =>
    marking === 'EU-ONLY' ? to.filter((id) => id === 'ms-b').map(() => 'Member State B') : [];

  it('says which chosen recipients will not receive it, live as the marking and the recipients change', async () => {
    const { send } = recordingSend();
    const user = userEvent.setup();
    render(
      <ComposeMessage
        recipients={recipients}
        markings={markings}
        items={[]}
        replyTo={null}
        send={send}
        locked={null}
        notCleared={notCleared}
      />,
    );
    const marking = screen.getByLabelText('Marking');
    const warning = () => document.getElementById('compose-not-cleared');
    expect(warning()).toHaveTextContent('');
    await user.click(screen.getByRole('checkbox', { name: 'Member State C' }));
    expect(warning()).toHaveTextContent('');
    await user.click(screen.getByRole('checkbox', { name: 'Member State B' }));
    expect(warning()).toHaveTextContent(
      'Not cleared for EU-ONLY, so these recipients will not receive it: Member State B',
    );
    // The marking's select is described by the warning, so a screen reader reads it with the choice.
    expect(marking).toHaveAccessibleDescription(
      'Not cleared for EU-ONLY, so these recipients will not receive it: Member State B',
    );
    await user.selectOptions(marking, 'PUBLIC');
    expect(warning()).toHaveTextContent('');
    await user.selectOptions(marking, 'EU-ONLY');
    await user.click(screen.getByRole('checkbox', { name: 'Member State B' }));
    expect(warning()).toHaveTextContent('');
  });
});
