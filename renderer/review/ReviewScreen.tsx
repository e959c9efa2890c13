import { useMemo, useState } from 'react';
import { metricsOf, PHASE_MECHANISM, reviewMoment, type ExerciseReadModels } from '../../core/index';
import { eventWordsFrom, formatScenarioClock, type SendCommand } from '../components/index';
import { useContentWords } from '../content/index';
import { ReportView, type ReportLog } from '../report/index';
import { useTranslate } from '../state/index';
import { BranchForm, BranchNote, type CheckBranch, type MakeBranch } from './branch/index';
import { ReviewCharts } from '../charts/index';
import { CompareView, type OtherExercise } from './compare/index';
import { DecisionsList } from './DecisionsList';
import { keyEvents } from './key-events';
import { MomentView } from './MomentView';
import { ObjectivesReview } from './ObjectivesReview';
import { ImprovementPlanPanel } from './plan/index';
import { Scrubber } from './Scrubber';
import './review.css';

export const REVIEW_VIEWS = [
  'timeline',
  'charts',
  'decisions',
  'objectives',
  'plan',
  'compare',
  'report',
] as const;
export type ReviewView = (typeof REVIEW_VIEWS)[number];

export interface ReviewScreenProps {
  /** The read models of the whole log: the console's, or the evaluator station's own copy. */
  models: ExerciseReadModels;
  /** The log the models were folded from, as the report takes it: its marking, and its events for the exports. */
  log: ReportLog;
  /** Sends the improvement plan's commands (EXCON's at the console, the evaluator's at the station). */
  send: SendCommand;
  /** Why recording is off (the host unreachable, the copy behind), or null. */
  locked: string | null;
  /** The view to open on. */
  initialView?: ReviewView;
  /** For the Compare view: other exercises of the same scenario to offer (the console's host); none elsewhere. */
  others?: readonly OtherExercise[];
  /** For the Compare view: the exercise offered first (a branch's origin). */
  preferred?: string;
  /** Makes a what-if branch from the scrubber's point (the console only: the host makes exercises). */
  onBranch?: MakeBranch;
  /** Checks a branch's copied part against its origin (the console, which can read both journals). */
  checkBranch?: CheckBranch;
}

/**
 * The after-action review (issue 22): replay any moment with the scrubber, the charts with their tables, the
 * decisions, the objectives, the improvement plan, this run beside another of the same scenario (issue 23),
 * and the after-action report to save, print and export (issue 24). While the exercise runs it follows the log read-only; once ended, the plan can be written. Every figure
 * is read from the same read models as metrics.json.
 */
export function ReviewScreen({
  models,
  log,
  send,
  locked,
  initialView = 'timeline',
  others,
  preferred,
  onBranch,
  checkBranch,
}: ReviewScreenProps) {
  const t = useTranslate();
  const [view, setView] = useState<ReviewView>(initialView);
  const { facts, content } = models;
  const count = facts.count;
  const endMs = facts.lastScenarioMs;
  // Null follows the end of the log (a running exercise keeps growing); a chosen time stays where it was put.
  const [chosen, setChosen] = useState<number | null>(null);
  const at = Math.min(chosen ?? endMs, endMs);
  const words = useMemo(() => eventWordsFrom(content), [content]);
  const contentWords = useContentWords(content.playbook.documents);
  // The models fold in place: the count of events folded says when anything derived must be read again.
  const metrics = useMemo(() => metricsOf(models), [models, count]);
  const marks = useMemo(
    () =>
      keyEvents(models, words, {
        phase: (states) =>
          t('review.mark.phase', {
            phase: states.map((path) => contentWords.state(PHASE_MECHANISM, path)).join(', '),
          }),
        started: (mechanism) => t('review.mark.started', { mechanism }),
        ended: t('review.mark.ended'),
      }),
    [models, count, words, contentWords, t],
  );
  const point = facts.lastAt(at);
  const moment = useMemo(
    () => (point ? reviewMoment(models, { seq: point.seq, scenarioMs: at }) : null),
    [models, count, point?.seq, at],
  );
  const planLock = facts.ended ? locked : t('review.plan.running');

  return (
    <section aria-labelledby="review-heading" className="review">
      <h2 id="review-heading">{t('review.title')}</h2>
      <p className="muted">{facts.ended ? t('review.ended', { count }) : t('review.running', { count })}</p>
      {facts.branch ? <BranchNote branch={facts.branch} check={checkBranch} /> : null}
      <nav aria-label={t('review.views')} className="review-tabs">
        {REVIEW_VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            className="secondary"
            aria-pressed={view === name}
            onClick={() => setView(name)}
          >
            {t(`review.view.${name}`)}
          </button>
        ))}
      </nav>
      {view === 'timeline' ? (
        <>
          <Scrubber value={at} endMs={endMs} events={marks} onChange={setChosen} />
          {onBranch ? (
            <BranchForm
              point={point ? { seq: point.seq, time: formatScenarioClock(at) } : null}
              exerciseName={facts.name}
              endedSeq={facts.endedSeq}
              onBranch={onBranch}
            />
          ) : null}
          {moment ? (
            <MomentView models={models} moment={moment} words={words} contentWords={contentWords} />
          ) : (
            <p className="muted">{t('review.empty')}</p>
          )}
        </>
      ) : view === 'charts' ? (
        <ReviewCharts
          metrics={metrics}
          crossings={models.exchange.crossings()}
          words={words}
          organisationName={models.parties.nameOf}
        />
      ) : view === 'decisions' ? (
        <DecisionsList models={models} words={words} />
      ) : view === 'objectives' ? (
        <ObjectivesReview models={models} words={words} />
      ) : view === 'plan' ? (
        <ImprovementPlanPanel models={models} send={send} locked={planLock} />
      ) : view === 'compare' ? (
        <CompareView models={models} others={others} preferred={preferred} />
      ) : (
        <ReportView models={models} log={log} />
      )}
    </section>
  );
}
