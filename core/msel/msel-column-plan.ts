import { detectColumns, recogniseHeader, type MselField } from './msel-columns';
import { inferColumns, type GuessedColumn } from './msel-infer-columns';
import { parseMselTime, type MselClock } from './msel-time';

/**
 * Which field each column of a sheet holds, and how we know: a header name we recognise (in any language of
 * msel-header-terms.ts) maps its column directly; a column whose header we do not know is profiled from its
 * cells exactly as a headerless sheet's columns are (msel-infer-columns.ts), and the plan says which columns
 * were guessed and as what, so the report can show it and the controller can check it.
 */

export interface PlannedColumn {
  index: number;
  /** The header cell, or `column N` when the sheet has no header row. */
  header: string;
  field: MselField | 'ignored';
  /** True for a column whose field was guessed from its cells (its header is unknown, or there is none). */
  guessed: boolean;
  /** Why, for a guessed or left-out column. */
  reason?: string;
}

export interface ColumnPlan {
  fields: ReadonlyMap<number, MselField>;
  columns: PlannedColumn[];
  /** Whether the first filled row is a header (known names or not); the data starts below it. */
  headerFound: boolean;
  /** The index of the first data row. */
  dataStart: number;
  /** given: --columns; header: at least one header name recognised; contents: every field guessed. */
  columnsFrom: 'header' | 'given' | 'contents';
}

export function planColumns(
  rows: readonly string[][],
  start: MselClock,
  isKnownRole: (name: string) => boolean,
  given?: ReadonlyMap<number, MselField>,
): ColumnPlan {
  const firstRow = Math.max(
    0,
    rows.findIndex((row) => row.some((cell) => cell.trim() !== '')),
  );
  const header = rows[firstRow] ?? [];
  const body = rows.slice(firstRow);
  const width = Math.max(0, ...rows.map((row) => row.length));
  const strict = detectColumns(header);

  if (given) {
    const headerFound = strict !== null;
    return {
      fields: given,
      columns: Array.from({ length: width }, (_, index) => ({
        index,
        header: headerFound ? (header[index] ?? '') : `column ${index + 1}`,
        field: given.get(index) ?? 'ignored',
        guessed: false,
      })),
      headerFound,
      dataStart: firstRow + (headerFound ? 1 : 0),
      columnsFrom: 'given',
    };
  }

  // A header row: most of its names known, or a row of short names above a column of times (a header in
  // words we do not know, "Aika; Lähettäjä; …", or in part).
  const headless = inferColumns(body, start, isKnownRole);
  const headerFound = strict !== null || looksLikeUnknownHeader(header, headless, start);
  if (!headerFound) {
    return {
      fields: fieldsOf(headless),
      columns: headless.map((guess) => ({
        index: guess.index,
        header: `column ${guess.index + 1}`,
        field: guess.field,
        guessed: true,
        reason: guess.reason,
      })),
      headerFound: false,
      dataStart: firstRow,
      columnsFrom: 'contents',
    };
  }

  const recognised = strict ?? recogniseHeader(header);
  const guesses = inferColumns(body.slice(1), start, isKnownRole, header, recognised.fields);
  const duplicates = new Map(recognised.duplicates.map((duplicate) => [duplicate.index, duplicate]));
  const holderOf = (field: MselField) =>
    ([...recognised.fields].find(([, held]) => held === field)?.[0] ?? 0) + 1;
  const columns = Array.from({ length: width }, (_, index): PlannedColumn => {
    const cell = header[index] ?? '';
    const named = recognised.fields.get(index);
    if (named) return { index, header: cell, field: named, guessed: false };
    const duplicate = duplicates.get(index);
    if (duplicate)
      return {
        index,
        header: cell,
        field: 'ignored',
        guessed: false,
        reason: `also names "${duplicate.field}", which column ${holderOf(duplicate.field)} holds`,
      };
    const guess = guesses[index];
    return {
      index,
      header: cell,
      field: guess?.field ?? 'ignored',
      guessed: true,
      reason: guess?.reason ?? 'no values',
    };
  });
  return {
    fields: new Map(
      columns.flatMap((column) =>
        column.field === 'ignored' ? [] : [[column.index, column.field] as const],
      ),
    ),
    columns,
    headerFound: true,
    dataStart: firstRow + 1,
    columnsFrom: recognised.fields.size > 0 ? 'header' : 'contents',
  };
}

function fieldsOf(guesses: readonly GuessedColumn[]): Map<number, MselField> {
  return new Map(
    guesses.flatMap((guess) => (guess.field === 'ignored' ? [] : [[guess.index, guess.field] as const])),
  );
}

/** A first row of short names (not times, not numbers) above the column its rows' times are in. */
function looksLikeUnknownHeader(
  header: readonly string[],
  guesses: readonly GuessedColumn[],
  start: MselClock,
): boolean {
  const time = guesses.find((guess) => guess.field === 'time');
  if (!time) return false;
  const filled = header.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return (
    !parseMselTime(header[time.index] ?? '', start).ok &&
    filled.length >= 2 &&
    filled.every((cell) => cell.length <= 40 && !/^\d+$/.test(cell))
  );
}
