import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContentWords } from '../../core/index';
import { StateList } from './StateList';

const words = {
  state: (machine: string, path: string) => `${machine}:${path.toUpperCase()}`,
  phase: (phase: string) => `Phase ${phase} in words`,
} as unknown as ContentWords;

describe('StateList', () => {
  it('words each state, tags its Playbook phase and keeps the id and description for the tooltip', () => {
    render(
      <StateList
        machine="ipcr"
        words={words}
        states={[
          { path: 'full.meetings', description: 'Roundtables meet', phase: 'P3' },
          { path: 'standby', description: null, phase: null },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['P3ipcr:FULL.MEETINGS', 'ipcr:STANDBY']);
    expect(items[0]).toHaveAttribute('title', 'full.meetings — Roundtables meet');
    expect(screen.getByTitle('Phase P3 in words')).toHaveTextContent('P3');
    expect(items[1]).toHaveAttribute('title', 'standby');
  });
});
