import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { eventWordsFrom } from '../../components/index';
import { BranchDecisions } from './BranchDecisions';
import { BRANCHED_COMPARISON } from './sample-comparison';

const words = eventWordsFrom(
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
);
const rows = (name: RegExp) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('BranchDecisions', () => {
  it('lists the decisions each run took after the branch, side by side, in the content’s words', () => {
    render(
      <BranchDecisions
        decisions={BRANCHED_COMPARISON.decisionsAfterBranch!}
        runs={BRANCHED_COMPARISON}
        words={words}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Decisions after the branch point' })).toBeInTheDocument();
    expect(rows(/^This run: What-if: early activation \(decisions after the branch: 1\)$/)).toEqual([
      ['T+03:00:00', 'Presidency', 'Crisis arrangements', 'Activate sharing', 'Partners ready'],
    ]);
    expect(rows(/^The other run: Doctrine run/)).toEqual([
      ['T+03:30:00', 'Member State A', 'Crisis arrangements', 'Consult the Presidency (voided)', '—'],
    ]);
  });

  it('says so when a run took none', () => {
    render(
      <BranchDecisions
        decisions={{ a: [], b: BRANCHED_COMPARISON.decisionsAfterBranch!.b }}
        runs={BRANCHED_COMPARISON}
        words={words}
      />,
    );
    expect(rows(/^This run/)).toEqual([['No decision after the branch point.']]);
  });
});
