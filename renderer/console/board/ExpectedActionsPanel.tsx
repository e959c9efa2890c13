import { useState } from 'react';
import { formatDuration, formatScenarioClock, MarkActionForm } from '../../components/index';
import { useTranslate } from '../../state/index';
import type { ConsoleProps } from '../console-props';
import { roleTitle } from '../role-titles';
import { useLiveScenarioTime } from '../use-live-scenario-time';
import { useViewVersion } from '../use-view-version';
import type { Translator } from '../../state/index';
import { expectedActionRows, type ExpectedActionRow } from './expected-actions';
import './board.css';

const FILTERS = ['all', 'open', 'text', 'settled'] as const;
type Filter = (typeof FILTERS)[number];

const shown = (row: ExpectedActionRow, filter: Filter) =>
  filter === 'all' ||
  (filter === 'open' && row.status === 'open') ||
  (filter === 'text' && row.kind === 'text') ||
  (filter === 'settled' && row.status !== 'open');

function detail(row: ExpectedActionRow, t: Translator, who: (role: string) => string): string {
  if (row.status === 'open') {
    if (row.leftMs === null) return t('board.expected.noWindow');
    return row.leftMs >= 0
      ? t('board.expected.left', { left: formatDuration(row.leftMs) })
      : t('board.expected.overdue', { left: formatDuration(-row.leftMs) });
  }
  const { settled, by: byRole, byAgent, note: noteText, decisionId } = row.record;
  if (!settled) return '';
  // An automated role's act is credited as automated, never as the control role its agent sent through.
  const role =
    byRole === null ? '—' : byAgent ? t('board.expected.automated', { role: who(byRole) }) : who(byRole);
  const time = formatScenarioClock(settled.scenarioMs);
  const note = noteText ? ` — ${t('board.expected.note', { note: noteText })}` : '';
  if (row.status === 'met')
    return t('board.expected.metBy', {
      time,
      role,
      decisionId: decisionId ?? '—',
    });
  if (row.status === 'missed') return t('board.expected.missedAt', { time });
  return `${t('board.expected.markedBy', { time, role })}${note}`;
}

/**
 * Every released expected action: met automatically (when, by whom), missed, or pending with the time left
 * in its window; free-text ones are marked met or unmet here, with a note.
 */
export function ExpectedActionsPanel({ view, send }: ConsoleProps) {
  const t = useTranslate();
  useViewVersion(view);
  const { scenarioMs } = useLiveScenarioTime(view);
  const [filter, setFilter] = useState<Filter>('all');
  const [marking, setMarking] = useState<string | null>(null);
  const rows = expectedActionRows(view, scenarioMs);
  const who = (role: string) => roleTitle(view, role);
  const count = (test: (row: ExpectedActionRow) => boolean) => rows.filter(test).length;

  return (
    <section aria-labelledby="expected-heading" className="board">
      <div className="section-head">
        <h2 id="expected-heading">{t('board.expected.title')}</h2>
        <label className="inline">
          {t('board.expected.filter')}
          <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
            {FILTERS.map((name) => (
              <option key={name} value={name}>
                {t(`board.expected.filter.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        {t('board.expected.summary', {
          total: rows.length,
          met: count((row) => row.status === 'met' || row.status === 'marked-met'),
          open: count((row) => row.status === 'open'),
          missed: count((row) => row.status === 'missed' || row.status === 'marked-unmet'),
        })}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('board.expected.none')}</p>
      ) : (
        <table className="dense board-expected-table">
          <thead>
            <tr>
              <th scope="col">{t('board.expected.col.inject')}</th>
              <th scope="col">{t('board.expected.col.action')}</th>
              <th scope="col">{t('board.expected.col.role')}</th>
              <th scope="col">{t('board.expected.col.state')}</th>
              <th scope="col">{t('board.expected.col.detail')}</th>
              <th scope="col">{t('board.expected.col.mark')}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => shown(row, filter))
              .map((row) => (
                <tr key={row.key}>
                  <td>
                    <strong>{row.injectId}</strong> {row.injectTitle}
                  </td>
                  <th scope="row">
                    <span className="muted">{row.actionId}</span> {row.what}
                    <div className="muted board-kind">{t(`board.expected.kind.${row.kind}`)}</div>
                  </th>
                  <td>{who(row.role)}</td>
                  <td className={`board-expected board-expected-${row.status}`}>
                    {t(`expected.status.${row.status}`)}
                  </td>
                  <td>{detail(row, t, who)}</td>
                  <td>
                    {row.kind === 'text' && !view.readOnly ? (
                      marking === row.key ? (
                        <MarkActionForm
                          injectId={row.injectId}
                          actionId={row.actionId}
                          send={send}
                          autoFocus
                          onDone={() => setMarking(null)}
                          onClose={() => setMarking(null)}
                        />
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('expected.mark.label', {
                            actionId: row.actionId,
                            injectId: row.injectId,
                          })}
                          onClick={() => setMarking(row.key)}
                        >
                          {t('board.expected.mark')}
                        </button>
                      )
                    ) : null}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
