import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { eventWordsFrom } from '../../components/index';
import { CompareRows } from './CompareRows';
import { DETECT, SAMPLE_FIGURES } from './sample-comparison';

const words = eventWordsFrom(
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
);
const ORGANISATIONS: Record<string, string> = { council: 'Council', nato: 'NATO', 'state-a': 'State A' };
const names = { words, organisationName: (id: string) => ORGANISATIONS[id] ?? id };

describe('CompareRows', () => {
  it('writes each figure: both runs, the difference and the verdict, exactly as given', () => {
    render(
      <table>
        <CompareRows figures={SAMPLE_FIGURES.slice(4)} names={names} />
      </table>,
    );
    const rows = screen.getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Crisis arrangements: Sharing to full', '1d 2h, met', 'open', '—', 'better'],
      ['Member State A: median time to acknowledge', '45m', '1h', '−15m', 'better'],
      ['Member State A: injects acknowledged', '3', '3', '0', 'same'],
      ['Met (and marked met)', '4', '2', '+2', 'better'],
      ['Hit rate', '80 %', '50 %', '+30 pp', 'better'],
      ['Council → NATO (across the EU↔NATO line)', '5', '2', '+3', 'changed'],
      ['State A → Council', '1', '1', '0', 'same'],
      ['Blocked by marking', '1', '0', '+1', 'worse'],
    ]);
  });

  it('sets a differing verdict in bold, and marks a figure settled before the branch as shared', () => {
    render(
      <table>
        <CompareRows figures={[{ ...DETECT, beforeBranch: true }, SAMPLE_FIGURES[1]!]} names={names} />
      </table>,
    );
    const [shared, better] = screen.getAllByRole('row');
    expect(shared).toHaveClass('compare-shared');
    expect(shared).toHaveTextContent('shared (settled before the branch)');
    expect(better).toHaveClass('compare-differs');
    expect(within(better!).getByText('better').tagName).toBe('STRONG');
  });
});
