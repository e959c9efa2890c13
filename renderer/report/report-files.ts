import {
  canonicalJson,
  dataTables,
  toCsv,
  toXlsx,
  type EventSummary,
  type ExerciseMetrics,
  type JournalSeal,
  type ExerciseReadModels,
  type ReportModel,
} from '../../core/index';
import { reportFileName } from './report-file-name';
import { reportHtml } from './report-html';

/*
 * The files the review saves. Loaded only when one is saved (ReportView imports this module on demand), so
 * the spreadsheet writer and React's static renderer stay out of the screens' first load. Named as the CLI
 * names its outputs, after the exercise, so two exercises' files never take each other's name in a folder.
 */

/** What the review saves: the report as HTML or JSON, the data as one workbook, or one table as CSV. */
export type ExportKind = 'html' | 'json' | 'xlsx' | { csv: string };

export interface ExportSource {
  events: readonly EventSummary[];
  models: ExerciseReadModels;
  metrics: ExerciseMetrics;
  report: ReportModel;
  language: string;
  /** The journal's head the HTML report prints on every page (issue 25); absent where none can be had. */
  seal?: JournalSeal | null | undefined;
}

export interface ExportFile {
  name: string;
  data: string | Uint8Array;
  mimeType: string;
}

export function exportFile(kind: ExportKind, source: ExportSource): ExportFile {
  const { events, models, metrics, report, language, seal } = source;
  const id = report.overview.exerciseId;
  if (kind === 'html') {
    const html = reportHtml({ report, content: models.content, seal }, { language });
    return { name: reportFileName(id, `report-${language}`, 'html'), data: html, mimeType: 'text/html' };
  }
  if (kind === 'json') {
    return {
      name: reportFileName(id, 'report', 'json'),
      data: `${canonicalJson(report, 2)}\n`,
      mimeType: 'application/json',
    };
  }
  const tables = dataTables(events, models, metrics);
  if (kind === 'xlsx') {
    return {
      name: reportFileName(id, 'report', 'xlsx'),
      data: toXlsx(tables),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const table = tables.find((candidate) => candidate.name === kind.csv);
  if (!table) throw new Error(`no table named ${kind.csv}`);
  return { name: reportFileName(id, table.name, 'csv'), data: toCsv(table), mimeType: 'text/csv' };
}
