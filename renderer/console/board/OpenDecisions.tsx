import type { ExerciseView } from '../../../core/index';
import { useContentWords } from '../../content/index';
import { useTranslate } from '../../state/index';
import { playerRoles } from '../role-titles';

/** The decisions each player role could take right now, exactly as its station offers them. */
export function OpenDecisions({ view }: { view: ExerciseView }) {
  const t = useTranslate();
  const words = useContentWords(view.content.playbook.documents);
  return (
    <table className="dense">
      <caption>{t('board.open')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.col.role')}</th>
          <th scope="col">{t('board.col.decisions')}</th>
        </tr>
      </thead>
      <tbody>
        {playerRoles(view).map((role) => {
          const open = view.openDecisions(role);
          return (
            <tr key={role}>
              <th scope="row">{words.role(role)}</th>
              <td>
                {open.length === 0 ? (
                  <span className="muted">{t('board.openNone')}</span>
                ) : (
                  <ul className="board-open" aria-label={`${t('board.col.decisions')}: ${words.role(role)}`}>
                    {open.map((decision) => (
                      <li
                        key={`${decision.machine}|${decision.instance ?? ''}|${decision.newCase}|${decision.event}`}
                      >
                        <span title={`${decision.machine} · ${decision.event}`}>
                          {words.event(decision.machine, decision.event)}
                        </span>{' '}
                        <span className="muted">
                          — {words.mechanism(decision.machine)}
                          {decision.instance ? ` (${decision.instance})` : ''}
                          {decision.newCase ? ` (${t('board.newCase')})` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
