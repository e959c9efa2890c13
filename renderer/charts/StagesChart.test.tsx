import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StagesChart } from './StagesChart';
import { EMPTY_METRICS, SAMPLE_METRICS, SAMPLE_WORDS } from './sample-metrics';

const TITLE = 'Response stages against the expected windows (scenario time)';
const rowTexts = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('StagesChart', () => {
  it('draws a bar per stage reached, named and described for a screen reader', () => {
    const { container } = render(<StagesChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    // Windows: crisis alert late, escalation met, handover met; stratcom open; ucpm#1 met, ucpm#2 missed.
    expect(image).toHaveAccessibleName(
      `${TITLE} Time taken to detect, notify, assess, decide and activate, per mechanism (3 in all), against the playbook’s expected windows (6): met 3, late 1, missed 1, open 1.`,
    );
    // crisis notify, decide, activate; stratcom detect, assess.
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(5);
    expect(container.querySelectorAll('line.chart-window-tick')).toHaveLength(6);
    const groups = [...container.querySelectorAll('g.chart-group')];
    expect(groups.map((group) => group.querySelector('text')?.textContent)).toEqual([
      'Crisis coordination',
      'Strategic communication',
      'Civil Protection Mechanism',
    ]);
    // Each status in words at the end of its row: ucpm's two cases counted, stratcom's window still open.
    expect(groups[2]).toHaveTextContent('1 met · 1 missed');
    expect(groups[2]).toHaveTextContent('not reached');
    expect(groups[1]).toHaveTextContent(/open$/);
  });

  it('scales the bars to a 24-hour axis, the longest expected window', () => {
    const { container } = render(<StagesChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    const labels = [...container.querySelectorAll('g.chart-axis text')].map((text) => text.textContent);
    expect(labels).toEqual(['0m', '6h', '12h', '18h', '1d']);
    // The plot runs from 120 to 470, 350 units for a day: crisis notify (2h) is 350 / 12 long.
    const [notify] = container.querySelectorAll('rect.chart-bar');
    expect(Number(notify?.getAttribute('width'))).toBeCloseTo(350 / 12, 1);
  });

  it('gives the same figures as a table: each stage’s time beside its windows’ expected and measured times', async () => {
    render(<StagesChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Mechanism', 'Stage', 'Stage took', 'Expected window', 'Expected', 'Window took', 'Status']);
    expect(rowTexts(table)).toEqual([
      ['Crisis coordination', 'Notify', '2h', 'Alert to partners', '1h', '1h 30m', 'late'],
      ['Crisis coordination', 'Decide', '1h', 'Escalation to decision (assumed)', '3h', '1h', 'met'],
      ['Crisis coordination', 'Activate', '2h', '—', '—', '—', '—'],
      ['Crisis coordination', 'Other windows', '', 'Handover to the Presidency', '12h', '6h', 'met'],
      ['Strategic communication', 'Detect', '30m', '—', '—', '—', '—'],
      ['Strategic communication', 'Assess', '4h', 'Rapid Alert to first response', '1d', '—', 'open'],
      ['Civil Protection Mechanism (1)', 'Notify', '—', 'Request to forwarding', '2h', '1h', 'met'],
      ['Civil Protection Mechanism (2)', 'Notify', '—', 'Request to forwarding', '2h', '—', 'missed'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
  });

  it('says so when no stage has been reached', () => {
    render(
      <>
        <StagesChart metrics={SAMPLE_METRICS} words={SAMPLE_WORDS} />
        <StagesChart metrics={EMPTY_METRICS} words={SAMPLE_WORDS} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('No response stage has been reached yet.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
  });
});
