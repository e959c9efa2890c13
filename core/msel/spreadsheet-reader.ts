import { errorMessage } from '../documents/index';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';

/**
 * Bytes of an MSEL from another tool → rows of text cells. The only module of core/ that reads spreadsheet
 * formats (papaparse, SheetJS); mapping rows to a scenario is msel-import.ts.
 */

export interface SheetRows {
  rows: string[][];
  /** What was read and how: format, encoding, delimiter, sheet, and anything adjusted on the way. */
  notes: string[];
}

export type SheetRead = { ok: true; sheet: SheetRows } | { ok: false; reason: string };

const MAX_BYTES = 20 * 1024 * 1024;

function decodeText(bytes: Uint8Array, notes: string[]): string {
  // TextDecoder drops a UTF-8 byte-order mark by itself: look at the bytes to say so in the report.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    notes.push('a byte-order mark was removed');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    notes.push('encoding: UTF-8');
  } catch {
    // Spreadsheets saved as CSV on Windows are usually in the Windows-1252 code page.
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push('encoding: not UTF-8, read as Windows-1252');
  }
  return text.replace(/^\uFEFF/, '');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function readCsv(bytes: Uint8Array, notes: string[]): SheetRead {
  const text = decodeText(bytes, notes);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const delimiter =
    { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[parsed.meta.delimiter] ?? `"${parsed.meta.delimiter}"`;
  notes.push(`CSV, ${delimiter}-separated`);
  for (const error of parsed.errors.slice(0, 5)) notes.push(`row ${(error.row ?? 0) + 1}: ${error.message}`);
  return { ok: true, sheet: { rows: parsed.data.map((row) => row.map(cellText)), notes } };
}

function readXlsx(bytes: Uint8Array, sheetChoice: string | undefined, notes: string[]): SheetRead {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false });
  } catch (error) {
    return {
      ok: false,
      reason: `not a readable spreadsheet: ${errorMessage(error)}`,
    };
  }
  const names = workbook.SheetNames;
  const name =
    sheetChoice === undefined
      ? names[0]
      : /^\d+$/.test(sheetChoice)
        ? names[Number(sheetChoice) - 1]
        : names.find((sheet) => sheet === sheetChoice);
  if (name === undefined)
    return { ok: false, reason: `no sheet "${sheetChoice ?? 1}"; the workbook has: ${names.join(', ')}` };
  const sheet = workbook.Sheets[name] as XLSX.WorkSheet;
  notes.push(`XLSX, sheet "${name}"${names.length > 1 ? ` (of ${names.length}: ${names.join(', ')})` : ''}`);
  const rows = XLSX.utils
    .sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true })
    .map((row) => row.map(cellText));
  // A merged cell holds its value in its top-left cell only: copy it across the merge, as a reader sees it.
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        const row = (rows[r] ??= []);
        row[c] = value;
      }
    }
  }
  if ((sheet['!merges'] ?? []).length > 0)
    notes.push(`${(sheet['!merges'] ?? []).length} merged cell ranges were filled with their value`);
  return { ok: true, sheet: { rows, notes } };
}

function readJson(bytes: Uint8Array, notes: string[]): SheetRead {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes, notes));
  } catch (error) {
    return { ok: false, reason: `not JSON: ${errorMessage(error)}` };
  }
  // T3SF: an array of inject objects whose keys are the MSEL's columns.
  if (
    Array.isArray(value) &&
    value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
  ) {
    const header = [...new Set(value.flatMap((item) => Object.keys(item as object)))];
    notes.push('JSON: a list of inject objects (T3SF style); their keys are the columns');
    return {
      ok: true,
      sheet: {
        rows: [
          header,
          ...value.map((item) => header.map((key) => cellText((item as Record<string, unknown>)[key]))),
        ],
        notes,
      },
    };
  }
  // OpenBAS export: injects with a delay after the start in seconds, and team ids.
  const record = (value ?? {}) as Record<string, unknown>;
  const injects = (record.exercise_injects ?? record.scenario_injects) as
    Record<string, unknown>[] | undefined;
  const teams =
    ((record.exercise_teams ?? record.scenario_teams) as Record<string, unknown>[] | undefined) ?? [];
  if (record.exercise_information !== undefined || record.scenario_information !== undefined) {
    notes.push('JSON: an OpenBAS export');
    const teamName = new Map(teams.map((team) => [team.team_id as string, team.team_name as string]));
    const rows = [['Time', 'Title', 'Message', 'To']];
    for (const inject of injects ?? []) {
      const content = (inject.inject_content ?? {}) as Record<string, unknown>;
      const message = [inject.inject_description, content.body, content.message, content.subject].find(
        (text) => typeof text === 'string' && text.trim() !== '',
      );
      const to = ((inject.inject_teams as string[] | undefined) ?? [])
        .map((id) => teamName.get(id) ?? id)
        .join(', ');
      const minutes = Math.round(Number(inject.inject_depends_duration ?? 0) / 60);
      rows.push([
        `T+${minutes}`,
        cellText(inject.inject_title),
        cellText(message ?? inject.inject_title),
        to,
      ]);
    }
    return { ok: true, sheet: { rows, notes } };
  }
  return {
    ok: false,
    reason: 'a JSON file this importer does not know (expected a T3SF list of injects or an OpenBAS export)',
  };
}

/** Read an MSEL file's bytes by its name's extension (csv, tsv, txt, xlsx, xls, json). Never throws. */
export function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: { sheet?: string } = {},
): SheetRead {
  if (bytes.length > MAX_BYTES)
    return { ok: false, reason: `the file is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const notes: string[] = [];
  try {
    if (extension === 'xlsx' || extension === 'xls' || extension === 'ods')
      return readXlsx(bytes, options.sheet, notes);
    if (extension === 'json') return readJson(bytes, notes);
    if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return readCsv(bytes, notes);
  } catch (error) {
    return {
      ok: false,
      reason: `could not be read: ${errorMessage(error)}`,
    };
  }
  return { ok: false, reason: `"${fileName}" is not a CSV, XLSX or JSON file` };
}

/** Rows → file bytes: CSV (UTF-8, comma-separated, quoted as needed) or an XLSX workbook with one sheet. */
export function writeSpreadsheet(
  rows: readonly (readonly string[])[],
  format: 'csv' | 'xlsx',
  sheetName = 'MSEL',
): Uint8Array {
  if (format === 'csv')
    return new TextEncoder().encode(
      `${Papa.unparse(
        rows.map((row) => [...row]),
        { newline: '\n' },
      )}\n`,
    );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((row) => [...row])), sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
