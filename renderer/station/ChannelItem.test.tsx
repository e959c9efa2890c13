import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChannelItem } from './ChannelItem';
import type { InboxItem } from './inbox-items';

const base: InboxItem = {
  streamSeq: 1,
  kind: 'inject',
  id: 'INJ-7',
  title: 'Unusual traffic at the border crossing',
  text: 'First paragraph.\n\nSecond paragraph.',
  from: 'hybrid-fusion-cell',
  to: ['ms-a'],
  channel: 'email',
  marking: 'EU-ONLY',
  priority: 'routine',
  scenarioMs: 0,
  done: false,
  inReplyTo: null,
  injectRefs: [],
};

function show(change: Partial<InboxItem>, injectRefTitles: string[] = []) {
  render(
    <ChannelItem
      item={{ ...base, ...change }}
      fromTitle="Hybrid Fusion Cell"
      toTitles={['Member State A']}
      time="Mon 3 Jun 2019, 09:00 (T+00:00:00)"
      injectRefTitles={injectRefTitles}
    />,
  );
}

describe('ChannelItem', () => {
  it('draws an e-mail with its From, To, Subject header block', () => {
    show({ channel: 'email' });
    const mail = screen.getByRole('article', { name: 'E-mail' });
    expect(within(mail).getByText('From').nextSibling).toHaveTextContent('Hybrid Fusion Cell');
    expect(within(mail).getByText('Subject').nextSibling).toHaveTextContent('Unusual traffic');
    expect(within(mail).getAllByText(/paragraph/)).toHaveLength(2);
  });

  it('draws an intelligence report with the marking above and below, and its source line', () => {
    show({ channel: 'intelligence-report' });
    const report = screen.getByRole('article', { name: 'Intelligence report' });
    expect(within(report).getAllByText('EU-ONLY')).toHaveLength(2);
    expect(within(report).getByText(/Source: Hybrid Fusion Cell/)).toBeInTheDocument();
  });

  it('draws a social media post with a handle and a formal request as a letter', () => {
    show({ channel: 'social-media' });
    expect(screen.getByRole('article', { name: 'Social media' })).toHaveTextContent('@HybridFusionCell');
    show({ channel: 'official-request', id: 'INJ-8' });
    const letter = screen.getByRole('article', { name: 'Official request' });
    expect(letter).toHaveTextContent('Official request for action');
    // The inject's id is control's reference: a participant never reads it.
    expect(letter).not.toHaveTextContent('INJ-8');
  });

  it('names the injects a message refers to by their titles, never their ids', () => {
    show({ kind: 'message', id: 'M-28', injectRefs: ['INJ-7'] }, ['Unusual traffic at the border crossing']);
    const mail = screen.getByRole('article', { name: 'E-mail' });
    expect(within(mail).getByText('Refers to').nextSibling).toHaveTextContent(
      'Unusual traffic at the border crossing',
    );
    expect(mail).not.toHaveTextContent('INJ-7');
    expect(mail).not.toHaveTextContent('M-28');
  });

  it('shows a cable’s precedence', () => {
    show({ channel: 'diplomatic-cable', priority: 'flash' });
    const cable = screen.getByRole('article', { name: 'Diplomatic cable' });
    expect(within(cable).getByText('Precedence').nextSibling).toHaveTextContent('FLASH');
  });
});
