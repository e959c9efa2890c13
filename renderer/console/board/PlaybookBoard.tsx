import { useRef, useState } from 'react';
import { formatScenarioClock, StateList, useCommand } from '../../components/index';
import type { TransitionRecord } from '../../../core/index';
import { useContentWords } from '../../content/index';
import { useTranslate } from '../../state/index';
import type { ConsoleProps } from '../console-props';
import { readModelsOf } from '../read-models';
import { useViewVersion } from '../use-view-version';
import { describeMover, eventTitle } from './describe-mover';
import { mechanismRows, playbookPhase } from './mechanism-board';
import { OpenDecisions } from './OpenDecisions';
import { TransitionLog } from './TransitionLog';
import { VoidDialog } from './VoidDialog';
import './board.css';

/** The newest transitions a log shows: an actor a timer moves every few hours can gather thousands. */
const LOG_LIMIT = 100;

/**
 * The playbook board: the Playbook phase, every mechanism's and case's state and who moved it when, the
 * decisions open to each role, and voiding a decision with a reason.
 */
export function PlaybookBoard({ view, send }: ConsoleProps) {
  const t = useTranslate();
  const words = useContentWords(view.content.playbook.documents);
  useViewVersion(view);
  const { history } = readModelsOf(view);
  const { run, refusal } = useCommand(send);
  const [voiding, setVoiding] = useState<{ record: TransitionRecord; machine: string } | null>(null);
  // Logs are rendered only while open, so a long exercise does not re-render every log on every event.
  const [openLogs, setOpenLogs] = useState<ReadonlySet<string>>(new Set());
  const returnFocus = useRef<HTMLElement | null>(null);
  const toggleLog = (actorKey: string) =>
    setOpenLogs((current) => {
      const next = new Set(current);
      if (!next.delete(actorKey)) next.add(actorKey);
      return next;
    });
  const startVoid = (record: TransitionRecord, machine: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setVoiding({ record, machine });
  };
  const closeVoid = () => {
    setVoiding(null);
    returnFocus.current?.focus();
  };
  const phase = playbookPhase(view);
  const phaseMoved = phase ? history.lastMove(phase.actorKey) : null;
  const mechanismTitle = (machine: string) => words.mechanism(machine);

  return (
    <section aria-labelledby="board-heading" className="board">
      <h2 id="board-heading">{t('board.title')}</h2>
      <div className="board-phase">
        <strong>{t('board.phase')}:</strong>{' '}
        {phase ? (
          <>
            <StateList machine={phase.actorKey} states={phase.states} words={words} />{' '}
            {phase.states[0]?.description ? <span>{phase.states[0].description}</span> : null}
            {phaseMoved ? (
              <span className="muted">
                {' '}
                {t('board.phaseMoved', { time: formatScenarioClock(phaseMoved.scenarioMs) })}
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">{t('board.phaseNone')}</span>
        )}
      </div>
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      <table className="dense board-table">
        <caption>{t('board.mechanisms')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.col.mechanism')}</th>
            <th scope="col">{t('board.col.case')}</th>
            <th scope="col">{t('board.col.state')}</th>
            <th scope="col">{t('board.col.lastMoved')}</th>
            <th scope="col">{t('board.col.history')}</th>
          </tr>
        </thead>
        <tbody>
          {mechanismRows(view).flatMap((row) =>
            row.cases.length === 0
              ? [
                  <tr key={row.machine}>
                    <th scope="row" title={row.machine}>
                      {mechanismTitle(row.machine)}
                    </th>
                    <td colSpan={4} className="muted">
                      {t('board.noCase')}
                    </td>
                  </tr>,
                ]
              : row.cases.map((item) => {
                  const records = history.moves(item.actorKey);
                  const last = records.at(-1);
                  const title = mechanismTitle(row.machine);
                  const name = item.instance ? `${title} (${item.caseTitle ?? item.instance})` : title;
                  return (
                    <tr key={item.actorKey}>
                      <th scope="row" title={row.machine}>
                        {title}
                      </th>
                      <td>
                        {item.instance ? (item.caseTitle ?? item.instance) : t('board.single')}
                        {item.instance && item.caseTitle ? (
                          <span className="muted"> ({item.instance})</span>
                        ) : null}
                      </td>
                      <td>
                        <StateList machine={row.machine} states={item.states} words={words} />
                        {item.who.map((entry) => (
                          <div key={entry.name} className="muted board-who">
                            {t('board.who', {
                              name: entry.name,
                              roles: entry.roles.map((role) => words.role(role)).join(', '),
                            })}
                          </div>
                        ))}
                      </td>
                      <td>
                        {last ? (
                          <>
                            <span className="board-time">{formatScenarioClock(last.scenarioMs)}</span>{' '}
                            {eventTitle(view, row.machine, last.event)}
                            <div className="muted board-mover">{describeMover(view, last, t)}</div>
                          </>
                        ) : (
                          <span className="muted">{t('board.notMoved')}</span>
                        )}
                      </td>
                      <td>
                        {records.length > 0 ? (
                          <>
                            <button
                              type="button"
                              className="link-button"
                              aria-expanded={openLogs.has(item.actorKey)}
                              aria-controls={`log-${item.actorKey}`}
                              onClick={() => toggleLog(item.actorKey)}
                            >
                              {t('board.historyCount', { count: records.length })}
                            </button>
                            {openLogs.has(item.actorKey) ? (
                              <div id={`log-${item.actorKey}`}>
                                {records.length > LOG_LIMIT ? (
                                  <p className="muted">
                                    {t('board.historyLatest', { shown: LOG_LIMIT, count: records.length })}
                                  </p>
                                ) : null}
                                <TransitionLog
                                  view={view}
                                  machine={row.machine}
                                  caption={t('board.historyOf', { mechanism: name })}
                                  records={records.slice(-LOG_LIMIT)}
                                  canVoid={!view.readOnly}
                                  onVoid={(record) => startVoid(record, row.machine)}
                                />
                              </div>
                            ) : null}
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                }),
          )}
        </tbody>
      </table>
      <OpenDecisions view={view} />
      {voiding?.record.decision ? (
        <VoidDialog
          summary={t('board.voidTitle', {
            decisionId: voiding.record.decision.decisionId,
            event: eventTitle(view, voiding.machine, voiding.record.event),
            mechanism: mechanismTitle(voiding.machine),
          })}
          onClose={closeVoid}
          onVoid={(reason) => {
            const decisionId = voiding.record.decision?.decisionId ?? '';
            closeVoid();
            void run('decision/void', { decisionId, reason });
          }}
        />
      ) : null}
    </section>
  );
}
