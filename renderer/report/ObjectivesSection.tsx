import type { ReportObjective, ReportObservation } from '../../core/index';
import { formatScenarioClock, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';
import { ReportSection } from './ReportSection';

interface ObjectivesSectionProps {
  objectives: readonly ReportObjective[];
  unassigned: readonly ReportObservation[];
  words: EventWords;
}

/** Each objective with the rating that stands and the observations behind it, by kind (HSEEP's analysis). */
export function ObjectivesSection({ objectives, unassigned, words }: ObjectivesSectionProps) {
  const t = useTranslate();
  return (
    <ReportSection id="objectives" title={t('report.section.objectives')}>
      {objectives.length === 0 ? <p>{t('report.objectives.none')}</p> : null}
      {objectives.map((objective) => (
        <article key={objective.objectiveId} className="report-objective">
          <h3>
            {objective.objectiveId}: {objective.title}
          </h3>
          <p className="report-muted">
            {t('report.objectives.capability', { capability: objective.capability })}
          </p>
          <RatingLine objective={objective} />
          <ObservationGroup
            title={t('report.objectives.strengths')}
            items={objective.strengths}
            words={words}
          />
          <ObservationGroup
            title={t('report.objectives.improvements')}
            items={objective.improvements}
            words={words}
          />
          {objective.other.length > 0 ? (
            <ObservationGroup title={t('report.objectives.other')} items={objective.other} words={words} />
          ) : null}
        </article>
      ))}
      {unassigned.length > 0 ? (
        <ObservationGroup title={t('report.objectives.unassigned')} items={unassigned} words={words} />
      ) : null}
    </ReportSection>
  );
}

function RatingLine({ objective }: { objective: ReportObjective }) {
  const t = useTranslate();
  const { rating } = objective;
  if (!rating) {
    return (
      <p>
        <strong>{t('report.objectives.rating')}:</strong> {t('report.objectives.unrated')}
      </p>
    );
  }
  return (
    <div className="report-rating">
      <p>
        <strong>{t('report.objectives.rating')}:</strong>{' '}
        <span className={`report-rating-badge rating-${rating.rating}`}>{rating.rating}</span>{' '}
        {t('report.objectives.ratedBy', {
          rating: t(`evaluator.rating.${rating.rating}` as const),
          by: rating.by ?? t('report.unknownAuthor'),
          time: formatScenarioClock(rating.at.scenarioMs),
        })}
        {rating.superseded > 0 ? ` ${t('report.objectives.superseded', { count: rating.superseded })}` : null}
      </p>
      <p>{t('report.objectives.rationale', { text: rating.rationale })}</p>
    </div>
  );
}

function ObservationGroup({
  title,
  items,
  words,
}: {
  title: string;
  items: readonly ReportObservation[];
  words: EventWords;
}) {
  const t = useTranslate();
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="report-muted">{t('report.objectives.noneOfKind')}</p>
      ) : (
        <ul className="report-observations">
          {items.map((item) => (
            <ObservationItem key={item.observationId} item={item} words={words} />
          ))}
        </ul>
      )}
    </>
  );
}

function ObservationItem({ item, words }: { item: ReportObservation; words: EventWords }) {
  const t = useTranslate();
  const links = [
    item.injectId
      ? t('report.observation.inject', { id: `${item.injectId} (${words.inject(item.injectId)})` })
      : null,
    item.decisionId ? t('report.observation.decision', { id: item.decisionId }) : null,
    item.role ? t('report.observation.role', { role: words.role(item.role) }) : null,
  ].filter((link) => link !== null);
  return (
    <li>
      <p>{item.text}</p>
      <p className="report-muted">
        {t('report.observation.meta', {
          id: item.observationId,
          by: item.by ?? t('report.unknownAuthor'),
          time: formatScenarioClock(item.at.scenarioMs),
        })}
        {item.amendments > 0 ? `; ${t('report.observation.amended', { count: item.amendments })}` : null}
        {links.length > 0 ? `. ${t('report.observation.links', { links: links.join(', ') })}` : null}
      </p>
    </li>
  );
}
