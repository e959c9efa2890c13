// The column plan on small sheets whose mapping is worked out by hand: known names map directly, unknown
// ones are profiled from their cells, and the plan says which were guessed.
import { describe, expect, it } from 'vitest';
import { planColumns } from './msel-column-plan';

const START = { date: '2024-06-24', time: '09:00' };
const noRoles = () => false;
const fieldsOf = (plan: ReturnType<typeof planColumns>) =>
  plan.columns.map((column) => [column.header, column.field, column.guessed]);

describe('planColumns', () => {
  it('maps known headers directly and profiles the one it does not know (Finnish "Aihe", a subject)', () => {
    const rows = [
      ['Heure', 'Expéditeur', 'Destinataire', 'Aihe', 'Message'],
      [
        'T+5',
        'Préfecture',
        'Mairie',
        'Incendie',
        'Un navire brûle au poste 7 ; le port est fermé au trafic.',
      ],
      [
        'T+15',
        'Préfecture',
        'Mairie',
        'Évacuation',
        'Les quais 5 à 9 sont évacués ; un périmètre est établi.',
      ],
      ['T+40', 'Presse', 'Mairie', 'Rumeurs', 'Un journaliste demande si des produits toxiques brûlent.'],
    ];
    const plan = planColumns(rows, START, noRoles);
    expect(plan.columnsFrom).toBe('header');
    expect(plan.dataStart).toBe(1);
    expect(fieldsOf(plan)).toEqual([
      ['Heure', 'time', false],
      ['Expéditeur', 'from', false],
      ['Destinataire', 'to', false],
      ['Aihe', 'title', true],
      ['Message', 'text', false],
    ]);
    expect(plan.columns[3]?.reason).toBe('short free text before the message');
  });

  it('never drops a sender column whose cells look like roles when the recipient is named', () => {
    const rows = [
      ['Zeit', 'Wer', 'Empfänger', 'Nachricht'],
      ['T+5', 'simcell', 'presidency', 'Im Hafen brennt ein Schiff.'],
      ['T+10', 'simcell', 'presidency', 'Die Feuerwehr bittet um Unterstützung.'],
      ['T+20', 'press', 'presidency', 'Eine Zeitung fragt nach einer Stellungnahme.'],
      ['T+30', 'simcell', 'presidency', 'Der Hafen bleibt bis morgen gesperrt.'],
    ];
    const roles = new Set(['simcell', 'presidency', 'press']);
    const plan = planColumns(rows, START, (name) => roles.has(name));
    expect(plan.fields.get(1)).toBe('from');
    expect(plan.fields.get(2)).toBe('to');
    expect(plan.columns[1]).toMatchObject({ guessed: true, field: 'from' });
  });

  it('profiles an unknown expected-response column as the expected action, from its name', () => {
    const rows = [
      ['Time', 'Message', 'Odotettu toiminta'],
      ['T+5', 'A ship is burning at berth 7.', 'Kutsu koolle kriisiryhmä'],
      ['T+15', 'The port asks for help.', 'Pyydä apua'],
    ];
    const plan = planColumns(rows, START, noRoles);
    expect(plan.fields.get(2)).toBe('expected');
  });

  it('leaves out a second column of times under an unknown name (a date beside the time)', () => {
    const rows = [
      ['Heure', 'Tag', 'Message'],
      ['09:15', 'Monday 9:15 AM', 'Un navire brûle au poste 7.'],
      ['10:00', 'Monday 10:00 AM', 'Douze marins sont hospitalisés.'],
    ];
    expect(planColumns(rows, START, noRoles).columns[1]).toMatchObject({
      field: 'ignored',
      guessed: true,
      reason: 'times too; only one column can hold the time',
    });
  });

  it('leaves links and file names out', () => {
    const rows = [
      ['Time', 'Message', 'Bild'],
      ['T+5', 'A ship is burning.', 'https://example.invalid/ship.jpg'],
      ['T+15', 'Smoke over the city.', 'smoke.png'],
    ];
    expect(planColumns(rows, START, noRoles).columns[2]).toMatchObject({ field: 'ignored', guessed: true });
  });

  it('guesses everything, and says so, when the first row is data', () => {
    const rows = [
      ['T+10', 'SimCell', 'Presidency', 'The first report of the incident arrives at the crisis centre.'],
      ['T+40', 'SimCell', 'Presidency', 'A second report confirms the attack on the port and asks for help.'],
    ];
    const plan = planColumns(rows, START, (name) => name === 'SimCell' || name === 'Presidency');
    expect(plan).toMatchObject({ headerFound: false, dataStart: 0, columnsFrom: 'contents' });
    expect(plan.columns.map((column) => column.header)).toEqual([
      'column 1',
      'column 2',
      'column 3',
      'column 4',
    ]);
  });

  it('takes --columns as given and still skips a header row above', () => {
    const rows = [
      ['Time', 'Message'],
      ['T+5', 'A ship is burning.'],
    ];
    const plan = planColumns(
      rows,
      START,
      noRoles,
      new Map([
        [1, 'text'],
        [0, 'time'],
      ]),
    );
    expect(plan).toMatchObject({ headerFound: true, dataStart: 1, columnsFrom: 'given' });
  });
});
