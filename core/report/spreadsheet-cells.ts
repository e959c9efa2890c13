// The one module of core/report that writes spreadsheet formats. SheetJS is otherwise kept to
// core/msel/spreadsheet-reader.ts by the lint rule, which lets this module write the exports with it too.
import * as XLSX from '@e965/xlsx';
import type { Cell, DataTable } from './data-tables';

/**
 * Tables → CSV text and XLSX bytes. A journal holds text typed by players and evaluators, so every text cell is
 * neutralised before a spreadsheet sees it: a cell such as `=HYPERLINK(...)` or `+cmd|...` would otherwise run
 * as a formula when an analyst opens the export (OWASP, "CSV injection").
 */

/** The first characters that make a spreadsheet program read a cell as a formula (OWASP's list). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A text cell as a spreadsheet must show it: with a leading `'` when it would start like a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * A field of RFC 4180 CSV. Text is neutralised; a number is written as a number (a negative number is data,
 * not a formula, and must stay a number); null and a number that is not finite are an empty field.
 */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV of one table: the header row, then the rows, each line ended by CRLF. */
export function toCsv(table: DataTable): string {
  return [table.columns, ...table.rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
const SHEET_NAME_MAX = 31;

/**
 * Sheet names for the tables: forbidden characters replaced, at most 31 characters, and unique ignoring case
 * (Excel compares sheet names that way), a clash getting ` (2)`, ` (3)`, … within the 31 characters.
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .replace(SHEET_NAME_FORBIDDEN, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    let candidate = base.slice(0, SHEET_NAME_MAX);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * A cell for SheetJS: text typed 's' explicitly, so nothing in it is ever taken for a formula. Line ends become
 * LF, the line break Excel itself puts in a cell (a CR shows as a stray character there, and readers of the
 * file's XML fold CRLF into LF anyway); the apostrophe is added before, so it stays the first character.
 */
function sheetCell(cell: Cell): XLSX.CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { t: 'n', v: cell } : null;
  return { t: 's', v: neutraliseCell(cell).replace(/\r\n?/g, '\n') };
}

/**
 * An XLSX workbook with one sheet per table, in order. Text goes to the shared string table (`bookSST`): cells
 * of type `s`, as Excel writes them, rather than SheetJS's default `str`, which the format defines as a formula's
 * text result.
 */
export function toXlsx(tables: readonly DataTable[]): Uint8Array {
  const book = XLSX.utils.book_new();
  const names = sheetNames(tables.map((table) => table.name));
  tables.forEach((table, index) => {
    const rows = [table.columns, ...table.rows].map((row) => row.map(sheetCell));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), names[index]);
  });
  const written: unknown = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not write an ArrayBuffer');
  return new Uint8Array(written);
}
