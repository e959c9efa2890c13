import type { EuNatoCrossing, ExerciseMetrics, ReportCoordination } from '../../core/index';
import { CoordinationHeatmap, EuNatoTimeline } from '../charts/index';
import { useTranslate } from '../state/index';
import { ReportSection } from './ReportSection';

interface CoordinationSectionProps {
  coordination: ReportCoordination;
  metrics: ExerciseMetrics;
  organisationName: (organisation: string) => string;
}

/** The crossings as the EU↔NATO chart draws them: the log's moments back as seq, scenario and wall time. */
const chartCrossings = (coordination: ReportCoordination): EuNatoCrossing[] =>
  coordination.crossings.map(({ at, ...crossing }) => ({
    ...crossing,
    seq: at.seq,
    scenarioMs: at.scenarioMs,
    wallMs: Date.parse(at.wallTime),
  }));

/** Across organisations and across the EU–NATO line: the matrix, the crossings, what the markings blocked. */
export function CoordinationSection({ coordination, metrics, organisationName }: CoordinationSectionProps) {
  const t = useTranslate();
  const { euNato, blockedByMarking, blockedTotal } = coordination;
  const markings = Object.keys(blockedByMarking).sort();
  return (
    <ReportSection id="coordination" title={t('report.section.coordination')}>
      <p>{t('report.coordination.intro')}</p>
      <dl className="report-facts report-facts-inline">
        <div>
          <dt>{t('report.coordination.exchanges')}</dt>
          <dd>{euNato.exchanges}</dd>
        </div>
        <div>
          <dt>{t('charts.col.messages')}</dt>
          <dd>{euNato.messages}</dd>
        </div>
        <div>
          <dt>{t('charts.col.products')}</dt>
          <dd>{euNato.products}</dd>
        </div>
        <div>
          <dt>{t('charts.col.injects')}</dt>
          <dd>{euNato.scriptedInjects}</dd>
        </div>
        <div>
          <dt>{t('report.coordination.blocked')}</dt>
          <dd>{euNato.blocked}</dd>
        </div>
      </dl>
      <CoordinationHeatmap metrics={metrics} initialView="both" organisationName={organisationName} />
      <EuNatoTimeline
        metrics={metrics}
        crossings={chartCrossings(coordination)}
        initialView="both"
        organisationName={organisationName}
      />
      <h3>{t('report.coordination.blockedTitle')}</h3>
      {markings.length === 0 ? (
        <p>{t('report.coordination.noneBlocked')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.coordination.marking')}</th>
              <th scope="col">{t('report.coordination.count')}</th>
            </tr>
          </thead>
          <tbody>
            {markings.map((marking) => (
              <tr key={marking}>
                <th scope="row">{marking}</th>
                <td className="report-number">{blockedByMarking[marking]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.coordination.total')}</th>
              <td className="report-number">{blockedTotal}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </ReportSection>
  );
}
