import { moverOf, type ExerciseView, type TransitionRecord } from '../../../core/index';
import { formatScenarioClock, formatWallTime, wordState } from '../../components/index';
import { useContentWords } from '../../content/index';
import { useTranslate, useUiStore } from '../../state/index';
import { describeMover, eventTitle } from './describe-mover';

/** One mechanism's or case's transitions, oldest first: when, what changed, who moved it and why. */
export function TransitionLog({
  view,
  machine,
  caption,
  records,
  canVoid,
  onVoid,
}: {
  view: ExerciseView;
  machine: string;
  caption: string;
  records: readonly TransitionRecord[];
  canVoid: boolean;
  onVoid: (record: TransitionRecord) => void;
}) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const document = view.content.playbook.mechanisms.get(machine);
  const words = useContentWords(view.content.playbook.documents);
  const states = (paths: readonly string[]) =>
    paths.map((path) => wordState(document, path, words)).join(', ');
  return (
    <table className="dense board-log">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.col.scenarioTime')}</th>
          <th scope="col">{t('board.col.wallTime')}</th>
          <th scope="col">{t('board.col.change')}</th>
          <th scope="col">{t('board.col.event')}</th>
          <th scope="col">{t('board.col.by')}</th>
          <th scope="col">{t('board.col.rationale')}</th>
          {canVoid ? <th scope="col">{t('board.col.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {records.map((record) => {
          const mover = moverOf(record);
          const voided = mover.cause === 'decision' && mover.voidReason !== null;
          return (
            <tr key={record.seq} className={voided ? 'board-voided' : undefined}>
              <td className="board-time">{formatScenarioClock(record.scenarioMs)}</td>
              <td className="board-time">{formatWallTime(record.wallMs, language)}</td>
              <td title={`${record.from.join(', ')} → ${record.to.join(', ')}`}>
                {states(record.from)} → {states(record.to)}
              </td>
              <td title={[record.event, mover.decisionId].filter(Boolean).join(' · ') || undefined}>
                {eventTitle(view, machine, record.event)}
              </td>
              <td>{describeMover(view, record, t)}</td>
              <td>
                {mover.rationale ?? ''}
                {voided ? (
                  <div className="board-void-note">
                    {t('board.voided', { reason: mover.voidReason ?? '' })}
                  </div>
                ) : null}
                {mover.cause === 'void' && mover.voidReason ? (
                  <div className="board-void-note">{t('board.restored', { reason: mover.voidReason })}</div>
                ) : null}
              </td>
              {canVoid ? (
                <td>
                  {mover.cause === 'decision' && !voided && mover.decisionId ? (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('board.voidDecision', {
                        decision: eventTitle(view, machine, record.event),
                        time: formatScenarioClock(record.scenarioMs),
                      })}
                      title={mover.decisionId}
                      onClick={() => onVoid(record)}
                    >
                      {t('board.void')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
