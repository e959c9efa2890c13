import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { eventWordsFrom } from '../../components/index';
import { useUiStore } from '../../state/index';
import { CompareChart } from './CompareChart';
import { SAMPLE_COMPARISON, SAMPLE_FIGURES } from './sample-comparison';

const words = eventWordsFrom(
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
);
const names = { words, organisationName: (id: string) => id.toUpperCase() };
const STAGES = SAMPLE_FIGURES.filter((figure) => figure.group === 'stages');
const TITLE = 'Response stages (scenario time)';

function stagesChart(onlyDifferences: boolean) {
  return render(
    <CompareChart
      group="stages"
      figures={STAGES}
      runs={SAMPLE_COMPARISON}
      onlyDifferences={onlyDifferences}
      names={names}
    />,
  );
}

const rowCells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('CompareChart', () => {
  it('draws both runs for every figure, named and described, with a legend that is not colour alone', () => {
    const { container } = stagesChart(false);
    const image = within(screen.getByRole('figure', { name: TITLE })).getByRole('img');
    expect(image).toHaveAccessibleName(
      `${TITLE} Each figure as two bars: this run (Tuesday run) solid, the other run (Doctrine run) hatched. Figures shown: 4; differing in this group: 3.`,
    );
    // Four figures, seven bars: crisis activate was reached only in the other run.
    expect(container.querySelectorAll('g.compare-pair')).toHaveLength(4);
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(7);
    expect(container.querySelector('pattern')).not.toBeNull();
    expect(image).toHaveTextContent('this run: Tuesday run');
    expect(image).toHaveTextContent('the other run: Doctrine run');
    // Every figure a time: the duration axis is drawn (0 to 6h).
    expect(container.querySelectorAll('g.chart-axis text')).toHaveLength(4);
  });

  it('gives the same numbers and verdicts as a table, the rows that differ marked', async () => {
    stagesChart(false);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: TITLE });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Figure', 'This run', 'The other run', 'Difference', 'This run against the other']);
    expect(rowCells(table)).toEqual([
      ['All mechanisms: Detect', '30m', '30m', '0m', 'same'],
      ['All mechanisms: Notify', '2h', '3h', '−1h', 'better'],
      ['Crisis arrangements: Decide', '5h', '4h', '+1h', 'worse'],
      ['Crisis arrangements: Activate', '—', '6h', '—', 'only in the other run'],
    ]);
    const marked = table.querySelectorAll('tr.compare-differs');
    expect([...marked].map((row) => row.getAttribute('data-figure'))).toEqual([
      'stage:all:notify',
      'stage:crisis:decide',
      'stage:crisis:activate',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Show chart' }));
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('shows only the figures that differ when asked, and says when none does', async () => {
    const { container } = stagesChart(true);
    expect(container.querySelectorAll('g.compare-pair')).toHaveLength(3);
    render(
      <CompareChart
        group="acknowledgement"
        figures={SAMPLE_FIGURES.filter((figure) => figure.key === 'ack:ms-a:acknowledged')}
        runs={SAMPLE_COMPARISON}
        onlyDifferences
        names={names}
      />,
    );
    expect(screen.getByText('Figures here: 1, all the same in both runs.')).toBeInTheDocument();
  });

  it('says so when neither run has a figure of its group', () => {
    render(
      <CompareChart
        group="legalClocks"
        figures={[]}
        runs={SAMPLE_COMPARISON}
        onlyDifferences={false}
        names={names}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Legal clocks (scenario time)' });
    expect(within(figure).getByText('Neither run has a figure here.')).toBeInTheDocument();
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
  });

  it('speaks Dutch', async () => {
    useUiStore.setState({ language: 'nl' });
    stagesChart(false);
    await userEvent.click(screen.getByRole('button', { name: 'Tabel tonen' }));
    const table = screen.getByRole('table', { name: 'Responsfasen (scenariotijd)' });
    expect(rowCells(table)[1]).toEqual(['Alle mechanismen: Melden', '2h', '3h', '−1h', 'beter']);
  });
});
