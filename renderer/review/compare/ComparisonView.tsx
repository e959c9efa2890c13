import { useState } from 'react';
import { COMPARED_GROUPS, type MetricsComparison } from '../../../core/index';
import type { EventWords } from '../../components/index';
import { useTranslate } from '../../state/index';
import type { OrganisationName } from '../../charts/index';
import { BranchDecisions } from './BranchDecisions';
import { CompareChart } from './CompareChart';
import { RunsHeader } from './RunsHeader';

export interface ComparisonViewProps {
  comparison: MetricsComparison;
  /** The content's words for roles, mechanisms and decisions (the run under review's). */
  words: EventWords;
  /** Organisations' names: the exercise's parties (`models.parties.nameOf`). */
  organisationName: OrganisationName;
}

/**
 * Two runs side by side: which runs, how many figures differ, then a chart per group of figures (each with
 * its table), and after a branch point the decisions where the runs part ways. "Show only differences" is
 * on when anything differs, so the reader starts at what changed.
 */
export function ComparisonView({ comparison, words, organisationName }: ComparisonViewProps) {
  const t = useTranslate();
  const [onlyDifferences, setOnlyDifferences] = useState(comparison.differing > 0);
  const names = { words, organisationName };
  return (
    <div className="compare-result">
      <RunsHeader comparison={comparison} />
      <label className="compare-filter">
        <input
          type="checkbox"
          checked={onlyDifferences}
          onChange={(event) => setOnlyDifferences(event.target.checked)}
        />{' '}
        {t('compare.onlyDifferences')}
      </label>
      <div className="review-charts compare-charts">
        {COMPARED_GROUPS.map((group) => (
          <CompareChart
            key={group}
            group={group}
            figures={comparison.figures.filter((figure) => figure.group === group)}
            runs={comparison}
            onlyDifferences={onlyDifferences}
            names={names}
          />
        ))}
      </div>
      {comparison.decisionsAfterBranch ? (
        <BranchDecisions decisions={comparison.decisionsAfterBranch} runs={comparison} words={words} />
      ) : null}
    </div>
  );
}
