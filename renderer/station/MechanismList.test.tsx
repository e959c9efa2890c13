import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MechanismList } from './MechanismList';

describe('MechanismList', () => {
  it('shows each mechanism with its case and only its deepest active states, in plain words', () => {
    render(
      <MechanismList
        mechanisms={[
          {
            actorKey: 'ipcr',
            machine: 'ipcr',
            title: 'IPCR',
            instance: null,
            states: ['fullActivation', 'fullActivation.roundTable', 'fullActivation.roundTable.convened'],
          },
          {
            actorKey: 'ucpm:ms-a',
            machine: 'ucpm',
            title: 'UCPM',
            instance: 'ms-a',
            states: ['active', 'active.offers', 'active.deployment'],
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('region', { name: 'Your mechanisms' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'MechanismState',
      'IPCRfull activation › round table › convened',
      'UCPM — ms-aactive › offers; active › deployment',
    ]);
  });

  it('says so when the role sees no mechanism', () => {
    render(<MechanismList mechanisms={[]} />);
    expect(screen.getByText('No mechanism is visible to your role yet.')).toBeInTheDocument();
  });
});
