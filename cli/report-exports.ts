import path from 'node:path';
import {
  buildReport,
  canonicalJson,
  dataTables,
  tableFileStem,
  toCsv,
  toXlsx,
  type EventSummary,
  type ExerciseMetrics,
  type ExerciseReadModels,
  type JournalSeal,
} from '../core/index';
import { checkOutputFile, writeOutputFile } from './output-files';
import { printReportPdf, reportDocumentHtml, type DocumentSettings } from './report-document';

/** The formats `report --format` writes besides metrics.json and summary.md (issue 24). */
export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The exercise read from its journal: its read models, metrics, and each event's envelope. */
export interface ReadExercise {
  models: ExerciseReadModels;
  metrics: ExerciseMetrics;
  events: readonly EventSummary[];
  /** The exercise's marking, from its `exercise.created` (the read models do not keep it). */
  marking: string;
  /** The journal's head after its last event, printed on every page of the document (issue 25). */
  seal?: JournalSeal | undefined;
}

/** The files of a format and what goes in them. */
async function exportFiles(
  format: ReportFormat,
  folder: string,
  exercise: ReadExercise,
  document: DocumentSettings | null,
): Promise<[string, string | Uint8Array][]> {
  const { events, models, metrics, marking } = exercise;
  if (format === 'html' || format === 'pdf') {
    if (!document) throw new Error(`report --format ${format} needs its document settings`);
    const html = reportDocumentHtml(exercise, document);
    if (format === 'html') return [[path.join(folder, 'report.html'), html]];
    if (!document.chromium) throw new Error('report --format pdf needs a Chromium to print with');
    return [[path.join(folder, 'report.pdf'), await printReportPdf(html, document.chromium)]];
  }
  if (format === 'json') {
    // The report model as data: an output for other tools, not a format this app reads back.
    const report = buildReport(models, metrics, { marking });
    return [[path.join(folder, 'report.json'), `${canonicalJson(report, 2)}\n`]];
  }
  const tables = dataTables(events, models, metrics);
  return format === 'csv'
    ? tables.map((table) => [path.join(folder, `${tableFileStem(table.name)}.csv`), toCsv(table)])
    : [[path.join(folder, 'report.xlsx'), toXlsx(tables)]];
}

/**
 * Writes the exports of an exercise into `folder`: HTML, the report as one self-contained file; PDF, that file
 * printed; CSV, one file per table (events, decisions, observations, ratings, metrics, improvement plan); XLSX,
 * one workbook with a sheet per table; or JSON, the report model. Like metrics.json they are derived files and
 * replaced, but never an input. Returns the paths written.
 */
export async function writeReportExports(
  format: ReportFormat,
  folder: string,
  exercise: ReadExercise,
  inputs: readonly string[],
  document: DocumentSettings | null = null,
): Promise<string[]> {
  const files = await exportFiles(format, folder, exercise, document);
  // Every target checked before the first is written: a refusal leaves nothing half written.
  for (const [file] of files) await checkOutputFile('report', file, { force: true, inputs: [...inputs] });
  for (const [file, data] of files) await writeOutputFile('report', file, data);
  return files.map(([file]) => file);
}
