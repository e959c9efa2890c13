// `import` on hand-made MSELs (test/fixtures/msel) written in French, German, Dutch, Spanish and Italian,
// and on sheets whose headers we do not know, against expectations worked out by hand.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, injectsOf, MSEL_FIXTURES as OURS } from './fixtures/import-cli';

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
