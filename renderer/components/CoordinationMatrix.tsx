import './states-and-matrix.css';
import { useTranslate } from '../state/index';
import type { CoordinationMatrixView } from './coordination-view';

/**
 * Organisation × organisation: what each sent the other (messages and injects delivered), with the
 * decisions each took beside its name.
 */
export function CoordinationMatrix({ matrix }: { matrix: CoordinationMatrixView }) {
  const t = useTranslate();
  const { senders, receivers } = matrix;
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
                {matrix.nameOf(organisation)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {senders.map((from) => (
            <tr key={from}>
              <th scope="row">
                {matrix.nameOf(from)}
                {matrix.playedBy.has(from) ? (
                  <span className="muted">
                    {' '}
                    {t('board.coord.playedBy', { players: matrix.playedBy.get(from)?.join(', ') ?? '' })}
                  </span>
                ) : null}
              </th>
              <td className="board-cell board-decisions">{matrix.decisions.get(from) ?? 0}</td>
              {receivers.map((to) => {
                const cell = matrix.cell(from, to);
                const parts = [
                  cell.messages > 0 ? t('board.coord.cellMessages', { count: cell.messages }) : '',
                  cell.injects > 0 ? t('board.coord.cellInjects', { count: cell.injects }) : '',
                ].filter(Boolean);
                return (
                  <td
                    key={to}
                    className={parts.length === 0 ? 'board-cell muted' : 'board-cell'}
                    title={t('board.coord.cellLabel', {
                      from: matrix.nameOf(from),
                      to: matrix.nameOf(to),
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
