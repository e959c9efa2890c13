export { ReportDocument, type ReportDocumentProps } from './ReportDocument';
export { reportHtml, type ReportHtmlInput } from './report-html';
export { reportWords } from './report-words';
export { ReportView, markingOf, type ReportLog, type ReportViewProps } from './ReportView';
export { LANGUAGES as reportLanguages } from '../i18n/index';
