import type { MomentRole } from '../../core/index';
import { formatScenarioClock, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';

/** What each role had received and read at the scrubber's point: injects and messages. */
export function MomentRoles({ roles, words }: { roles: readonly MomentRole[]; words: EventWords }) {
  const t = useTranslate();
  return (
    <div className="review-scroll">
      <table className="dense">
        <caption>{t('review.moment.roles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.col.role')}</th>
            <th scope="col">{t('review.col.injectsReceived')}</th>
            <th scope="col">{t('review.col.injectsRead')}</th>
            <th scope="col">{t('review.col.injectsBlocked')}</th>
            <th scope="col">{t('review.col.messagesReceived')}</th>
            <th scope="col">{t('review.col.messagesRead')}</th>
            <th scope="col">{t('review.col.lastInject')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((row) => (
            <tr key={row.role} data-role={row.role}>
              <th scope="row" title={row.role}>
                {words.role(row.role)}
              </th>
              <td>{row.injectsReceived}</td>
              <td>{row.injectsRead}</td>
              <td>{row.injectsBlocked}</td>
              <td>{row.messagesReceived}</td>
              <td>{row.messagesRead}</td>
              <td>
                {row.lastInject
                  ? `${formatScenarioClock(row.lastInject.at.scenarioMs)} · ${row.lastInject.title || row.lastInject.injectId}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
