export { ReviewCharts, type ReviewChartsProps } from './ReviewCharts';
export { ChartFigure, type ChartFigureProps, type ChartView } from './ChartFigure';
export { StagesChart } from './StagesChart';
export { AcknowledgementChart } from './AcknowledgementChart';
export { ExpectedActionsChart } from './ExpectedActionsChart';
export { CoordinationHeatmap } from './CoordinationHeatmap';
export { EuNatoTimeline } from './EuNatoTimeline';
export { LegalClocksChart } from './LegalClocksChart';
