import { useMemo } from 'react';
import type { ExerciseReadModels } from '../../core/index';
import { formatScenarioClock, MarkActionForm, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { evaluationGuide, type GuideAction } from './guide-status';

/** The exercise evaluation guide: per objective, its injects' evaluator notes and expected actions. */
export function EvaluationGuide({
  models,
  send,
  locked,
}: {
  models: ExerciseReadModels;
  send: SendCommand;
  /** Why marking is off (the host unreachable, …); null when it is on. */
  locked: string | null;
}) {
  const t = useTranslate();
  const { scenario } = models.content;
  const folded = models.facts.count;
  const guide = useMemo(
    () => evaluationGuide(scenario, models.expected),
    // The models fold in place: the outcomes change only when another event has been folded.
    [scenario, models, folded],
  );
  return (
    <section aria-labelledby="guide-heading" className="evaluator-section">
      <h2 id="guide-heading">{t('evaluator.section.guide')}</h2>
      {guide.map(({ objective, injects }) => (
        <article key={objective?.id ?? '-'} className="guide-objective">
          <h3>{objective ? objective.title : t('evaluator.guide.noObjective')}</h3>
          {objective ? (
            <p className="muted">
              {t('evaluator.guide.capability', { capability: objective.capability })}
              {objective.description ? ` — ${objective.description}` : ''}
            </p>
          ) : null}
          {injects.length === 0 ? <p className="muted">{t('evaluator.guide.noActions')}</p> : null}
          {injects.map((inject) => (
            <div key={inject.injectId} className="guide-inject">
              <h4>
                {inject.injectId} · {inject.title}
              </h4>
              {inject.evaluatorNotes ? (
                <p className="evaluator-notes">
                  <strong>{t('evaluator.guide.notes')}</strong> {inject.evaluatorNotes}
                </p>
              ) : null}
              {inject.actions.length > 0 ? (
                <table className="dense">
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluator.guide.action')}</th>
                      <th scope="col">{t('evaluator.guide.role')}</th>
                      <th scope="col">{t('evaluator.guide.expected')}</th>
                      <th scope="col">{t('evaluator.guide.window')}</th>
                      <th scope="col">{t('evaluator.guide.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inject.actions.map((entry) => (
                      <ActionRow key={entry.action.id} entry={entry} send={send} locked={locked} />
                    ))}
                  </tbody>
                </table>
              ) : null}
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}

function ActionRow({
  entry,
  send,
  locked,
}: {
  entry: GuideAction;
  send: SendCommand;
  locked: string | null;
}) {
  const t = useTranslate();
  const { action, outcome } = entry;
  const freeText = 'text' in action;
  const markable = freeText && outcome.status !== 'not-released';
  return (
    <tr>
      <td>{action.id}</td>
      <td>{action.role}</td>
      <td>
        {'text' in action
          ? action.text
          : t('evaluator.guide.decision', {
              decision: `${action.event.machine} ${action.event.event}${action.event.instance ? ` (${action.event.instance})` : ''}`,
            })}
        {markable ? (
          // A disabled fieldset turns off every control of the shared form inside it.
          <fieldset className="evaluator-fieldset" disabled={locked !== null}>
            <MarkActionForm injectId={entry.injectId} actionId={action.id} send={send} />
            {locked !== null ? <p className="evaluator-locked muted">{locked}</p> : null}
          </fieldset>
        ) : null}
      </td>
      <td>
        {action.window ?? t('evaluator.guide.noWindow')}
        {outcome.deadlineMs !== null ? (
          <span className="muted">
            {' '}
            · {t('evaluator.guide.until', { time: formatScenarioClock(outcome.deadlineMs) })}
          </span>
        ) : null}
      </td>
      <td>
        <span className={`action-status action-${outcome.status}`}>
          {t(`expected.status.${outcome.status}`)}
        </span>
        {outcome.decisionId ? <span className="muted"> · {outcome.decisionId}</span> : null}
        {outcome.note ? <span className="muted"> · {outcome.note}</span> : null}
      </td>
    </tr>
  );
}
