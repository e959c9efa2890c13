import { useMemo } from 'react';
import {
  compareRuns,
  ComparisonError,
  type ExerciseReadModels,
  type MetricsComparison,
} from '../../../core/index';
import { eventWordsFrom } from '../../components/index';
import { useTranslate } from '../../state/index';
import { ComparePicker } from './ComparePicker';
import { ComparisonView } from './ComparisonView';
import { useOtherRun, type OtherExercise } from './use-other-run';
import './compare.css';

export interface CompareViewProps {
  /** The run under review ("this run"): the console's read models, or the evaluator station's copy. */
  models: ExerciseReadModels;
  /** Other exercises to offer (the console: those of the same scenario on its host); none at the evaluator. */
  others?: readonly OtherExercise[];
  /** The exercise chosen in the list to begin with: a branch's origin. */
  preferred?: string;
}

type Compared = { ok: true; comparison: MetricsComparison } | { ok: false; reason: string };

/**
 * The review's Compare view (issue 23): this run beside another run of the same scenario, an exercise the
 * caller offers or a journal file (a headless run, a backup) read here and checked line by line. Every
 * problem is a sentence naming the file and the line; runs of different scenarios are refused with the
 * comparison's own reason.
 */
export function CompareView({ models, others = [], preferred }: CompareViewProps) {
  const t = useTranslate();
  const { run, fromExercise, fromFile } = useOtherRun();
  const count = models.facts.count;
  const words = useMemo(() => eventWordsFrom(models.content), [models]);
  // The run under review folds in place while it runs: the count of events says when to compare again.
  const compared = useMemo((): Compared | null => {
    if (run.kind !== 'loaded') return null;
    try {
      return { ok: true, comparison: compareRuns(models, run.models) };
    } catch (error) {
      if (!(error instanceof ComparisonError)) throw error;
      return { ok: false, reason: error.message };
    }
  }, [models, count, run]);

  return (
    <section aria-labelledby="compare-heading" className="review-part compare">
      <h3 id="compare-heading">{t('compare.title')}</h3>
      <p className="muted">{t('compare.intro')}</p>
      <ComparePicker
        others={others}
        preferred={preferred}
        busy={run.kind === 'loading'}
        onExercise={(other) => void fromExercise(other)}
        onFile={(file) => void fromFile(file)}
      />
      <div aria-live="polite" className="compare-status">
        {run.kind === 'none' ? <p className="muted">{t('compare.pick.none')}</p> : null}
        {run.kind === 'loading' ? (
          <p role="status" className="compare-loading">
            {run.text(t)}
          </p>
        ) : null}
      </div>
      {run.kind === 'failed' ? (
        <p role="alert" className="problems">
          {run.text(t)}
        </p>
      ) : null}
      {run.kind === 'loaded' && run.notes.length > 0 ? (
        <ul className="compare-notes">
          {run.notes.map((note, index) => (
            <li key={index} className={note.damaged ? 'problems' : 'muted'}>
              {note.text(t)}
            </li>
          ))}
        </ul>
      ) : null}
      {compared && !compared.ok ? (
        <p role="alert" className="problems">
          {t('compare.notComparable', { reason: compared.reason })}
        </p>
      ) : null}
      {compared?.ok && run.kind === 'loaded' ? (
        <ComparisonView
          key={run.load}
          comparison={compared.comparison}
          words={words}
          organisationName={models.parties.nameOf}
        />
      ) : null}
    </section>
  );
}
