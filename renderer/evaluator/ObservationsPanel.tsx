import { useMemo } from 'react';
import type { ScenarioDocument, StationEvent } from '../../core/index';
import { useTranslate } from '../state/index';
import { evaluationRecord } from './evaluation-record';
import type { SendCommand } from './EvaluatorScreen';
import { ObservationForm } from './ObservationForm';
import { ObservationItem } from './ObservationItem';
import { OBSERVATION_KINDS } from './observation-fields';

/** Observations, strengths and areas for improvement, grouped by kind, newest first. */
export function ObservationsPanel({
  events,
  scenario,
  send,
}: {
  events: readonly StationEvent[];
  scenario: ScenarioDocument;
  send: SendCommand;
}) {
  const t = useTranslate();
  const { observations } = useMemo(() => evaluationRecord(events), [events]);
  const titles = new Map(scenario.objectives.map((objective) => [objective.id, objective.title]));
  return (
    <section aria-labelledby="observations-heading" className="evaluator-section">
      <h2 id="observations-heading">{t('evaluator.section.observations')}</h2>
      <ObservationForm events={events} scenario={scenario} send={send} />
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
                    send={send}
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
