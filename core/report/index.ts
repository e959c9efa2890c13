export {
  DATA_TABLE_NAMES,
  dataTables,
  tableFileStem,
  type Cell,
  type DataTable,
  type EventSummary,
} from './data-tables';
export { metricsTable } from './metrics-table';
export { neutraliseCell, sheetNames, toCsv, toXlsx } from './spreadsheet-cells';
export { buildReport, type ReportOptions } from './report-build';
export * from './report-model';
export { reportTimeline } from './report-timeline';
