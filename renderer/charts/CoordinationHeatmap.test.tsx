import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HEAT_RAMP, INK } from './chart-colours';
import { CoordinationHeatmap } from './CoordinationHeatmap';
import { EMPTY_METRICS, SAMPLE_METRICS } from './sample-metrics';

const TITLE = 'Coordination between organisations (sender ↓, receiver →)';

describe('CoordinationHeatmap', () => {
  it('draws a cell per sender and receiver, labelled with what was delivered and blocked', () => {
    const { container } = render(<CoordinationHeatmap metrics={SAMPLE_METRICS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    expect(image).toHaveAccessibleName(
      `${TITLE} Organisation pairs that exchanged anything: 5, of which 2 across the EU↔NATO line; delivered 8 (messages, scripted injects and link products), blocked by marking 3. The busiest pair: eeas → NATO side, 3 delivered.`,
    );
    // Senders council, eeas, evening-courier, nato × receivers nato, state-a, state-c, NATO side.
    expect(container.querySelectorAll('rect.chart-cell')).toHaveLength(16);
    const cell = (pair: string) => container.querySelector(`g[data-pair="${pair}"]`);
    const labels = (pair: string) =>
      [...(cell(pair)?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    expect(labels('eeas|side:nato')).toEqual(['3', '1 blocked']);
    expect(labels('council|nato')).toEqual(['2', '1 blocked']);
    expect(labels('nato|state-a')).toEqual(['2']);
    expect(labels('nato|state-c')).toEqual(['0', '1 blocked']);
    expect(labels('council|state-a')).toEqual(['·']);
  });

  it('shades by deliveries against the busiest pair, and marks EU↔NATO pairs by outline and corner', () => {
    const { container } = render(<CoordinationHeatmap metrics={SAMPLE_METRICS} />);
    const rect = (pair: string) => container.querySelector(`g[data-pair="${pair}"] rect`);
    // Of 3 at most: 3 → level 4, 2 → 3, 1 → 2, 0 → 0.
    expect(rect('eeas|side:nato')).toHaveAttribute('fill', HEAT_RAMP[4]?.fill);
    expect(rect('council|nato')).toHaveAttribute('fill', HEAT_RAMP[3]?.fill);
    expect(rect('evening-courier|state-a')).toHaveAttribute('fill', HEAT_RAMP[2]?.fill);
    expect(rect('nato|state-c')).toHaveAttribute('fill', HEAT_RAMP[0]?.fill);
    const corners = [...container.querySelectorAll('path.chart-eu-nato')].map((corner) =>
      corner.closest('g')?.getAttribute('data-pair'),
    );
    expect(corners).toEqual(['council|nato', 'eeas|side:nato']);
    expect(rect('council|nato')).toHaveAttribute('stroke', INK);
    expect(rect('nato|state-a')).not.toHaveAttribute('stroke', INK);
  });

  it('cuts a long organisation name to the room its label has, the full name kept as its title', () => {
    const long = 'Council of the EU (Presidency, PSC, COREPER, working parties, General Secretariat)';
    const { container } = render(
      <CoordinationHeatmap
        metrics={SAMPLE_METRICS}
        organisationName={(id) => (id === 'council' ? long : id)}
      />,
    );
    const label = [...container.querySelectorAll('svg > text')].find(
      (text) => text.querySelector('title')?.textContent === long,
    );
    // The senders' labels take at most 230 units: (230 − 12) / 6.2 = 35 characters, the last an ellipsis.
    expect(label?.lastChild?.textContent).toBe('Council of the EU (Presidency, PSC…');
    expect(
      [...container.querySelectorAll('svg > text')].map((text) => text.lastChild?.textContent),
    ).toContain('eeas');
  });

  it('gives every pair’s counts as a table', async () => {
    render(<CoordinationHeatmap metrics={SAMPLE_METRICS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    // From, to, messages, scripted injects, link products, blocked, across the EU↔NATO line.
    expect(rows).toEqual([
      ['council', 'nato', '2', '0', '0', '1', 'yes'],
      ['eeas', 'NATO side', '0', '0', '3', '1', 'yes'],
      ['evening-courier', 'state-a', '0', '1', '0', '0', 'no'],
      ['nato', 'state-a', '1', '1', '0', '0', 'no'],
      ['nato', 'state-c', '0', '0', '0', '1', 'no'],
    ]);
  });

  it('says so before any organisation has sent anything', () => {
    render(
      <>
        <CoordinationHeatmap metrics={SAMPLE_METRICS} />
        <CoordinationHeatmap metrics={EMPTY_METRICS} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('No organisation has sent anything to another yet.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
  });
});
