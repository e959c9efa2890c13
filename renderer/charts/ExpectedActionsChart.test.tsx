import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EXPECTED_STATUSES } from '../../core/index';
import { ExpectedActionsChart, STATUS_READING_ORDER } from './ExpectedActionsChart';
import { EMPTY_METRICS, SAMPLE_METRICS } from './sample-metrics';

const TITLE = 'Expected-action outcomes';
const figureOf = (figure: HTMLElement, term: string) =>
  within(figure).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('ExpectedActionsChart', () => {
  it('reads the whole status vocabulary, achieved first', () => {
    expect([...STATUS_READING_ORDER].sort()).toEqual([...EXPECTED_STATUSES].sort());
    expect(STATUS_READING_ORDER.slice(0, 2)).toEqual(['met', 'marked-met']);
  });

  it('splits one bar by status, a segment per status that has actions, marked ones hatched', () => {
    const { container } = render(<ExpectedActionsChart metrics={SAMPLE_METRICS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    expect(image).toHaveAccessibleName(
      `${TITLE} Expected actions released: 6 of 8; hit rate 50 %. By status: Met 2, Marked met 1, Missed 2, Marked not met 0, Open 1.`,
    );
    const segments = [...container.querySelectorAll('rect.chart-bar')];
    // Marked not met has none; 624 units over 6 released actions is 104 an action.
    expect(segments.map((segment) => segment.getAttribute('data-status'))).toEqual([
      'met',
      'marked-met',
      'missed',
      'open',
    ]);
    expect(segments.map((segment) => Number(segment.getAttribute('width')))).toEqual([208, 104, 208, 104]);
    expect(segments.map((segment) => Number(segment.getAttribute('x')))).toEqual([8, 216, 320, 528]);
    const hatch = /^url\(#(.+)\)$/.exec(segments[1]?.getAttribute('fill') ?? '')?.[1];
    expect(container.querySelector(`pattern[id="${hatch}"]`)).toBeInTheDocument();
    expect(segments[0]?.getAttribute('fill')).toMatch(/^#/);
    // The legend writes every status with its count, so no colour has to be decoded.
    const legend = [...container.querySelectorAll('g.chart-legend text')].map((text) => text.textContent);
    expect(legend).toEqual(['Met 2', 'Marked met 1', 'Missed 2', 'Marked not met 0', 'Open 1']);
  });

  it('gives released of total, the hit rate and the contingencies under either view', () => {
    render(<ExpectedActionsChart metrics={SAMPLE_METRICS} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    expect(figureOf(figure, 'Released')).toBe('6 of 8');
    expect(figureOf(figure, 'Hit rate')).toBe('50 %');
    expect(figureOf(figure, 'Contingency injects released')).toBe('1');
  });

  it('gives the count and share of each status as a table', async () => {
    render(<ExpectedActionsChart metrics={SAMPLE_METRICS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    // Shares of 6: 2 → 33 %, 1 → 17 %.
    expect(rows).toEqual([
      ['Met', '2', '33 %'],
      ['Marked met', '1', '17 %'],
      ['Missed', '2', '33 %'],
      ['Marked not met', '0', '0 %'],
      ['Open', '1', '17 %'],
    ]);
  });

  it('says so before any expected action is released', () => {
    render(
      <>
        <ExpectedActionsChart metrics={SAMPLE_METRICS} />
        <ExpectedActionsChart metrics={EMPTY_METRICS} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('No expected action has been released yet.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
    expect(figureOf(empty!, 'Hit rate')).toBe('—');
  });
});
