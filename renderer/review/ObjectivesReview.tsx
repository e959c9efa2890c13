import { useMemo } from 'react';
import { OBSERVATION_KINDS, type ExerciseReadModels, type RecordedObservation } from '../../core/index';
import { formatScenarioClock, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';

/** The objectives as the evaluation record leaves them: the rating that stands, and the observations by kind. */
export function ObjectivesReview({ models, words }: { models: ExerciseReadModels; words: EventWords }) {
  const t = useTranslate();
  const count = models.facts.count;
  const { objectives } = models.content.scenario;
  // The evaluation log grows in place: the count of events folded says when to read it again.
  const { ratings, byObjective } = useMemo(() => {
    const grouped = new Map<string | null, RecordedObservation[]>();
    for (const observation of models.evaluation.observations()) {
      const list = grouped.get(observation.objectiveId) ?? [];
      list.push(observation);
      grouped.set(observation.objectiveId, list);
    }
    return { ratings: models.evaluation.latestRatings(), byObjective: grouped };
  }, [models, count]);
  const unlinked = byObjective.get(null) ?? [];

  return (
    <section aria-labelledby="review-objectives-heading" className="review-part">
      <h3 id="review-objectives-heading">{t('review.objectives.title')}</h3>
      <p className="muted">{t('evaluator.rating.scale')}</p>
      {objectives.length === 0 ? <p className="muted">{t('review.objectives.none')}</p> : null}
      {objectives.map((objective) => {
        const rating = ratings.get(objective.id);
        return (
          <article
            key={objective.id}
            className="review-objective"
            aria-labelledby={`review-objective-${objective.id}`}
          >
            <h4 id={`review-objective-${objective.id}`}>{words.objective(objective.id)}</h4>
            <p className="muted">{objective.capability}</p>
            <p>
              <strong>{t('review.objectives.rating')}:</strong>{' '}
              {rating ? (
                <>
                  <span className={`review-rating review-rating-${rating.rating}`}>
                    {t(`evaluator.rating.${rating.rating}`)}
                  </span>{' '}
                  — {rating.rationale}
                </>
              ) : (
                <span className="muted">{t('evaluator.rating.none')}</span>
              )}
            </p>
            <ObservationGroups observations={byObjective.get(objective.id) ?? []} />
          </article>
        );
      })}
      {unlinked.length > 0 ? (
        <article className="review-objective" aria-labelledby="review-objective-none">
          <h4 id="review-objective-none">{t('review.objectives.unlinked')}</h4>
          <ObservationGroups observations={unlinked} />
        </article>
      ) : null}
    </section>
  );
}

/** Strengths, areas for improvement and other observations, each with when it was recorded. */
function ObservationGroups({ observations }: { observations: readonly RecordedObservation[] }) {
  const t = useTranslate();
  if (observations.length === 0) return <p className="muted">{t('review.objectives.noObservation')}</p>;
  const kinds = [...OBSERVATION_KINDS].sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);
  return (
    <>
      {kinds.map((kind) => {
        const listed = observations.filter((observation) => observation.current.kind === kind);
        if (listed.length === 0) return null;
        return (
          <div key={kind} className={`review-observations review-kind-${kind}`}>
            <h5>{t(`review.objectives.kind.${kind}`, { count: listed.length })}</h5>
            <ul>
              {listed.map((observation) => (
                <li key={observation.observationId}>
                  <span className="muted">{`${formatScenarioClock(observation.scenarioMs)} · ${observation.observationId}`}</span>{' '}
                  {observation.current.body}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** Strengths first, then what to improve, then the rest: the order a hot wash reads them in. */
const KIND_ORDER: Record<(typeof OBSERVATION_KINDS)[number], number> = {
  strength: 0,
  improvement: 1,
  observation: 2,
};
