import { injectById, type ExerciseView } from '../../../core/index';
import { formatScenarioClock } from '../../components/index';
import type { MessageKey } from '../../i18n/index';
import { useTranslate } from '../../state/index';
import { injectLogOf } from '../read-models';
import type { MselNames } from './msel-labels';

interface InjectRecordProps {
  view: ExerciseView;
  injectId: string;
  names: MselNames;
}

/** Control material of one inject: its expected actions, evaluator notes and objectives, and its log. */
export function InjectRecord({ view, injectId, names }: InjectRecordProps) {
  const t = useTranslate();
  const inject = injectById(view.content.scenario).get(injectId);
  const state = view.state.injects[injectId];
  const steps = injectLogOf(view).get(injectId)?.steps ?? [];
  return (
    <>
      {inject ? (
        <section aria-label={t('msel.details.expected')}>
          <h4>{t('msel.details.expected')}</h4>
          {inject.expectedActions.length === 0 ? (
            <p className="muted">{t('msel.details.noExpected')}</p>
          ) : null}
          <ul className="msel-expected">
            {inject.expectedActions.map((action) => {
              const status = state?.expected[action.id]?.status;
              return (
                <li key={action.id}>
                  <strong>{action.id}</strong>{' '}
                  {'event' in action
                    ? t('msel.details.expectedEvent', {
                        role: names.role(action.role),
                        machine: names.mechanism(action.event.machine),
                        event: names.decision(action.event.machine, action.event.event),
                      })
                    : t('msel.details.expectedText', { role: names.role(action.role), text: action.text })}
                  {action.window ? ` — ${t('msel.details.window', { window: action.window })}` : ''}
                  {status ? (
                    <span className={`expected expected-${status}`}> {t(`expected.status.${status}`)}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {inject.evaluatorNotes ? (
            <>
              <h4>{t('msel.details.notes')}</h4>
              <p className="msel-text">{inject.evaluatorNotes}</p>
            </>
          ) : null}
          {inject.objectives.length > 0 ? (
            <p>
              {t('msel.details.objectives')}:{' '}
              {inject.objectives.map((objective) => names.objective(objective)).join('; ')}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-label={t('msel.details.timeline')}>
        <h4>{t('msel.details.timeline')}</h4>
        {steps.length === 0 ? (
          <p className="muted">{t('msel.details.noTimeline')}</p>
        ) : (
          <table className="dense">
            <tbody>
              {steps.map((step, index) => (
                <tr key={index}>
                  <td>{formatScenarioClock(step.scenarioMs)}</td>
                  <td title={step.role ?? undefined}>
                    {step.role ? names.role(step.role) : t('msel.details.everyone')}
                  </td>
                  <td>{t(`msel.step.${step.type}` as MessageKey, { reason: step.reason ?? '' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
