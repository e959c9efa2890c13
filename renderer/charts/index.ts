export { ReviewCharts, type ReviewChartsProps } from './ReviewCharts';
export { ChartFigure, type ChartFigureProps, type ChartView } from './ChartFigure';
export { StagesChart } from './StagesChart';
export { AcknowledgementChart } from './AcknowledgementChart';
export { ExpectedActionsChart } from './ExpectedActionsChart';
export { CoordinationHeatmap } from './CoordinationHeatmap';
export { EuNatoTimeline } from './EuNatoTimeline';
export { LegalClocksChart } from './LegalClocksChart';
// The pieces the comparison's and the report's own charts are drawn with, so every chart reads alike.
export { ColumnHeads } from './ColumnHeads';
export { DurationAxis } from './DurationAxis';
export { useSvgId } from './use-svg-id';
export { durationAxis, linearScale, type Axis } from './scale';
export { AXIS_HEIGHT, CHART_WIDTH, LABELLED_ROW } from './chart-layout';
export { BAD, BAR, INK, MUTED, OK, PAPER, WARN } from './chart-colours';
export { byOrganisation, organisationLabel, type OrganisationName } from './organisation-label';
export { default as chartsCss } from './charts.css?raw';
