import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SendCommand } from '../components/index';
import { Inbox } from './Inbox';
import type { InboxItem } from './inbox-items';
import { recordingSend } from '../../test/fixtures/recording-send';
import { inboxItem } from '../../test/fixtures/station-events';

const item = (change: Partial<InboxItem>): InboxItem => inboxItem({ priority: 'flash', ...change });

const inject = item({});
const message = item({
  streamSeq: 2,
  kind: 'message',
  id: 'M-2',
  title: 'Help offered',
  text: 'We can send teams',
  from: 'ms-c',
  channel: 'message',
  priority: 'routine',
});
const titles: Record<string, string> = {
  'ms-c': 'Member State C',
  press: 'The press',
  'ms-a': 'Member State A',
};

function show(
  send: SendCommand,
  opened: ReadonlySet<number> = new Set(),
  items = [message, inject],
  locked: string | null = null,
) {
  const openedNow: number[] = [];
  const replies: string[] = [];
  render(
    <Inbox
      items={items}
      opened={opened}
      onOpen={(seq) => openedNow.push(seq)}
      send={send}
      locked={locked}
      roleTitle={(role) => titles[role] ?? role}
      timeOf={(ms) => `T+${ms / 1000}s`}
      onReply={(chosen) => replies.push(chosen.id)}
    />,
  );
  return { panel: screen.getByRole('region', { name: 'Inbox' }), openedNow, replies };
}

const rows = (panel: HTMLElement) =>
  within(within(panel).getByRole('list', { name: 'Inbox' }))
    .getAllByRole('button')
    .map((row) => row.textContent);

describe('Inbox', () => {
  it('lists items with channel, priority, unread mark, sender and time, and counts the unread', () => {
    const { panel } = show(recordingSend().send, new Set([2]));
    expect(within(panel).getByText('1 unread')).toBeInTheDocument();
    expect(rows(panel)).toEqual([
      'MessageHelp offeredMember State C · T+0s',
      'NewsFLASHunreadPort blastThe press · T+0s',
    ]);
    expect(within(panel).getByText('Choose an item in the inbox to read it.')).toBeInTheDocument();
  });

  it('opening a message tells the screen, reads it at the engine, and offers a reply', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { panel, openedNow, replies } = show(send);
    await user.click(within(panel).getByRole('button', { name: /Help offered/ }));
    expect(openedNow).toEqual([2]);
    await waitFor(() => expect(sent).toEqual([{ type: 'message/read', payload: { messageId: 'M-2' } }]));
    expect(within(panel).getByRole('article', { name: 'Message' })).toHaveTextContent('We can send teams');
    await user.click(within(panel).getByRole('button', { name: 'Reply' }));
    expect(replies).toEqual(['M-2']);
  });

  it('names the injects a message refers to by title, and one that did not reach this role without its id', async () => {
    const user = userEvent.setup();
    const referring = { ...message, injectRefs: ['INJ-1', 'INJ-9C'] };
    const { panel } = show(recordingSend().send, new Set(), [referring, inject]);
    await user.click(within(panel).getByRole('button', { name: /Help offered/ }));
    const article = within(panel).getByRole('article', { name: 'Message' });
    expect(within(article).getByText('Refers to').nextSibling).toHaveTextContent(
      'Port blast; an inject that did not reach you',
    );
    expect(article).not.toHaveTextContent(/INJ-|M-2/);
  });

  it('acknowledges an inject, and shows a refusal with its reason', async () => {
    const { sent, send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'paused',
    });
    const user = userEvent.setup();
    const { panel } = show(send);
    await user.click(within(panel).getByRole('button', { name: /Port blast/ }));
    expect(sent).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Acknowledge' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Refused: paused');
    expect(sent).toEqual([{ type: 'inject/acknowledge', payload: { injectId: 'INJ-1' } }]);
  });

  it('while locked still opens and shows items, sends nothing, and says why acting is off', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const why = 'Read only: the exercise host is unreachable (reconnecting by itself).';
    const { panel, openedNow } = show(send, new Set(), [message, inject], why);
    await user.click(within(panel).getByRole('button', { name: /Help offered/ }));
    expect(within(panel).getByRole('article', { name: 'Message' })).toHaveTextContent('We can send teams');
    expect(within(panel).getByRole('button', { name: 'Reply' })).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: /Port blast/ }));
    expect(openedNow).toEqual([2, 1]);
    expect(within(panel).getByRole('button', { name: 'Acknowledge' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Acknowledge' })).toHaveAttribute('title', why);
    expect(panel).toHaveTextContent(why);
    expect(sent).toEqual([]);
  });

  it('filters by the search words and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { panel } = show(recordingSend().send);
    const search = within(panel).getByRole('searchbox', { name: 'Search the inbox' });
    await user.type(search, 'harbour');
    expect(rows(panel)).toHaveLength(1);
    expect(rows(panel)[0]).toContain('Port blast');
    await user.clear(search);
    await user.type(search, 'tanker');
    expect(within(panel).getByText('No item matches “tanker”.')).toBeInTheDocument();
  });

  it('says so when nothing has arrived', () => {
    const { panel } = show(recordingSend().send, new Set(), []);
    expect(within(panel).getByText('Nothing has reached this station yet.')).toBeInTheDocument();
    expect(within(panel).getByText('0 unread')).toBeInTheDocument();
  });
});
