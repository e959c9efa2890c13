// `import` on hand-made MSELs in test/fixtures/msel (the cases of the real planners' files, in the EU's and
// NATO's working languages, with headers we do not know), and on the real fixtures of other tools in
// ../shared/fixtures/msel when that folder is there (a note says when it is not).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './fixtures/cli-harness';
import { loadScenario } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadBundledPlaybook } from './bundled-content';

const SHARED = path.join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'msel');
const OURS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'msel');
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

/** The injects of a draft that loaded; none when it did not. */
const injectsOf = (result: Awaited<ReturnType<typeof importFile>>) =>
  result.draft?.ok ? result.draft.scenario.injects : [];

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

// Each language's fixture, worked out by hand: the recipient is the training audience (a local role played
// at a station), the senders are simulated, every row's expected response is an expected action.
const LANGUAGES = [
  {
    file: 'fr.csv',
    headers: [
      '2. Heure → time',
      '3. Expéditeur → from',
      '4. Destinataire → to',
      '8. Réponse attendue → expected',
    ],
    audience: 'cellule-de-crise-de-la-prefecture',
    first: { at: 'T+15m', channel: 'phone', title: 'Incendie au terminal conteneurs' },
    expected: 'Activer la cellule de crise et informer la présidence',
  },
  {
    file: 'de.csv',
    headers: [
      '2. Uhrzeit → time',
      '3. Absender → from',
      '4. Empfänger → to',
      '8. Erwartete Reaktion → expected',
    ],
    audience: 'krisenstab-des-landes',
    first: { at: 'T+10m', channel: 'phone', title: 'Stromausfall' },
    expected: 'Lagebild erstellen und das BSI informieren',
  },
  {
    file: 'nl.csv',
    headers: ['2. Tijd → time', '3. Afzender → from', '4. Ontvanger → to', '8. Verwachte reactie → expected'],
    audience: 'veiligheidsregio-rotterdam',
    first: { at: 'T+30m', channel: 'phone', title: 'Dijk onder druk' },
    expected: 'Evacuatie van de polder voorbereiden',
  },
  {
    file: 'es.csv',
    headers: [
      '2. Hora → time',
      '3. Remitente → from',
      '4. Destinatario → to',
      '8. Respuesta esperada → expected',
    ],
    audience: 'centro-de-coordinacion-de-emergencias',
    first: { at: 'T+0', channel: 'phone', title: 'Vertido en el puerto' },
    expected: 'Activar el plan de contingencia por contaminación marina',
  },
  {
    file: 'it.csv',
    headers: ['2. Ora → time', '3. Mittente → from', '4. Destinatario → to', '8. Risposta attesa → expected'],
    audience: 'sala-operativa-della-prefettura',
    first: { at: 'T+0', channel: 'phone', title: 'Scossa di terremoto' },
    expected: 'Attivare il centro coordinamento soccorsi',
  },
];

describe('import of MSELs written in French, German, Dutch, Spanish and Italian', () => {
  it.each(LANGUAGES)(
    '$file: columns from its header, expected actions, the audience at stations',
    async (language) => {
      const result = await importFile(path.join(OURS, language.file), '--start', '2024-06-24T09:00');
      expect(result.code, result.all).toBe(0);
      expect(result.draft?.problems).toEqual([]);
      expect(result.all).toContain('Columns (from the header row):');
      expect(result.all).not.toContain('guessed');
      for (const line of language.headers) expect(result.all).toContain(line);
      const injects = injectsOf(result);
      expect(injects).toHaveLength(3);
      expect(injects[0]).toMatchObject(language.first);
      expect(injects[0]?.expectedActions).toEqual([
        { id: 'EA-1', role: language.audience, text: language.expected },
      ]);
      expect(injects.every((inject) => inject.expectedActions.length === 1)).toBe(true);
      const locals = result.draft?.ok ? result.draft.scenario.roles.local : [];
      const audience = locals.find((role) => role.id === language.audience);
      expect(audience).toBeDefined();
      expect(audience?.simulatedBy).toBeUndefined();
      const senders = locals.filter((role) => role.id !== language.audience);
      expect(senders.length).toBeGreaterThanOrEqual(3);
      expect(senders.every((role) => role.simulatedBy === 'simcell')).toBe(true);
    },
  );
});

describe('import of sheets whose headers we do not know', () => {
  it('profiles the unknown columns under a known header and says which were guessed and as what', async () => {
    const result = await importFile(path.join(OURS, 'unknown-headers.csv'));
    expect(result.code, result.all).toBe(0);
    expect(result.all).toContain('Columns (from the header row):');
    for (const line of [
      '1. Time → time',
      '2. Lähettäjä → from (guessed: short names, and the recipient column is named)',
      '3. To → to',
      '4. Aihe → title (guessed: short free text before the message)',
      '6. Odotettu toiminta → expected (guessed:',
    ])
      expect(result.all).toContain(line);
    expect(result.all).toContain(
      'Assumed: columns whose header names no field we know were guessed from their contents: Lähettäjä → from, Aihe → title, Odotettu toiminta → expected',
    );
    // The sender column is kept though its cells are role ids: SimCell sends three, the paper one.
    expect(injectsOf(result).map((inject) => [inject.from, inject.title])).toEqual([
      ['simcell', 'Satama suljettu'],
      ['simcell', 'Savuvaroitus'],
      ['iltalehti', 'Toimittajan kysymys'],
      ['simcell', 'Satama avautuu'],
    ]);
    expect(injectsOf(result)[0]?.expectedActions[0]).toMatchObject({
      role: 'presidency',
      text: 'Kutsu koolle kriisiryhmä',
    });
  });

  it('guesses every column under a header row in a language it does not know (Polish), and says so', async () => {
    const result = await importFile(path.join(OURS, 'unknown-language.csv'));
    expect(result.code, result.all).toBe(0);
    expect(result.all).toContain('the header row names no column we know');
    for (const line of [
      '1. Czas → time',
      '2. Nadawca → from',
      '3. Odbiorca → to',
      '4. Temat → title',
      '5. Wiadomość → text',
      '6. Oczekiwana reakcja → expected',
    ])
      expect(result.all).toContain(line);
    const injects = injectsOf(result);
    expect(injects.map((inject) => [inject.at, inject.from, inject.to])).toEqual([
      ['T+10m', 'operator-sieci', ['sztab-kryzysowy']],
      ['T+40m', 'policja', ['sztab-kryzysowy']],
      ['T+1h30m', 'gazeta-polnocna', ['sztab-kryzysowy']],
      ['T+2h', 'operator-sieci', ['sztab-kryzysowy']],
      ['T+2h30m', 'policja', ['sztab-kryzysowy']],
    ]);
    expect(injects[0]?.expectedActions[0]).toMatchObject({ text: 'Przygotować obraz sytuacji' });
  });
});

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
