import { useMemo, useState } from 'react';
import { decisionAnswer, type DecisionRecord, type ExerciseReadModels } from '../../core/index';
import { formatDuration, formatScenarioClock, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';

/** Rows shown at first and added by "Show more": a long exercise takes thousands of decisions. */
const PAGE = 100;
const STAGES = ['report', 'notify', 'assess', 'decide', 'activate', 'other'] as const;

/**
 * Every decision of the log: when, who (and who played the role), the mechanism and the Playbook decision,
 * its stage, the inject it answers and how long after that inject reached the role, the rationale, and a
 * void with its reason. Filtered by role; newest last, as the log has them.
 */
export function DecisionsList({ models, words }: { models: ExerciseReadModels; words: EventWords }) {
  const t = useTranslate();
  const [role, setRole] = useState('');
  const [shown, setShown] = useState(PAGE);
  const count = models.facts.count;
  // The history grows in place: the count of events folded says when to read it again.
  const all = useMemo(() => [...models.history.decisions()], [models, count]);
  const roles = useMemo(() => [...new Set(all.map((decision) => decision.role))].sort(), [all]);
  const listed = role === '' ? all : all.filter((decision) => decision.role === role);

  return (
    <section aria-labelledby="review-decisions-heading" className="review-part">
      <h3 id="review-decisions-heading">{t('review.decisions.title', { count: all.length })}</h3>
      <label>
        {t('review.decisions.role')}{' '}
        <select
          value={role}
          onChange={(event) => {
            setRole(event.target.value);
            setShown(PAGE);
          }}
        >
          <option value="">{t('review.decisions.allRoles')}</option>
          {roles.map((id) => (
            <option key={id} value={id}>
              {words.role(id)}
            </option>
          ))}
        </select>
      </label>
      {listed.length === 0 ? (
        <p className="muted">{t('review.decisions.none')}</p>
      ) : (
        <div className="review-scroll">
          <table className="dense review-decisions">
            <caption>
              {t('review.decisions.caption', { shown: Math.min(shown, listed.length), count: listed.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('review.col.when')}</th>
                <th scope="col">{t('review.col.role')}</th>
                <th scope="col">{t('review.col.mechanism')}</th>
                <th scope="col">{t('review.col.decision')}</th>
                <th scope="col">{t('review.col.stage')}</th>
                <th scope="col">{t('review.col.answers')}</th>
                <th scope="col">{t('review.col.after')}</th>
                <th scope="col">{t('review.col.rationale')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.slice(0, shown).map((decision) => (
                <DecisionRow key={decision.decisionId} decision={decision} models={models} words={words} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listed.length > shown ? (
        <button type="button" className="secondary" onClick={() => setShown(shown + PAGE)}>
          {t('review.decisions.more', { count: Math.min(PAGE, listed.length - shown) })}
        </button>
      ) : null}
    </section>
  );
}

function DecisionRow({
  decision,
  models,
  words,
}: {
  decision: DecisionRecord;
  models: ExerciseReadModels;
  words: EventWords;
}) {
  const t = useTranslate();
  const answer = decisionAnswer(decision, models.injects);
  const stage = STAGES.find((name) => name === decision.stage) ?? 'other';
  return (
    <tr data-decision={decision.decisionId} className={decision.voided ? 'review-voided' : undefined}>
      <td>{formatScenarioClock(decision.scenarioMs)}</td>
      <td>
        {words.role(decision.role)}
        {decision.playedBy ? (
          <span className="muted">
            {' '}
            {t('review.decisions.playedBy', { by: words.role(decision.playedBy) })}
          </span>
        ) : null}
      </td>
      <td>{words.mechanism(decision.actorKey)}</td>
      <td>
        {words.decision(decision.machine, decision.event)}
        {decision.voided ? (
          <span className="review-void">
            {' '}
            {t('review.decisions.voided', {
              time: formatScenarioClock(decision.voided.scenarioMs),
              reason: decision.voided.reason,
            })}
          </span>
        ) : null}
      </td>
      <td>{t(`review.stage.${stage}`)}</td>
      <td>{answer ? words.inject(answer.injectId) : '—'}</td>
      <td>{answer ? formatDuration(answer.afterMs) : '—'}</td>
      <td>{decision.rationale ?? '—'}</td>
    </tr>
  );
}
