import { stringify } from 'yaml';
import {
  formatImportReport,
  formatProblem,
  importMsel,
  loadScenario,
  readSpreadsheet,
  type OpenedFile,
  type Playbook,
  type ScenarioDocument,
  type SourceText,
} from '../../core/index';

export type OpenedDocument =
  | { ok: true; kind: 'scenario' | 'msel'; scenario: ScenarioDocument; source: SourceText; report: string[] }
  | { ok: false; fileName: string; report: string[] };

const YAML = /\.ya?ml$/i;
const WORKBOOK = /\.(xlsx|xls|ods)$/i;
const TEXT_SHEET = /\.(csv|tsv|txt|json)$/i;
/**
 * Text MSELs above this are refused before parsing: real ones are well under 1 MB, and parsing runs on the
 * page's thread, where a 19 MB CSV held the tab for half a minute (measured on the shared 2-core machine).
 */
export const MAX_TEXT_MSEL_BYTES = 5 * 1024 * 1024;

/**
 * A file's bytes as the readers below should see them: UTF-16 text (a byte order mark) converted to UTF-8, and
 * a "workbook" that is really text (a CSV renamed .xlsx) read as the CSV it is. `note` says what was done.
 */
function asReadable(file: OpenedFile): { file: OpenedFile; note: string | null } {
  const { bytes, name } = file;
  const order = utf16Order(bytes);
  let readable = file;
  let note: string | null = null;
  if (order) {
    const text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
    readable = { name, bytes: new TextEncoder().encode(text) };
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    note = `encoding: UTF-16 ${order.toUpperCase()}${bom ? '' : ' without a byte order mark'} (read as such)`;
  }
  // An XLSX or ODS workbook is a ZIP (PK), an old XLS an OLE file (D0 CF): anything else named so is not one.
  const zipOrOle = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (WORKBOOK.test(name) && !zipOrOle && isText(readable.bytes)) {
    readable = { name: name.replace(WORKBOOK, '.csv'), bytes: readable.bytes };
    note = `${note ? `${note}; ` : ''}not a workbook but text: read as CSV`;
  }
  return { file: readable, note };
}

/**
 * The byte order of UTF-16 text: its byte order mark, or else, in a file whose first bytes have many NULs, which
 * half of each pair they fall in (ASCII in UTF-16 LE is "T\0i\0m\0e\0").
 */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const pairs = sample.length / 2;
  if (pairs >= 2 && odd >= pairs * 0.6 && even === 0) return 'le';
  if (pairs >= 2 && even >= pairs * 0.6 && odd === 0) return 'be';
  return null;
}

/** Control bytes no text file holds (any 8-bit encoding allows tab, CR, LF and form feed): a binary file. */
function isBinary(bytes: Uint8Array): boolean {
  return bytes
    .subarray(0, 64 * 1024)
    .some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c);
}

/** UTF-8 text that is not binary (a PNG or a ZIP is not); `stream` lets the sample end inside a character. */
function isText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024), { stream: true });
    return !isBinary(bytes);
  } catch {
    return false;
  }
}

/**
 * A file the controller opened from disk, as a scenario to play: a scenario YAML is validated; a spreadsheet or
 * JSON MSEL from another tool is imported into a draft, which is then validated like any scenario. Every
 * problem comes back as report lines naming the file, line, row or field; nothing throws.
 */
export function openDocument(given: OpenedFile, playbook: Playbook, today: string): OpenedDocument {
  try {
    return openReadable(given, playbook, today);
  } catch {
    // A bug in a reader must not leave the page without an answer, nor show its stack to the user.
    return {
      ok: false,
      fileName: given.name,
      report: [`${given.name}: the app could not read this file (an error in the app); nothing was opened`],
    };
  }
}

function openReadable(given: OpenedFile, playbook: Playbook, today: string): OpenedDocument {
  if (TEXT_SHEET.test(given.name) && given.bytes.length > MAX_TEXT_MSEL_BYTES)
    return {
      ok: false,
      fileName: given.name,
      report: [
        `${given.name}: the file is larger than ${MAX_TEXT_MSEL_BYTES / 1024 / 1024} MB: an MSEL is rarely above 1 MB; is it the right file?`,
      ],
    };
  const { file, note } = asReadable(given);
  if (TEXT_SHEET.test(file.name) && isBinary(file.bytes))
    return {
      ok: false,
      fileName: given.name,
      report: [
        `${given.name}: not a text file (it holds binary data, like an image or a program): an MSEL is a CSV, XLSX or JSON file; is it the right file?`,
      ],
    };
  if (YAML.test(file.name)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    const source = { path: file.name, text };
    const loaded = loadScenario(source, playbook);
    if (!loaded.ok) return { ok: false, fileName: file.name, report: loaded.problems.map(formatProblem) };
    return {
      ok: true,
      kind: 'scenario',
      scenario: loaded.scenario,
      source,
      report: [`${file.name}: no problems`],
    };
  }
  const read = readSpreadsheet(file.bytes, file.name);
  if (!read.ok) return { ok: false, fileName: given.name, report: [`${given.name}: ${read.reason}`] };
  const base = given.name.replace(/\.[^.]+$/, '');
  const id =
    base
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=[^a-z])/, 'msel-')
      .slice(0, 50) || 'imported-msel';
  const { scenario, report } = importMsel(read.sheet.rows, {
    id,
    title: `Imported MSEL: ${given.name}`,
    start: { date: today, time: '09:00', timeZone: 'Europe/Brussels' },
    playbook,
  });
  const notes = note
    ? [
        note,
        ...read.sheet.notes.filter((said) => !(note.startsWith('encoding') && said.startsWith('encoding'))),
      ]
    : read.sheet.notes;
  const lines = formatImportReport(given.name, notes, report);
  if (report.imported === 0)
    return { ok: false, fileName: given.name, report: [...lines, `${given.name}: no readable inject`] };
  // All or nothing: an exercise that silently lacks a row of its MSEL is worse than one not yet created.
  const rows = report.rowProblems.map((problem) => problem.row);
  if (rows.length > 0)
    return {
      ok: false,
      fileName: given.name,
      report: [
        `${given.name}: not opened: ${rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(', ')}`} could not be read (see below); correct ${rows.length === 1 ? 'it' : 'them'} in the file, or delete ${rows.length === 1 ? 'it' : 'them'}, and open it again`,
        ...lines,
      ],
    };
  lines.push(`Assumed: T0 is ${today} 09:00 Europe/Brussels (the import's default start)`);
  const source = { path: `${id}.yaml`, text: stringify(scenario) };
  const loaded = loadScenario(source, playbook);
  if (!loaded.ok)
    return { ok: false, fileName: given.name, report: [...lines, ...loaded.problems.map(formatProblem)] };
  return { ok: true, kind: 'msel', scenario: loaded.scenario, source, report: lines };
}
