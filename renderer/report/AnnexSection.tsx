import { metricsTable, type ExerciseMetrics } from '../../core/index';
import { AcknowledgementChart, ExpectedActionsChart, StagesChart } from '../charts/index';
import type { EventWords } from '../components/index';
import { useTranslate } from '../state/index';
import { figureReading } from './report-format';
import { ReportSection } from './ReportSection';

/**
 * The metrics annex: the response stages, acknowledgement and expected actions drawn, then every figure of
 * metrics.json as the metrics export's table has it (core's metricsTable), so a reader can put the report
 * beside metrics.json and find each figure under its own name.
 */
export function AnnexSection({ metrics, words }: { metrics: ExerciseMetrics; words: EventWords }) {
  const t = useTranslate();
  const table = metricsTable(metrics);
  return (
    <ReportSection id="annex" title={t('report.section.annex')}>
      <StagesChart metrics={metrics} words={words} initialView="both" />
      <AcknowledgementChart metrics={metrics} words={words} initialView="both" />
      <ExpectedActionsChart metrics={metrics} initialView="both" />
      <p>{t('report.annex.intro')}</p>
      <table className="report-table report-annex">
        <thead>
          <tr>
            <th scope="col">{t('report.annex.group')}</th>
            <th scope="col">{t('report.annex.figure')}</th>
            <th scope="col">{t('report.annex.value')}</th>
            <th scope="col">{t('report.annex.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([group, figure, value]) => (
            <tr key={String(figure)}>
              <td>{group}</td>
              <th scope="row">{figure}</th>
              <td className="report-number">{value ?? t('report.annex.none')}</td>
              <td>{figureReading(String(figure), value ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
