import { useMemo } from 'react';
import type { ExerciseReadModels, StationEvent } from '../../core/index';
import { eventWordsFrom, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { ObservationForm } from './ObservationForm';
import { ObservationItem } from './ObservationItem';
import { OBSERVATION_KINDS } from './observation-fields';
import { linkLabel, linkOptions } from './observation-links';

/** Observations, strengths and areas for improvement, grouped by kind, newest first. */
export function ObservationsPanel({
  events,
  models,
  send,
  locked,
}: {
  /** The stream itself, for what an observation may point at. */
  events: readonly StationEvent[];
  models: ExerciseReadModels;
  send: SendCommand;
  /** Why recording is off (the host unreachable, …); null when it is on. */
  locked: string | null;
}) {
  const t = useTranslate();
  const { scenario } = models.content;
  const folded = models.facts.count;
  // The models fold in place: the observations change only when another event has been folded.
  const observations = useMemo(() => models.evaluation.observations(), [models, folded]);
  const titles = new Map(scenario.objectives.map((objective) => [objective.id, objective.title]));
  const words = useMemo(() => eventWordsFrom(models.content), [models.content]);
  const options = linkOptions(events, scenario, words);
  const labelOf = (kind: 'inject' | 'decision' | 'role', id: string) =>
    kind === 'role' ? words.role(id) : linkLabel(kind === 'inject' ? options.injects : options.decisions, id);
  return (
    <section aria-labelledby="observations-heading" className="evaluator-section">
      <h2 id="observations-heading">{t('evaluator.section.observations')}</h2>
      <ObservationForm events={events} scenario={scenario} words={words} send={send} locked={locked} />
      {OBSERVATION_KINDS.map((kind) => {
        const group = observations.filter((observation) => observation.current.kind === kind).reverse();
        return (
          <section key={kind} aria-labelledby={`observations-${kind}`}>
            <h3 id={`observations-${kind}`}>
              {t(`evaluator.group.${kind}`)} ({group.length})
            </h3>
            {group.length === 0 ? (
              <p className="muted">{t('evaluator.observation.none')}</p>
            ) : (
              <ul className="observation-list">
                {group.map((observation) => (
                  <ObservationItem
                    key={observation.observationId}
                    observation={observation}
                    objectiveTitle={
                      observation.objectiveId
                        ? (titles.get(observation.objectiveId) ?? observation.objectiveId)
                        : null
                    }
                    linkLabel={labelOf}
                    send={send}
                    locked={locked}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
