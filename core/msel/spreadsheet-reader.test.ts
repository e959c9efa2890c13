import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, writeSpreadsheet, type SheetRead } from './spreadsheet-reader';

const utf8 = (text: string) => new TextEncoder().encode(text);

function sheetOf(read: SheetRead) {
  if (!read.ok) throw new Error(`expected a sheet, got: ${read.reason}`);
  return read.sheet;
}

function reasonOf(read: SheetRead): string {
  if (read.ok) throw new Error('expected the file to be refused');
  return read.reason;
}

/** An XLSX workbook made here with SheetJS itself, sheet name → rows. */
function workbook(sheets: Record<string, string[][]>, merges: XLSX.Range[] = []): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    if (merges.length > 0) sheet['!merges'] = merges;
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readSpreadsheet: CSV', () => {
  it('reads a comma-separated UTF-8 file, quoted cells included', () => {
    const sheet = sheetOf(readSpreadsheet(utf8('Time,Message\nT+0,"Port closed, ships wait"'), 'msel.csv'));
    expect(sheet.rows).toEqual([
      ['Time', 'Message'],
      ['T+0', 'Port closed, ships wait'],
    ]);
    expect(sheet.notes).toEqual(['encoding: UTF-8', 'CSV, comma-separated']);
  });

  it('finds a semicolon delimiter and removes a byte-order mark, saying so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Heure;Message\nT+1h;Alerte')]);
    const sheet = sheetOf(readSpreadsheet(bytes, 'msel.CSV'));
    expect(sheet.rows).toEqual([
      ['Heure', 'Message'],
      ['T+1h', 'Alerte'],
    ]);
    expect(sheet.notes).toEqual([
      'a byte-order mark was removed',
      'encoding: UTF-8',
      'CSV, semicolon-separated',
    ]);
  });

  it('reads a file that is not UTF-8 as Windows-1252', () => {
    // "Café\tT+0" with é as the single Windows-1252 byte 0xE9, which is invalid UTF-8.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x09, 0x54, 0x2b, 0x30]);
    const sheet = sheetOf(readSpreadsheet(bytes, 'msel.tsv'));
    expect(sheet.rows).toEqual([['Café', 'T+0']]);
    expect(sheet.notes).toEqual(['encoding: not UTF-8, read as Windows-1252', 'CSV, tab-separated']);
  });
});

describe('readSpreadsheet: JSON', () => {
  it('reads a T3SF list of inject objects, the union of their keys as the header', () => {
    const text = JSON.stringify([
      { Time: 'T+0', Title: 'Port' },
      { Title: 'Hospital', To: 'ms-a', Extra: { nested: 1 } },
    ]);
    const sheet = sheetOf(readSpreadsheet(utf8(text), 'msel.json'));
    expect(sheet.rows).toEqual([
      ['Time', 'Title', 'To', 'Extra'],
      ['T+0', 'Port', '', ''],
      ['', 'Hospital', 'ms-a', '{"nested":1}'],
    ]);
  });

  it('reads an OpenBAS export: minutes after the start, the first message text found, team names', () => {
    const text = JSON.stringify({
      exercise_information: { exercise_name: 'Port' },
      exercise_teams: [{ team_id: 't1', team_name: 'Presidency' }],
      exercise_injects: [
        {
          inject_title: 'Explosion',
          inject_description: ' ',
          inject_content: { body: 'An explosion at the port.' },
          inject_teams: ['t1', 't9'],
          inject_depends_duration: 5400,
        },
        { inject_title: 'Silence', inject_depends_duration: 0 },
      ],
    });
    const sheet = sheetOf(readSpreadsheet(utf8(text), 'export.json'));
    expect(sheet.rows).toEqual([
      ['Time', 'Title', 'Message', 'To'],
      ['T+90', 'Explosion', 'An explosion at the port.', 'Presidency, t9'],
      ['T+0', 'Silence', 'Silence', ''],
    ]);
    expect(sheet.notes).toContain('JSON: an OpenBAS export');
  });

  it('refuses JSON it does not know, and text that is not JSON', () => {
    expect(reasonOf(readSpreadsheet(utf8('{"injects": []}'), 'x.json'))).toBe(
      'a JSON file this importer does not know (expected a T3SF list of injects or an OpenBAS export)',
    );
    expect(reasonOf(readSpreadsheet(utf8('[1, 2'), 'x.json'))).toMatch(/^not JSON: /);
  });
});

describe('readSpreadsheet: XLSX', () => {
  it('reads the first sheet by default, or the one chosen by number or name', () => {
    const bytes = workbook({
      Cover: [['About']],
      Injects: [
        ['Time', 'Title'],
        ['T+0', 'Port'],
      ],
    });
    expect(sheetOf(readSpreadsheet(bytes, 'm.xlsx')).rows).toEqual([['About']]);
    const second = sheetOf(readSpreadsheet(bytes, 'm.xlsx', { sheet: '2' }));
    expect(second.rows).toEqual([
      ['Time', 'Title'],
      ['T+0', 'Port'],
    ]);
    expect(second.notes).toEqual(['XLSX, sheet "Injects" (of 2: Cover, Injects)']);
    expect(sheetOf(readSpreadsheet(bytes, 'm.xlsx', { sheet: 'Injects' })).rows[1]).toEqual(['T+0', 'Port']);
    expect(reasonOf(readSpreadsheet(bytes, 'm.xlsx', { sheet: 'MSEL' }))).toBe(
      'no sheet "MSEL"; the workbook has: Cover, Injects',
    );
  });

  it('fills a merged range with its value, as a reader sees it', () => {
    const bytes = workbook(
      {
        MSEL: [
          ['Day 1', '', 'x'],
          ['T+0', 'Port', 'y'],
        ],
      },
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    );
    const sheet = sheetOf(readSpreadsheet(bytes, 'm.xlsx'));
    expect(sheet.rows[0]).toEqual(['Day 1', 'Day 1', 'x']);
    expect(sheet.notes).toContain('1 merged cell ranges were filled with their value');
  });
});

describe('readSpreadsheet: what it refuses', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'm.csv', 'the file is empty'],
    ['an unknown extension', utf8('a,b'), 'm.docx', '"m.docx" is not a CSV, XLSX or JSON file'],
    ['a file over 20 MB', new Uint8Array(20 * 1024 * 1024 + 1), 'm.csv', 'the file is larger than 20 MB'],
  ])('%s', (_, bytes, name, reason) => {
    expect(reasonOf(readSpreadsheet(bytes, name))).toBe(reason);
  });
});

describe('writeSpreadsheet', () => {
  const rows = [
    ['Event Number', 'Message'],
    ['1', 'Port closed, "ships" wait'],
  ];

  it('writes CSV with commas, quoting what needs it, one line per row', () => {
    expect(new TextDecoder().decode(writeSpreadsheet(rows, 'csv'))).toBe(
      'Event Number,Message\n1,"Port closed, ""ships"" wait"\n',
    );
  });

  it('writes an XLSX workbook that reads back to the same rows, in a sheet of the given name', () => {
    const bytes = writeSpreadsheet(rows, 'xlsx', 'Export');
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual(['Export']);
    expect(sheetOf(readSpreadsheet(bytes, 'back.xlsx')).rows).toEqual(rows);
  });

  it('writes CSV that reads back to the same rows', () => {
    // The final newline reads back as one blank row, which the importer skips like any blank row.
    expect(sheetOf(readSpreadsheet(writeSpreadsheet(rows, 'csv'), 'back.csv')).rows).toEqual([...rows, ['']]);
  });
});
