import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AcknowledgementChart } from './AcknowledgementChart';
import { EMPTY_METRICS, SAMPLE_METRICS, SAMPLE_WORDS } from './sample-metrics';

const TITLE = 'Acknowledgement latency by role (scenario time)';

describe('AcknowledgementChart', () => {
  it('draws each role’s median as a bar and its longest as a whisker, naming the slowest role', () => {
    const { container } = render(<AcknowledgementChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    // Medians: ms-a 45m, ms-c 2h; the Presidency acknowledged nothing.
    expect(image).toHaveAccessibleName(
      `${TITLE} Time from an inject’s delivery to its acknowledgement, for each role that received injects (3 in all); the slowest median: Member State C, 2h.`,
    );
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(2);
    expect(container.querySelectorAll('g.chart-whisker')).toHaveLength(2);
    // Axis 0–2h in 30-minute steps over 462 units: ms-a's 45m is 462 × 3/8 long.
    expect(Number(bars[0]?.getAttribute('width'))).toBeCloseTo((462 * 3) / 8, 1);
    expect(image).toHaveTextContent('Council Presidency');
    expect(image).toHaveTextContent('none acknowledged');
    expect(image).toHaveTextContent('2 of 3 acknowledged');
  });

  it('gives the same figures as a table, a row per role headed by its title', async () => {
    render(<AcknowledgementChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    const cells = (role: string) =>
      within(within(table).getByRole('row', { name: new RegExp(role) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Delivered, acknowledged, median, longest.
    expect(cells('Member State A')).toEqual(['3', '2', '45m', '1h']);
    expect(cells('Member State C')).toEqual(['1', '1', '2h', '2h']);
    expect(cells('Council Presidency')).toEqual(['2', '0', '—', '—']);
    expect(within(table).getByRole('rowheader', { name: 'Member State A' })).toHaveAttribute('title', 'ms-a');
  });

  it('says so before any inject has reached a role', () => {
    render(
      <>
        <AcknowledgementChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />
        <AcknowledgementChart metrics={EMPTY_METRICS} words={SAMPLE_WORDS} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('No acknowledgements yet.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
  });
});
