import type { MselImportReport } from './msel-import';

const COLUMN_HEADINGS = {
  header: 'Columns (from the header row):',
  given: 'Columns (as given with --columns):',
  contents: 'Columns (guessed: the sheet has no header row):',
  unknown: 'Columns (guessed from their contents: the header row names no column we know):',
};

/**
 * The import report as lines a controller reads: how each column was mapped and why, every assumption, the
 * local roles, and each row that was not imported. The CLI prints it; Home shows it.
 */
export function formatImportReport(
  file: string,
  notes: readonly string[],
  report: MselImportReport,
): string[] {
  const lines = [`${file}: ${notes.join('; ')}`];
  lines.push(
    COLUMN_HEADINGS[report.columnsFrom === 'contents' && report.headerFound ? 'unknown' : report.columnsFrom],
  );
  // Under a header row, the columns whose names we do not know were profiled from their cells: say so on
  // each, since the rest of the mapping comes from the names.
  const marked = report.columnsFrom === 'header';
  for (const column of report.columns) {
    const why = [marked && column.guessed ? 'guessed' : '', column.reason ?? ''].filter(Boolean).join(': ');
    lines.push(
      `  ${column.index + 1}. ${column.header || '(blank)'} → ${column.field}${why ? ` (${why})` : ''}`,
    );
  }
  for (const assumption of report.assumptions) lines.push(`Assumed: ${assumption}`);
  if (report.localRoles.length > 0)
    lines.push(
      `Local roles (not in the playbook; map them with --roles): ${report.localRoles.map((role) => `${role.name} → ${role.id}`).join(', ')}`,
    );
  const audience = report.localRoles.filter((role) => role.receives);
  if (audience.length > 0)
    lines.push(
      `Of these, played at stations (they receive injects: the training audience): ${audience.map((role) => role.name).join(', ')}; the others are simulated by the SimCell`,
    );
  for (const problem of report.rowProblems)
    lines.push(`${file}: row ${problem.row}: ${problem.reason}; not imported`);
  return lines;
}
