import type { ComparedRun, MetricsComparison } from '../../../core/index';
import { formatDuration, formatScenarioClock } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ColumnHeads } from '../../charts/index';

/**
 * The head of a comparison: which two runs (name, events, scenario time played, ended or not), where a
 * branch left its origin, and how many figures differ.
 */
export function RunsHeader({ comparison }: { comparison: MetricsComparison }) {
  const t = useTranslate();
  const { branchPoint } = comparison;
  const runs: { label: string; run: ComparedRun }[] = [
    { label: t('compare.runs.this'), run: comparison.a },
    { label: t('compare.runs.other'), run: comparison.b },
  ];
  return (
    <div className="compare-head">
      <div className="review-scroll">
        <table className="dense compare-runs">
          <caption>{t('compare.runs.caption')}</caption>
          <ColumnHeads
            labels={[
              t('compare.runs.run'),
              t('compare.runs.name'),
              t('compare.runs.events'),
              t('compare.runs.duration'),
              t('compare.runs.ended'),
            ]}
          />
          <tbody>
            {runs.map(({ label, run }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td title={run.exerciseId}>{run.name}</td>
                <td>{run.events}</td>
                <td>{formatDuration(run.scenarioDurationMs)}</td>
                <td>{run.ended ? t('compare.runs.yes') : t('compare.runs.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {branchPoint ? (
        <p className="compare-branch">
          {t('compare.branch', {
            time: formatScenarioClock(branchPoint.scenarioMs),
            seq: branchPoint.seq,
          })}
        </p>
      ) : null}
      <p className="compare-differing">
        {t('compare.differing', { differing: comparison.differing, total: comparison.figures.length })}
      </p>
    </div>
  );
}
