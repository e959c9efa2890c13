import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SentMessages } from './SentMessages';

const TITLES: Record<string, string> = { 'ms-c': 'Member State C', nac: 'North Atlantic Council' };

describe('SentMessages', () => {
  it('lists each sent message with what became of it for each recipient', () => {
    render(
      <SentMessages
        items={[
          {
            messageId: 'M-1',
            subject: 'Port closed',
            marking: 'EU-ONLY',
            scenarioMs: 0,
            recipients: [
              { role: 'ms-c', outcome: 'read' },
              { role: 'nac', outcome: 'blocked' },
            ],
          },
        ]}
        roleTitle={(id) => TITLES[id] ?? id}
        timeOf={() => 'T+00:00:00'}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Sent messages' });
    const recipients = within(panel).getByRole('list', { name: 'Recipients of Port closed' });
    expect(
      within(recipients)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Member State C: read', 'North Atlantic Council: blocked by the marking']);
    expect(panel).toHaveTextContent('EU-ONLY');
  });

  it('says when nothing was sent yet', () => {
    render(<SentMessages items={[]} roleTitle={(id) => id} timeOf={() => ''} />);
    expect(screen.getByRole('region', { name: 'Sent messages' })).toHaveTextContent('No message sent yet.');
  });
});
