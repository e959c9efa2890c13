import type { ComparedDecision, ComparedRun } from '../../../core/index';
import { formatScenarioClock, type EventWords } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ColumnHeads } from '../../charts/index';

/**
 * Where a branch and its origin part ways: the decisions each run took after the branch point, side by
 * side, named with the content's words. A voided decision is listed, as the log has it, and says so.
 */
export function BranchDecisions({
  decisions,
  runs,
  words,
}: {
  decisions: { a: readonly ComparedDecision[]; b: readonly ComparedDecision[] };
  runs: { a: ComparedRun; b: ComparedRun };
  words: EventWords;
}) {
  const t = useTranslate();
  const sides = [
    { side: 'a' as const, label: t('compare.runs.this') },
    { side: 'b' as const, label: t('compare.runs.other') },
  ];
  return (
    <section aria-labelledby="compare-decisions-heading" className="review-part">
      <h3 id="compare-decisions-heading">{t('compare.decisions.title')}</h3>
      <div className="compare-decisions">
        {sides.map(({ side, label }) => (
          // Each side scrolls on its own when the columns are narrow: a named region the keyboard can reach.
          <div key={side} className="review-scroll" role="region" aria-label={label} tabIndex={0}>
            <table className="dense">
              <caption>
                {t('compare.decisions.caption', {
                  run: label,
                  name: runs[side].name,
                  count: decisions[side].length,
                })}
              </caption>
              <ColumnHeads
                labels={[
                  t('compare.col.when'),
                  t('compare.col.role'),
                  t('compare.col.mechanism'),
                  t('compare.col.decision'),
                  t('compare.col.rationale'),
                ]}
              />
              <tbody>
                {decisions[side].length === 0 ? (
                  <tr>
                    <td colSpan={5} className="muted">
                      {t('compare.decisions.none')}
                    </td>
                  </tr>
                ) : (
                  decisions[side].map((decision) => (
                    <DecisionRow key={decision.decisionId} decision={decision} words={words} />
                  ))
                )}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}

function DecisionRow({ decision, words }: { decision: ComparedDecision; words: EventWords }) {
  const t = useTranslate();
  const actor = decision.instance === null ? decision.machine : `${decision.machine}#${decision.instance}`;
  return (
    <tr data-decision={decision.decisionId} className={decision.voided ? 'review-voided' : undefined}>
      <td>{formatScenarioClock(decision.scenarioMs)}</td>
      <td>{decision.role === null ? '—' : words.role(decision.role)}</td>
      <td>{words.mechanism(actor)}</td>
      <td>
        {words.decision(decision.machine, decision.event)}
        {decision.voided ? <span className="review-void"> {t('compare.decisions.voided')}</span> : null}
      </td>
      <td>{decision.rationale ?? '—'}</td>
    </tr>
  );
}
