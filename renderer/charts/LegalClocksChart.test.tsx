import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LegalClocksChart } from './LegalClocksChart';
import { EMPTY_METRICS, SAMPLE_METRICS, SAMPLE_WORDS } from './sample-metrics';

const TITLE = 'Legal-clock compliance (scenario time)';
const figureOf = (figure: HTMLElement, term: string) =>
  within(figure).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('LegalClocksChart', () => {
  it('draws the time each clock took against its deadline, its status in words', () => {
    const { container } = render(<LegalClocksChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    expect(image).toHaveAccessibleName(
      `${TITLE} Legal clocks: 2; met 1, late 0, missed 1, open 0. UCPM requests: 2, of which lapsed 1.`,
    );
    // The early warning took 20h; the notification was never sent.
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(1);
    // Axis 0–3d in steps of a day over 512 units from 8: 20h is 512 × 20 / 72 long, the deadlines of
    // 1d and 3d at 8 + 512 / 3 and 8 + 512.
    expect(Number(bars[0]?.getAttribute('width'))).toBeCloseTo((512 * 20) / 72, 1);
    const ticks = [...container.querySelectorAll('line.chart-window-tick')];
    expect(ticks.map((tick) => tick.getAttribute('x1'))).toEqual(['178.67', '520']);
    expect(image).toHaveTextContent('Cyber Blueprint: Awareness to NIS2 early warning');
    expect(image).toHaveTextContent('not reached');
  });

  it('gives deadline, time taken and status as a table', async () => {
    render(<LegalClocksChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Cyber Blueprint', 'Awareness to NIS2 early warning', '1d', '20h', 'met'],
      ['Cyber Blueprint', 'Awareness to NIS2 incident notification', '3d', '—', 'missed'],
    ]);
  });

  it('gives the UCPM requests and names the lapsed ones', () => {
    render(<LegalClocksChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    expect(figureOf(figure, 'UCPM requests')).toBe('2');
    expect(figureOf(figure, 'UCPM requests lapsed')).toBe('1 (Civil Protection Mechanism (2))');
  });

  it('says so when no legal clock ran', () => {
    render(
      <>
        <LegalClocksChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />
        <LegalClocksChart metrics={EMPTY_METRICS} words={SAMPLE_WORDS} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('No legal clock ran in this exercise.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
    expect(figureOf(empty!, 'UCPM requests lapsed')).toBe('0');
  });
});
