// What other folders take from the CLI: the bench times the report's document as `report --format html|pdf`
// makes it.
export { findChromium } from './chromium-pdf';
export { printReportPdf } from './report-document';
export { loadReportRenderer } from './report-renderer';
