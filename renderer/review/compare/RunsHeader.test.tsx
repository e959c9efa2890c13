import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../state/index';
import { RunsHeader } from './RunsHeader';
import { BRANCHED_COMPARISON, SAMPLE_COMPARISON } from './sample-comparison';

const cells = () =>
  within(screen.getByRole('table', { name: 'The two runs' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('RunsHeader', () => {
  it('names both runs with their events, scenario time played and whether they ended, and counts the differences', () => {
    render(<RunsHeader comparison={SAMPLE_COMPARISON} />);
    expect(cells()).toEqual([
      ['This run', 'Tuesday run', '120', '2d', 'yes'],
      ['The other run', 'Doctrine run', '98', '1d 12h', 'no, still running'],
    ]);
    expect(screen.getByText('9 of 12 figures differ.')).toBeInTheDocument();
    expect(screen.queryByText(/^Branch at/)).not.toBeInTheDocument();
  });

  it('says where a branch left its origin', () => {
    render(<RunsHeader comparison={BRANCHED_COMPARISON} />);
    expect(
      screen.getByText(
        'Branch at T+02:15:00 (event 40): figures from that point on; those settled before it are shared.',
      ),
    ).toBeInTheDocument();
  });

  it('speaks Dutch', () => {
    useUiStore.setState({ language: 'nl' });
    render(<RunsHeader comparison={BRANCHED_COMPARISON} />);
    expect(screen.getByText('9 van de 12 cijfers verschillen.')).toBeInTheDocument();
    expect(screen.getByText(/^Aftakking op T\+02:15:00 \(gebeurtenis 40\)/)).toBeInTheDocument();
  });
});
