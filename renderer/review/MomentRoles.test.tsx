import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EventWords } from '../components/index';
import { MomentRoles } from './MomentRoles';

const words = { role: (id: string) => `Role ${id}` } as EventWords;

describe('MomentRoles', () => {
  it('gives one row per role with its injects and messages, and the last inject received', () => {
    const { container } = render(
      <MomentRoles
        words={words}
        roles={[
          {
            role: 'ms-a',
            injectsReceived: 3,
            injectsRead: 2,
            injectsBlocked: 1,
            messagesReceived: 4,
            messagesRead: 0,
            lastInject: {
              injectId: 'INJ-9',
              title: 'Ferry sinks',
              at: { seq: 9, scenarioMs: 5_400_000, wallMs: 0 },
            },
          },
          {
            role: 'nac',
            injectsReceived: 0,
            injectsRead: 0,
            injectsBlocked: 0,
            messagesReceived: 1,
            messagesRead: 1,
            lastInject: null,
          },
        ]}
      />,
    );
    const rows = [...container.querySelectorAll<HTMLElement>('tbody tr')];
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Role ms-a');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2', '1', '4', '0', 'T+01:30:00 · Ferry sinks']);
    expect(within(rows[1]!).getAllByRole('cell').at(-1)).toHaveTextContent('—');
  });
});
