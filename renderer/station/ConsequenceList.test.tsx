import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsequenceList } from './ConsequenceList';

describe('ConsequenceList', () => {
  it('words every kind of consequence around the playbook’s names', () => {
    render(
      <ConsequenceList
        items={[
          {
            kind: 'enters',
            machineTitle: 'IPCR',
            state: { path: 'full', name: 'full', description: 'Round tables every day' },
            condition: 'the crisis is cross-sectoral',
            note: 'the Presidency decides',
          },
          { kind: 'stays', machineTitle: 'UCPM', condition: null, note: null },
          {
            kind: 'route',
            description: 'IPCR tells the ERCC',
            machineTitle: 'ERCC',
            eventTitle: 'Alert',
            states: [
              { path: 'alerted', name: 'alerted', description: null },
              { path: 'monitoring', name: 'monitoring', description: null },
            ],
          },
          { kind: 'timer', state: 'full', timer: 'report', duration: '24 h', then: 'reporting' },
          { kind: 'window', title: 'Send the ISAA report', expected: '48 h' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'IPCR moves to “full” (if the crisis is cross-sectoral): Round tables every day — the Presidency decides',
      'UCPM stays where it is',
      'ERCC: Alert (leads to “alerted / monitoring”) — IPCR tells the ERCC',
      'Timer “report” (24 h) starts in “full”, then “reporting”',
      'Expected within 48 h: Send the ISAA report',
    ]);
  });

  it('says so when no change of state is declared', () => {
    render(<ConsequenceList items={[]} />);
    expect(screen.getByText('No change of state is declared for the current state.')).toBeInTheDocument();
  });
});
