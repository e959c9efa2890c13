// `import` on the real MSEL fixtures of other tools (read from ../shared, skipped with a message when absent)
// and on hand-made edge cases.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './fixtures/cli-harness';
import { loadScenario } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadBundledPlaybook } from './bundled-content';

const FIXTURES = path.join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'msel');
const playbook = loadBundledPlaybook();
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-import-'));

async function importFile(file: string, ...extra: string[]) {
  const out = path.join(tempDir(), 'scenario.yaml');
  const result = await cli('import', file, '--out', out, ...extra);
  const draft = existsSync(out)
    ? loadScenario({ path: out, text: readFileSync(out, 'utf8') }, playbook)
    : null;
  return { ...result, draft };
}

const fixtures = [
  't3sf/MSEL.xlsx',
  't3sf/MSEL_EXAMPLE.json',
  'openbas/test_file_1.xlsx',
  'openbas/test_file_2.xlsx',
  'openbas/import-scenario-with-attack-pattern.json',
];

if (existsSync(FIXTURES))
  describe('import of the MSEL fixtures in ../shared/fixtures/msel', () => {
    it.each(fixtures)('%s imports into a draft that validates', async (fixture) => {
      const result = await importFile(path.join(FIXTURES, fixture));
      expect(result.code, result.all).toBe(0);
      expect(result.draft?.problems).toEqual([]);
      expect(result.all).toMatch(/Columns \((from the header row|guessed: the sheet has no header row)\):/);
    });

    it.each(['openbas/test_file_1.xlsx', 'openbas/test_file_2.xlsx'])(
      '%s (no header row) has its columns guessed from their contents, each with a reason',
      async (fixture) => {
        const result = await importFile(path.join(FIXTURES, fixture));
        for (const line of [
          '1. column 1 → channel',
          '2. column 2 → time',
          '3. column 3 → to',
          '4. column 4 → title',
          '5. column 5 → text',
          '7. column 7 → expected',
        ])
          expect(result.all).toContain(line);
        const injects = result.draft?.ok ? result.draft.scenario.injects : [];
        expect(injects[0]).toMatchObject({ channel: 'phone', text: 'message1' });
        expect(injects[1]).toMatchObject({ channel: 'email', title: 'subject', text: 'message2' });
        expect(injects[1]?.expectedActions[0]).toMatchObject({ text: 'expectation' });
      },
    );

    it('says plainly when an OpenBAS export holds no inject', async () => {
      const result = await importFile(path.join(FIXTURES, 'openbas/import-data.json'));
      expect(result.code).toBe(1);
      expect(result.all).toContain('no readable inject; nothing was written');
    });
  });
else {
  describe('import of the MSEL fixtures', () => {
    it.skip('skipped: ../shared/fixtures/msel is absent on this machine', () => undefined);
  });
}

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

  it('guesses the columns under a header row in words it does not know, and reports each guess', async () => {
    const csv = [
      'Zeit;Absender;Empfänger;Betreff;Nachricht;Erwartete Handlung',
      'T+10;EXCON;ms-affected;Stromausfall;Im Norden ist der Strom ausgefallen, der Betreiber meldet einen Angriff.;Lagebericht',
      'T+40;EXCON;eu-sitroom;Presse;Eine Journalistin fragt nach einer Stellungnahme zu den Ausfällen im Norden.;Sprachregelung',
    ].join('\n');
    const result = await importFile(write('de.csv', csv));
    expect(result.code, result.all).toBe(0);
    expect(result.all).toContain('the header row names no column we know');
    for (const line of ['1. Zeit → time', '2. Absender → from', '3. Empfänger → to', '4. Betreff → title'])
      expect(result.all).toContain(line);
    expect(result.all).toContain('5. Nachricht → text');
    expect(result.all).toContain('6. Erwartete Handlung → expected');
    const injects = result.draft?.ok ? result.draft.scenario.injects : [];
    expect(injects.map((inject) => [inject.at, inject.to, inject.title])).toEqual([
      ['T+10m', ['ms-affected'], 'Stromausfall'],
      ['T+40m', ['eu-sitroom'], 'Presse'],
    ]);
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
