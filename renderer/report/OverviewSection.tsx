import type { ReportOverview } from '../../core/index';
import { formatDuration, formatInWorld, formatScenarioClock } from '../components/index';
import { useLanguage, useTranslate } from '../state/index';
import { wallTimeText } from './report-format';
import { ReportSection } from './ReportSection';

/** Who, what, when and under which marking: the report's first page. */
export function OverviewSection({ overview }: { overview: ReportOverview }) {
  const t = useTranslate();
  const language = useLanguage();
  const wall = (iso: string) => wallTimeText(iso, language);
  const roleTitles = new Map(
    overview.organisations.flatMap((organisation) =>
      organisation.roles.map((role) => [role.role, role.title]),
    ),
  );
  const facts: [string, string][] = [
    [t('report.overview.exercise'), overview.name],
    [t('report.overview.exerciseId'), overview.exerciseId],
    [t('report.overview.scenario'), `${overview.scenarioTitle} (${overview.scenarioId})`],
    [t('report.overview.scope'), overview.scope.summary],
    [t('report.overview.plannedSpan'), formatDuration(overview.scope.plannedSpanMs)],
    [
      t('report.overview.inWorldStart'),
      `${formatInWorld(overview.inWorldStart, 0, language)} (${overview.inWorldStart.timeZone})`,
    ],
    [
      t('report.overview.conducted'),
      overview.wallStart && overview.wallEnd
        ? t('report.overview.conductedRange', { from: wall(overview.wallStart), to: wall(overview.wallEnd) })
        : '—',
    ],
    [t('report.overview.duration'), formatScenarioClock(overview.scenarioDurationMs)],
    [t('report.overview.events'), String(overview.events)],
    [t('report.overview.status'), t(overview.ended ? 'report.overview.ended' : 'report.overview.running')],
    [t('report.overview.marking'), overview.marking],
  ];
  return (
    <ReportSection id="overview" title={t('report.section.overview')}>
      <dl className="report-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {overview.branch ? (
        <p className="report-note">
          {t('report.overview.branch', {
            origin: overview.branch.originName,
            originId: overview.branch.originExerciseId,
            atSeq: overview.branch.atSeq,
          })}
        </p>
      ) : null}
      <h3>{t('report.overview.organisations')}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.overview.organisation')}</th>
            <th scope="col">{t('report.overview.role')}</th>
            <th scope="col">{t('report.overview.side')}</th>
            <th scope="col">{t('report.overview.played')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.organisations.flatMap((organisation) =>
            organisation.roles.map((role, index) => (
              <tr key={`${organisation.organisation} ${role.role}`}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={organisation.roles.length}>
                    {organisation.name}
                  </th>
                ) : null}
                <td>{role.title}</td>
                <td>{t(`report.side.${role.side}` as 'report.side.eu')}</td>
                <td>{role.participant ? t('charts.yes') : t('charts.no')}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h3>{t('report.overview.stations')}</h3>
      {overview.stations.length === 0 ? (
        <p>{t('report.overview.noStations')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.overview.station')}</th>
              <th scope="col">{t('report.overview.roles')}</th>
              <th scope="col">{t('report.overview.joined')}</th>
              <th scope="col">{t('report.overview.revoked')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.stations.map((seat) => (
              <tr key={`${seat.station} ${seat.joined.seq}`}>
                <th scope="row">{seat.station}</th>
                <td>{seat.roles.map((role) => roleTitles.get(role) ?? role).join(', ')}</td>
                <td>{wall(seat.joined.wallTime)}</td>
                <td>
                  {seat.revoked
                    ? t('report.overview.revokedAt', {
                        time: wall(seat.revoked.wallTime),
                        reason: seat.revoked.reason,
                      })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
