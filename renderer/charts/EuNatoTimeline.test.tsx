import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EuNatoTimeline } from './EuNatoTimeline';
import { EMPTY_METRICS, SAMPLE_CROSSINGS, SAMPLE_METRICS } from './sample-metrics';

const TITLE = 'Exchanges across the EU↔NATO line (scenario time)';
const figureOf = (figure: HTMLElement, term: string) =>
  within(figure).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('EuNatoTimeline', () => {
  it('places each crossing in its lane, delivered, blocked and voided told apart by shape', () => {
    const { container } = render(<EuNatoTimeline metrics={SAMPLE_METRICS} crossings={SAMPLE_CROSSINGS} />);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    expect(image).toHaveAccessibleName(
      `${TITLE} Exchanges across the EU↔NATO line over 2d of scenario time: 8 in all, 5 delivered, 2 blocked by their marking, 1 voided.`,
    );
    const lanes = [...container.querySelectorAll('g.chart-lane')];
    expect(lanes.map((lane) => lane.querySelector('text')?.textContent)).toEqual([
      'Messages',
      'Scripted injects',
      'Link products',
    ]);
    const [messages, injects, products] = lanes;
    // Messages: delivered at 1h and 5h, blocked at 3h. Products: delivered at 8h, 9h and 1d 12h, blocked at
    // 12h, voided at 1d. Dots are circles, a cross a path, a voided one a struck ring (a group).
    expect(messages?.querySelectorAll('circle.chart-point')).toHaveLength(2);
    expect(messages?.querySelectorAll('path.chart-point')).toHaveLength(1);
    expect(injects?.querySelectorAll('.chart-point')).toHaveLength(0);
    expect(products?.querySelectorAll('circle.chart-point')).toHaveLength(3);
    expect(products?.querySelectorAll('path.chart-point')).toHaveLength(1);
    expect(products?.querySelectorAll('g.chart-point')).toHaveLength(1);
    // A blocked crossing is labelled with its marking.
    const labelsIn = (lane: Element | undefined) =>
      [...(lane?.querySelectorAll('text') ?? [])].slice(1).map((text) => text.textContent);
    expect(labelsIn(messages)).toEqual(['EU-ONLY']);
    expect(labelsIn(products)).toEqual(['EU-ONLY']);
    // Over two days in 12-hour steps, the plot 110–610: the first message at 1h is at 110 + 500 / 48.
    expect(Number(messages?.querySelector('circle')?.getAttribute('cx'))).toBeCloseTo(110 + 500 / 48, 1);
  });

  it('gives each crossing as a table row, at its scenario time', async () => {
    render(<EuNatoTimeline metrics={SAMPLE_METRICS} crossings={SAMPLE_CROSSINGS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['T+01:00:00', 'Message', 'council', 'nato', 'REL-EU-NATO', 'delivered'],
      ['T+03:00:00', 'Message', 'council', 'nato', 'EU-ONLY', 'blocked'],
      ['T+05:00:00', 'Message', 'council', 'nato', 'REL-EU-NATO', 'delivered'],
      ['T+08:00:00', 'Link product', 'eeas', 'NATO side', '—', 'delivered'],
      ['T+09:00:00', 'Link product', 'eeas', 'NATO side', 'REL-EU-NATO', 'delivered'],
      ['T+12:00:00', 'Link product', 'eeas', 'NATO side', 'EU-ONLY', 'blocked'],
      ['T+1d 00:00:00', 'Link product', 'eeas', 'NATO side', 'REL-EU-NATO', 'voided by EXCON'],
      ['T+1d 12:00:00', 'Link product', 'eeas', 'NATO side', 'REL-EU-NATO', 'delivered'],
    ]);
  });

  it('gives the EU↔NATO figures and the blocked markings beneath, as the other screens do', () => {
    render(<EuNatoTimeline metrics={SAMPLE_METRICS} crossings={SAMPLE_CROSSINGS} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    expect(figureOf(figure, 'EU↔NATO exchanges')).toBe('5 (2 messages, 3 link products)');
    expect(figureOf(figure, 'Blocked at the EU↔NATO line')).toBe('2');
    expect(figureOf(figure, 'Deliveries and link products blocked by marking')).toBe(
      '3 · EU-ONLY 2 · NATO-ONLY 1',
    );
  });

  it('says so when nothing has crossed the line, and still gives the figures', () => {
    render(
      <>
        <EuNatoTimeline metrics={SAMPLE_METRICS} crossings={SAMPLE_CROSSINGS} />
        <EuNatoTimeline metrics={EMPTY_METRICS} crossings={[]} />
      </>,
    );
    const [full, empty] = screen.getAllByRole('figure', { name: TITLE });
    expect(within(full!).getByRole('img')).toBeInTheDocument();
    expect(within(empty!).getByText('Nothing has crossed the EU↔NATO line yet.')).toBeInTheDocument();
    expect(within(empty!).queryByRole('img')).not.toBeInTheDocument();
    expect(figureOf(empty!, 'EU↔NATO exchanges')).toBe('0 (0 messages, 0 link products)');
  });
});
