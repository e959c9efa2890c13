import { STAGES, type ExerciseMetrics, type ExerciseView, type WindowResult } from '../../../core/index';
import { useTranslate } from '../../state/index';
import { roleTitle } from '../role-titles';
import type { Translator } from '../../state/index';
import { formatDuration } from '../../components/index';

const STAGE_NAMES = {
  detect: 'T_detect',
  notify: 'T_notify',
  assess: 'T_assess',
  decide: 'T_decide',
  activate: 'T_activate',
};

function WindowsTable({
  caption,
  windows,
  view,
  t,
}: {
  caption: string;
  windows: readonly WindowResult[];
  view: ExerciseView;
  t: Translator;
}) {
  if (windows.length === 0) return null;
  return (
    <table className="dense">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.col.mechanism')}</th>
          <th scope="col">{t('board.coord.window')}</th>
          <th scope="col">{t('board.coord.expected')}</th>
          <th scope="col">{t('board.coord.actual')}</th>
          <th scope="col">{t('board.coord.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {windows.map((window) => (
          <tr key={`${window.actorKey}|${window.windowId}`}>
            <th scope="row">
              {view.content.playbook.mechanisms.get(window.mechanism)?.title ?? window.mechanism}
              {window.actorKey.includes('#') ? ` (${window.actorKey.split('#')[1]})` : ''}
            </th>
            <td>
              {window.title} <span className="muted">{window.metric}</span>
              {window.reconstructed ? <span className="muted"> {t('board.coord.assumed')}</span> : null}
            </td>
            <td>{formatDuration(window.expectedMs)}</td>
            <td>{formatDuration(window.span?.scenarioMs ?? null)}</td>
            <td className={`board-outcome board-outcome-${window.status}`}>
              {t(`board.coord.outcome.${window.status}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The metrics of docs/metrics.md as they stand now, each against its expected window where it has one. */
export function LiveMetrics({ view, metrics }: { view: ExerciseView; metrics: ExerciseMetrics }) {
  const t = useTranslate();
  const actions = metrics.expectedActions;
  const playbookWindows = metrics.windows.filter((window) => window.metric !== 'legal-clock');
  return (
    <section aria-labelledby="live-metrics-heading">
      <h3 id="live-metrics-heading">{t('board.coord.metrics')}</h3>
      <p className="muted">{t('board.coord.metricsNote')}</p>
      <p>
        <strong>{t('board.coord.hitRate')}:</strong>{' '}
        {actions.hitRate === null
          ? t('board.coord.hitRateNone')
          : t('board.coord.hitRateValue', {
              rate: `${Math.round(actions.hitRate * 100)}%`,
              met: actions.byStatus.met,
              markedMet: actions.byStatus['marked-met'],
              released: actions.released,
              missed: actions.byStatus.missed,
              markedUnmet: actions.byStatus['marked-unmet'],
              open: actions.byStatus.open,
            })}
      </p>
      <table className="dense board-narrow">
        <caption>{t('board.coord.stages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.coord.stage')}</th>
            <th scope="col">{t('board.coord.duration')}</th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => {
            const span = metrics.stages.total[stage];
            return (
              <tr key={stage}>
                <th scope="row">{STAGE_NAMES[stage]}</th>
                <td>
                  {span ? (
                    formatDuration(span.scenarioMs)
                  ) : (
                    <span className="muted">{t('board.coord.notReached')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {playbookWindows.length === 0 ? <p className="muted">{t('board.coord.noWindows')}</p> : null}
      <WindowsTable caption={t('board.coord.windows')} windows={playbookWindows} view={view} t={t} />
      <table className="dense">
        <caption>{t('board.coord.ack')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.col.role')}</th>
            <th scope="col">{t('board.coord.delivered')}</th>
            <th scope="col">{t('board.coord.acknowledged')}</th>
            <th scope="col">{t('board.coord.median')}</th>
            <th scope="col">{t('board.coord.max')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.acknowledgement.map((row) => (
            <tr key={row.role}>
              <th scope="row">{roleTitle(view, row.role)}</th>
              <td>{row.delivered}</td>
              <td>{row.acknowledged}</td>
              <td>{formatDuration(row.scenario.medianMs)}</td>
              <td>{formatDuration(row.scenario.maxMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="dense">
        <caption>{t('board.coord.sharing')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.coord.fromOrg')}</th>
            <th scope="col">{t('board.coord.toOrg')}</th>
            <th scope="col">{t('board.coord.marking')}</th>
            <th scope="col">{t('board.coord.delivered')}</th>
            <th scope="col">{t('board.coord.read')}</th>
            <th scope="col">{t('board.coord.median')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.infoSharing.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {t('board.coord.noneYet')}
              </td>
            </tr>
          ) : (
            metrics.infoSharing.map((row) => (
              <tr key={`${row.fromOrg}|${row.toOrg}|${row.marking}`}>
                <td>{row.fromOrg}</td>
                <td>{row.toOrg}</td>
                <td>{row.marking}</td>
                <td>{row.delivered}</td>
                <td>{row.read}</td>
                <td>{formatDuration(row.scenario.medianMs)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <WindowsTable
        caption={t('board.coord.legal')}
        windows={metrics.legalClocks.windows}
        view={view}
        t={t}
      />
      <p>
        <strong>{t('board.coord.legal')}:</strong>{' '}
        {t('board.coord.ucpm', {
          requests: metrics.legalClocks.ucpmRequests,
          lapsed:
            metrics.legalClocks.ucpmLapsed.length === 0 ? '0' : metrics.legalClocks.ucpmLapsed.join(', '),
        })}
      </p>
    </section>
  );
}
