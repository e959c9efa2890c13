import { useTranslate } from '../../state/index';
import type { CoordinationFold } from './coordination-fold';

/**
 * Organisation × organisation: what each sent the other (messages and injects delivered), with the
 * decisions each took beside its name.
 */
export function CoordinationMatrix({ fold }: { fold: CoordinationFold }) {
  const t = useTranslate();
  const { senders, receivers } = fold.axes();
  if (senders.length === 0) return <p className="muted">{t('board.coord.empty')}</p>;
  return (
    <div className="board-scroll">
      <table className="dense board-matrix">
        <caption>{t('board.coord.matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.coord.fromTo')}</th>
            <th scope="col">{t('board.coord.decisionsTaken')}</th>
            {receivers.map((organisation) => (
              <th scope="col" key={organisation}>
                {fold.nameOf(organisation)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {senders.map((from) => (
            <tr key={from}>
              <th scope="row">{fold.nameOf(from)}</th>
              <td className="board-cell board-decisions">{fold.decisions.get(from) ?? 0}</td>
              {receivers.map((to) => {
                const cell = fold.cell(from, to);
                const parts = [
                  cell.messages > 0 ? t('board.coord.cellMessages', { count: cell.messages }) : '',
                  cell.injects > 0 ? t('board.coord.cellInjects', { count: cell.injects }) : '',
                ].filter(Boolean);
                return (
                  <td
                    key={to}
                    className={parts.length === 0 ? 'board-cell muted' : 'board-cell'}
                    title={t('board.coord.cellLabel', {
                      from: fold.nameOf(from),
                      to: fold.nameOf(to),
                      messages: cell.messages,
                      injects: cell.injects,
                    })}
                  >
                    {parts.length === 0 ? '·' : parts.join(' · ')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
