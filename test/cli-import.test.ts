// `import` on hand-made MSELs in test/fixtures/msel of the cases of other tools' real files, and on those
// real files in ../shared/fixtures/msel when that folder is there (a note says when it is not); then edge
// cases and export round trips. The languages and unknown headers are in cli-import-languages.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './fixtures/cli-harness';
import { importFile, injectsOf, MSEL_FIXTURES as OURS, playbook, tempDir } from './fixtures/import-cli';
import { loadScenario } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

const SHARED = path.join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'msel');

/** A one-sheet workbook of the given rows, written to a temporary file (a sheet as OpenBAS or T3SF keep one). */
function workbook(rows: readonly (readonly unknown[])[], sheetName: string, name: string): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows as unknown[][]), sheetName);
  const file = path.join(tempDir(), name);
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

/** A CSV fixture of ours as rows (plain commas, no quotes: the OpenBAS-style ones). */
const csvRows = (name: string) =>
  readFileSync(path.join(OURS, name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

/** The T3SF-style JSON fixture as a sheet: its keys are the header row. */
function t3sfRows(): unknown[][] {
  const items = JSON.parse(readFileSync(path.join(OURS, 't3sf-style.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  const header = Object.keys(items[0] ?? {});
  return [header, ...items.map((item) => header.map((key) => item[key]))];
}

// The lines the importer prints for a headerless OpenBAS sheet, worked out from its ten columns by hand.
const OPENBAS_GUESSES = [
  '1. column 1 → channel',
  '2. column 2 → time',
  '3. column 3 → to',
  '4. column 4 → title',
  '5. column 5 → text',
  '7. column 7 → expected',
];

describe('import of hand-made MSELs of the cases real planners send (test/fixtures/msel)', () => {
  it.each([
    ['t3sf-style.json', () => path.join(OURS, 't3sf-style.json')],
    ['t3sf-style.xlsx', () => workbook(t3sfRows(), 'main', 't3sf-style.xlsx')],
    ['openbas-headerless.xlsx', () => workbook(csvRows('openbas-headerless.csv'), 'CHECKLIST', 'ob.xlsx')],
    [
      'openbas-headerless-dates.xlsx',
      () => workbook(csvRows('openbas-headerless-dates.csv'), 'CHECKLIST', 'ob2.xlsx'),
    ],
    ['openbas-export.json', () => path.join(OURS, 'openbas-export.json')],
  ])('%s imports into a draft that validates', async (_name, fileOf) => {
    const result = await importFile(fileOf());
    expect(result.code, result.all).toBe(0);
    expect(result.draft?.problems).toEqual([]);
    expect(result.all).toMatch(/Columns \((from the header row|guessed: the sheet has no header row)\):/);
  });

  it('reads a T3SF sheet: the From column is the sender though Profile also names one; links are left out', async () => {
    const result = await importFile(path.join(OURS, 't3sf-style.json'));
    for (const line of [
      '5. From → from',
      '6. Player → to',
      '8. Photo → ignored (guessed: links or file names (nothing is fetched))',
      '10. Profile → ignored (also names "from", which column 5 holds)',
      '11. Poll → notes (guessed: free text after the message)',
    ])
      expect(result.all).toContain(line);
    expect(injectsOf(result).map((inject) => [inject.from, inject.to])).toEqual([
      ['cloud-provider', ['it-security']],
      ['unknown-sender', ['legal']],
      ['evening-courier', ['communications']],
    ]);
  });

  it.each(['openbas-headerless.csv', 'openbas-headerless-dates.csv'])(
    '%s in a workbook (no header row) has its columns guessed from their contents, each with a reason',
    async (fixture) => {
      const result = await importFile(workbook(csvRows(fixture), 'CHECKLIST', 'checklist.xlsx'));
      for (const line of OPENBAS_GUESSES) expect(result.all).toContain(line);
      const injects = injectsOf(result);
      expect(injects[0]).toMatchObject({ channel: 'phone', text: 'message1' });
      expect(injects[1]).toMatchObject({ channel: 'email', title: 'subject', text: 'message2' });
      expect(injects[1]?.expectedActions[0]).toMatchObject({ text: 'expectation' });
      expect(result.all).toContain('row 3: no message or title; not imported');
    },
  );

  it('says plainly when an OpenBAS export holds no inject', async () => {
    const result = await importFile(path.join(OURS, 'openbas-no-injects.json'));
    expect(result.code).toBe(1);
    expect(result.all).toContain('no readable inject; nothing was written');
  });
});

describe.runIf(existsSync(SHARED))('import of the real MSEL fixtures in ../shared/fixtures/msel', () => {
  const fixtures = [
    't3sf/MSEL.xlsx',
    't3sf/MSEL_EXAMPLE.json',
    'openbas/test_file_1.xlsx',
    'openbas/test_file_2.xlsx',
    'openbas/import-scenario-with-attack-pattern.json',
  ];

  it.each(fixtures)('%s imports into a draft that validates', async (fixture) => {
    const result = await importFile(path.join(SHARED, fixture));
    expect(result.code, result.all).toBe(0);
    expect(result.draft?.problems).toEqual([]);
    expect(result.all).toMatch(/Columns \((from the header row|guessed: the sheet has no header row)\):/);
  });

  it.each(['openbas/test_file_1.xlsx', 'openbas/test_file_2.xlsx'])(
    '%s (no header row) has its columns guessed from their contents, each with a reason',
    async (fixture) => {
      const result = await importFile(path.join(SHARED, fixture));
      for (const line of OPENBAS_GUESSES) expect(result.all).toContain(line);
      const injects = injectsOf(result);
      expect(injects[0]).toMatchObject({ channel: 'phone', text: 'message1' });
      expect(injects[1]).toMatchObject({ channel: 'email', title: 'subject', text: 'message2' });
      expect(injects[1]?.expectedActions[0]).toMatchObject({ text: 'expectation' });
    },
  );

  it('says plainly when an OpenBAS export holds no inject', async () => {
    const result = await importFile(path.join(SHARED, 'openbas/import-data.json'));
    expect(result.code).toBe(1);
    expect(result.all).toContain('no readable inject; nothing was written');
  });
});
if (!existsSync(SHARED))
  console.info(
    `cli-import: ${SHARED} is absent on this machine; its real fixtures were not imported (the hand-made ones in test/fixtures/msel cover the same cases)`,
  );

describe('import edge cases', () => {
  const write = (name: string, content: string | Uint8Array) => {
    const file = path.join(tempDir(), name);
    writeFileSync(file, content);
    return file;
  };

  it('reads semicolons, a byte-order mark and Windows-1252 text, and says so', async () => {
    const csv = '\uFEFFTime;From;To;Message\nT+5;Préfecture;Presidency;Évacuation du port\n';
    const utf8 = await importFile(write('bom.csv', csv));
    expect(utf8.code).toBe(0);
    expect(utf8.all).toContain('a byte-order mark was removed');
    expect(utf8.all).toContain('semicolon-separated');
    const latin = Buffer.from(
      'Time;From;To;Message\nT+5;Pr\xe9fecture;Presidency;\xc9vacuation du port\n',
      'latin1',
    );
    const cp1252 = await importFile(write('latin.csv', latin));
    expect(cp1252.all).toContain('read as Windows-1252');
    expect(readFileSync(cp1252.all.match(/Wrote (.+?):/)?.[1] ?? '', 'utf8')).toContain('Évacuation du port');
  });

  it('refuses a sheet it cannot read as an MSEL, with the mapping it tried', async () => {
    const result = await importFile(write('colours.csv', 'Farbe,Gewicht\nrot,5\nblau,7\n'));
    expect(result.code).toBe(1);
    expect(result.all).toContain('Columns (guessed: the sheet has no header row):');
    expect(result.all).toContain('2. column 2 → text');
    expect(result.all).toMatch(/row 2: no time; not imported/);
    expect(result.all).toContain('no readable inject; nothing was written');
  });

  it('reports unreadable rows by number and imports the rest; keeps URLs as text', async () => {
    const csv = 'Time,Message\nT+5,First\nlater,Second\nT+20,See https://example.invalid/picture.png\n';
    const result = await importFile(write('rows.csv', csv));
    expect(result.code).toBe(0);
    expect(result.all).toContain('row 3: "later" is not a time this importer can read; not imported');
    expect(result.all).toContain('2 injects (1 rows not imported)');
  });

  it('refuses an empty sheet and a file it cannot read, with the reason', async () => {
    expect((await importFile(write('empty.csv', ''))).all).toContain('the file is empty');
    const blank = await importFile(write('blank.csv', '\n\n,,\n'));
    expect(blank.code).toBe(1);
    expect((await importFile(write('photo.png', 'x'))).all).toContain('is not a CSV, XLSX or JSON file');
  });

  it('fills merged cells and reads formula results in a workbook', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Time', 'From', 'To', 'Message'],
      ['T+5', 'SimCell', 'Presidency', 'Alpha'],
      ['T+10', '', 'Presidency', 'Bravo'],
    ]);
    sheet['!merges'] = [{ s: { r: 1, c: 1 }, e: { r: 2, c: 1 } }];
    sheet.D4 = { t: 'n', f: '1+1', v: 2 };
    sheet.A4 = { t: 's', v: 'T+15' };
    sheet['!ref'] = 'A1:D4';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'MSEL');
    const file = write('book.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const result = await importFile(file);
    expect(result.code, result.all).toBe(0);
    expect(result.all).toContain('1 merged cell ranges were filled');
    const text = readFileSync(result.all.match(/Wrote (.+?):/)?.[1] ?? '', 'utf8');
    expect(text.match(/from: simcell/g)).toHaveLength(3);
    expect(text).toContain('text: "2"');
  });

  it('imports 10,000 rows', { timeout: 180_000 }, async () => {
    const lines = ['Time,From,To,Message'];
    for (let index = 0; index < 10_000; index++)
      lines.push(`T+${index},SimCell,Presidency,Update number ${index}`);
    const result = await importFile(write('big.csv', `${lines.join('\n')}\n`));
    expect(result.code).toBe(0);
    expect(result.draft?.ok && result.draft.scenario.injects).toHaveLength(10_000);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli('import')).code).toBe(2);
    expect((await cli('import', 'x.csv')).code).toBe(2);
    expect((await cli('import', 'x.csv', '--out', 'y.yaml', '--columns', 'a=b')).code).toBe(2);
  });
});

describe('export and re-import', () => {
  it.each(['csv', 'xlsx'])('gives back the same time-released injects (%s)', async (format) => {
    const source = path.join(PROJECT_ROOT, 'scenarios/salisbury-style/scenario.yaml');
    const original = loadScenario({ path: source, text: readFileSync(source, 'utf8') }, playbook);
    if (!original.ok) throw new Error('the bundled scenario does not load');
    const exported = path.join(tempDir(), `msel.${format}`);
    expect((await cli('export', source, '--format', format, '--out', exported)).code).toBe(0);
    const back = await importFile(exported, '--start', original.scenario.start.date);
    expect(back.code, back.all).toBe(0);
    if (!back.draft?.ok) throw new Error('the re-imported draft does not load');
    const timed = original.scenario.injects.filter((inject) => inject.at !== undefined);
    const comparable = (inject: (typeof timed)[number]) => ({
      id: inject.id,
      at: inject.at,
      from: inject.from,
      to: inject.to,
      title: inject.title,
      text: inject.text.trim(),
      channel: inject.channel,
      marking: inject.marking,
    });
    expect(back.draft.scenario.injects.map(comparable)).toEqual(timed.map(comparable));
    const conditional = original.scenario.injects.length - timed.length;
    expect(back.all).toContain(`(${conditional} rows not imported)`);
  });
});
