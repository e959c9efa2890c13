import {
  PHASE_MECHANISM,
  type ContentWords,
  type ExerciseReadModels,
  type ReviewMoment,
} from '../../core/index';
import {
  CoordinationMatrix,
  coordinationMatrix,
  formatScenarioClock,
  labelState,
  StateList,
  type EventWords,
} from '../components/index';
import { useTranslate } from '../state/index';
import { MomentRoles } from './MomentRoles';

/** The newest decisions the moment lists; the Decisions view has them all. */
const RECENT_DECISIONS = 5;

/**
 * The exercise as it stood at the scrubber's point: the Playbook phase, every mechanism's state, what each
 * role had received and read, the decisions taken by then and the coordination picture.
 */
export function MomentView({
  models,
  moment,
  words,
  contentWords,
}: {
  models: ExerciseReadModels;
  moment: ReviewMoment;
  words: EventWords;
  contentWords: ContentWords;
}) {
  const t = useTranslate();
  const { playbook } = models.content;
  const labelled = (machine: string, states: readonly string[]) =>
    states.map((path) => labelState(playbook.mechanisms.get(machine), path));
  const phase = moment.mechanisms.find((row) => row.machine === PHASE_MECHANISM);
  const mechanisms = moment.mechanisms.filter((row) => row.machine !== PHASE_MECHANISM);
  const standing = moment.decisions.filter((row) => !row.voided);
  const recent = standing.slice(-RECENT_DECISIONS).reverse();
  const { euNato } = moment;

  return (
    <div className="review-moment" aria-live="off">
      <p className="review-moment-head">
        <strong>{t('review.moment.at', { time: formatScenarioClock(moment.scenarioMs) })}</strong>{' '}
        <span className="muted">{t('review.moment.event', { seq: moment.seq })}</span>
      </p>
      <div className="review-phase">
        <strong>{t('review.moment.phase')}:</strong>{' '}
        {phase ? (
          <StateList
            machine={PHASE_MECHANISM}
            states={labelled(PHASE_MECHANISM, phase.states)}
            words={contentWords}
          />
        ) : (
          <span className="muted">{t('review.moment.noPhase')}</span>
        )}
      </div>

      <div className="review-scroll">
        <table className="dense">
          <caption>{t('review.moment.mechanisms', { count: mechanisms.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.col.mechanism')}</th>
              <th scope="col">{t('review.col.state')}</th>
              <th scope="col">{t('review.col.since')}</th>
            </tr>
          </thead>
          <tbody>
            {mechanisms.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  {t('review.moment.noMechanism')}
                </td>
              </tr>
            ) : (
              mechanisms.map((row) => (
                <tr key={row.actorKey} data-actor={row.actorKey}>
                  <th scope="row" title={row.actorKey}>
                    {words.mechanism(row.actorKey)}
                  </th>
                  <td>
                    <StateList
                      machine={row.machine}
                      states={labelled(row.machine, row.states)}
                      words={contentWords}
                    />
                  </td>
                  <td>{formatScenarioClock(row.since.scenarioMs)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <MomentRoles roles={moment.roles} words={words} />

      <section aria-labelledby="review-moment-decisions" className="review-part">
        <h3 id="review-moment-decisions">
          {t('review.moment.decisions', {
            count: standing.length,
            voided: moment.decisions.length - standing.length,
          })}
        </h3>
        {recent.length === 0 ? (
          <p className="muted">{t('review.moment.noDecision')}</p>
        ) : (
          <ol className="review-recent" reversed>
            {recent.map(({ record }) => (
              <li key={record.decisionId}>
                {`${formatScenarioClock(record.scenarioMs)} · ${words.role(record.role)} · ${words.decision(record.machine, record.event)}`}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="review-moment-coordination" className="review-part">
        <h3 id="review-moment-coordination">{t('review.moment.coordination')}</h3>
        <p>
          {t('review.moment.euNato', {
            exchanges: euNato.exchanges,
            messages: euNato.messages,
            products: euNato.products,
            blocked: euNato.blocked,
          })}
        </p>
        <CoordinationMatrix matrix={coordinationMatrix(models, moment.seq)} />
      </section>
    </div>
  );
}
