// The CSV and XLSX writers against hand-written answers, and read back with the parsers analysts' tools use
// (papaparse, SheetJS) rather than with anything of this module.
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Cell, DataTable } from './data-tables';
import { neutraliseCell, sheetNames, toCsv, toXlsx } from './spreadsheet-cells';

/** Parsed with the delimiter and line end given, so papaparse guesses nothing. */
function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The last line's CRLF ends a record; papaparse reads an empty record after it.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

/** The table as a reader of the CSV should see it: text neutralised, numbers as their text, null empty. */
function asCsvText(row: readonly Cell[]): string[] {
  return row.map((cell) =>
    cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseCell(cell),
  );
}

/** The container functions of SheetJS (its CFB export is typed `any`): enough to read the zip's files. */
interface Zip {
  FullPaths: string[];
}
const zipReader: {
  read(bytes: Uint8Array, options: { type: 'array' }): Zip;
  find(zip: Zip, path: string): { content: Uint8Array } | null;
} = XLSX.CFB;

function readBook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array' });
}

function sheetRows(book: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, {
    header: 1,
    raw: true,
    defval: null,
  });
}

describe('neutraliseCell', () => {
  it('puts an apostrophe before each character that starts a formula, and only those', () => {
    expect(neutraliseCell('=1+2')).toBe("'=1+2");
    expect(neutraliseCell('+cmd|calc')).toBe("'+cmd|calc");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(' =1')).toBe(' =1');
    expect(neutraliseCell("'=1")).toBe("'=1");
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell('\nx')).toBe('\nx');
  });
});

// A formula-like cell in the first, a middle and the last column, and in the header.
const tricky: DataTable = {
  name: 'tricky',
  columns: ['=id', 'text', 'n', '@last'],
  rows: [
    ['=HYPERLINK("http://x")', 'plain', -5, '+1'],
    ['a,b', 'say "hi"', 2.5, 'line\r\nbreak'],
    [null, '-', 0, null],
    ['\tTab', '\rCR', -0.25, '@x'],
  ],
};

describe('toCsv', () => {
  it('writes RFC 4180 with CRLF, quoting where needed and neutralising text', () => {
    expect(toCsv(tricky)).toBe(
      [
        "'=id,text,n,'@last",
        `"'=HYPERLINK(""http://x"")",plain,-5,'+1`,
        `"a,b","say ""hi""",2.5,"line\r\nbreak"`,
        ",'-,0,",
        "'\tTab,\"'\rCR\",-0.25,'@x",
        '',
      ].join('\r\n'),
    );
  });

  it('reads back with papaparse as the table with neutralised text', () => {
    const rows = parseCsv(toCsv(tricky));
    expect(rows).toEqual([tricky.columns, ...tricky.rows].map(asCsvText));
    // The negative number is still a number for a spreadsheet: no apostrophe.
    expect(rows[1]?.[2]).toBe('-5');
  });

  it('writes a table without rows as its header', () => {
    expect(toCsv({ name: 'empty', columns: ['a', 'b'], rows: [] })).toBe('a,b\r\n');
  });

  it('gives back any text as neutraliseCell of it', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' '),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
        const table: DataTable = { name: 't', columns: cells.map((_, i) => `c${i}`), rows: [cells] };
        expect(parseCsv(toCsv(table))[1]).toEqual(cells.map(neutraliseCell));
      }),
      { numRuns: 500 },
    );
  });
});

describe('toXlsx', () => {
  const other: DataTable = { name: 'other', columns: ['x'], rows: [[1], [null], ['y']] };

  it('writes one sheet per table, in order, read back by SheetJS as the table with neutralised text', () => {
    const book = readBook(toXlsx([tricky, other]));
    expect(book.SheetNames).toEqual(['tricky', 'other']);
    // Worked out by hand: text neutralised, line ends as LF (Excel's line break in a cell), numbers kept.
    expect(sheetRows(book, 'tricky')).toEqual([
      ["'=id", 'text', 'n', "'@last"],
      ['\'=HYPERLINK("http://x")', 'plain', -5, "'+1"],
      ['a,b', 'say "hi"', 2.5, 'line\nbreak'],
      [null, "'-", 0, null],
      ["'\tTab", "'\nCR", -0.25, "'@x"],
    ]);
    expect(sheetRows(book, 'other')).toEqual([['x'], [1], [null], ['y']]);
  });

  it('writes no formula anywhere in the file: text goes to the shared strings', () => {
    const zip = zipReader.read(toXlsx([tricky, other]), { type: 'array' });
    const sheets = zip.FullPaths.filter((path) => /xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheets).toHaveLength(2);
    for (const path of sheets) {
      const xml = new TextDecoder().decode(zipReader.find(zip, path)?.content);
      expect(xml).toContain('<c ');
      expect(xml, path).not.toMatch(/<f[ >]/);
      expect(xml, path).not.toContain('t="str"');
    }
  });

  it('keeps formula-like text as text cells, never formulas, and numbers as numbers', () => {
    const sheet = readBook(toXlsx([tricky])).Sheets['tricky'] as XLSX.WorkSheet;
    for (const address of ['A1', 'D1', 'A2', 'D2', 'B4', 'A5', 'B5', 'D5']) {
      const cell = sheet[address] as XLSX.CellObject;
      expect(cell.t, address).toBe('s');
      expect(cell.f, address).toBeUndefined();
      expect(String(cell.v).startsWith("'"), address).toBe(true);
    }
    expect(sheet['C2']).toMatchObject({ t: 'n', v: -5 });
    expect(sheet['C5']).toMatchObject({ t: 'n', v: -0.25 });
  });

  it('gives sheets unique names of at most 31 characters that Excel accepts', () => {
    const long = 'a very long table name that goes on and on';
    const names = sheetNames([long, long, 'A Very Long Table Name That Goes On', 'x/y:z', "'quoted'", '']);
    expect(names).toEqual([
      'a very long table name that goe',
      'a very long table name that (2)',
      'A Very Long Table Name That (3)',
      'x_y_z',
      'quoted',
      'Sheet',
    ]);
    const book = readBook(toXlsx([long, long, 'x/y'].map((name) => ({ name, columns: ['c'], rows: [] }))));
    expect(book.SheetNames).toEqual([
      'a very long table name that goe',
      'a very long table name that (2)',
      'x_y',
    ]);
  });
});
