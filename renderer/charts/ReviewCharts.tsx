import type { EuNatoCrossing, ExerciseMetrics } from '../../core/index';
import type { EventWords } from '../components/index';
import { AcknowledgementChart } from './AcknowledgementChart';
import type { ChartView } from './ChartFigure';
import { CoordinationHeatmap } from './CoordinationHeatmap';
import { EuNatoTimeline } from './EuNatoTimeline';
import { ExpectedActionsChart } from './ExpectedActionsChart';
import { LegalClocksChart } from './LegalClocksChart';
import type { OrganisationName } from './organisation-label';
import { StagesChart } from './StagesChart';

export interface ReviewChartsProps {
  metrics: ExerciseMetrics;
  /** The exercise's EU↔NATO crossings in log order (`models.exchange.crossings()`). */
  crossings: readonly EuNatoCrossing[];
  words: EventWords;
  /** `both` for the static report: every chart with its table, and no buttons. */
  initialView?: ChartView;
  /** Organisations' names: the exercise's parties (`models.parties.nameOf`); ids when not given. */
  organisationName?: OrganisationName;
}

/**
 * The review's six charts, each with its table: response stages, acknowledgement latency, expected-action
 * outcomes, the organisation-pair matrix, the EU↔NATO timeline and the legal clocks. The figures are those
 * of metrics.json for the same log.
 */
export function ReviewCharts({
  metrics,
  crossings,
  words,
  initialView,
  organisationName,
}: ReviewChartsProps) {
  return (
    <div className="review-charts">
      <StagesChart metrics={metrics} words={words} initialView={initialView} />
      <AcknowledgementChart metrics={metrics} words={words} initialView={initialView} />
      <ExpectedActionsChart metrics={metrics} initialView={initialView} />
      <CoordinationHeatmap metrics={metrics} initialView={initialView} organisationName={organisationName} />
      <EuNatoTimeline
        metrics={metrics}
        crossings={crossings}
        initialView={initialView}
        organisationName={organisationName}
      />
      <LegalClocksChart metrics={metrics} words={words} initialView={initialView} />
    </div>
  );
}
