// MSEL rows from other tools → scenario drafts that validate against the bundled playbook and play.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  ExerciseEngine,
  formatProblem,
  importMsel,
  loadScenario,
  MemoryEventStore,
  runExercise,
} from '../core/index';
import { bundledPlaybookSources, loadBundledPlaybook } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';

const playbook = loadBundledPlaybook();
const options = {
  id: 'imported',
  title: 'Imported MSEL',
  start: { date: '2024-06-24', time: '09:00', timeZone: 'Europe/Brussels' },
  playbook,
};

const HSEEP = [
  [
    'Event Number',
    'Designated Scenario Time',
    'Event Type',
    'Inject Mode',
    'From',
    'To',
    'Message',
    'Expected Participant Response',
    'Notes',
  ],
  [
    '1',
    'T+0',
    'Inject',
    'Phone',
    'Port authority',
    'Presidency',
    'An explosion at the port; casualties reported.',
    'Open IPCR monitoring',
    'Watch the Presidency',
  ],
  [
    '2',
    'T+1:30',
    'Inject',
    'Email',
    'Hospital',
    'ms-affected, Ministry of Health',
    'Twelve patients with unusual symptoms.',
    'Alert the EWRS',
    '',
  ],
  ['3', 'soon', 'Inject', 'News', 'Evening Courier', 'Presidency', 'Rumours spread online.', '', ''],
  ['', '', '', '', '', '', '', '', ''],
  [
    '4',
    'Day 2 10:00',
    'Inject',
    'Social media',
    'Troll farm',
    'EEAS StratCom',
    'A forged document circulates.',
    'Debunk it',
    '',
  ],
];

function validate(scenario: unknown) {
  return loadScenario({ path: 'imported.yaml', text: stringify(scenario) }, playbook);
}

/** The draft plays to ENDEX under the doctrine policy, releasing `released` injects on the way. */
async function expectPlaysToItsEnd(scenario: unknown, released: number): Promise<void> {
  const engine = await ExerciseEngine.create(new MemoryEventStore('imported'), {
    exerciseId: 'imported',
    name: 'imported',
    seed: 1,
    wallMs: 0,
    content: exerciseContent(bundledPlaybookSources(), { path: 'imported.yaml', text: stringify(scenario) }),
  });
  const summary = await runExercise(engine, { policy: 'doctrine', seed: 1, wallStartMs: 0 });
  expect([...summary.models.injects.all()].filter((inject) => inject.released)).toHaveLength(released);
  expect(engine.state.clock.status).toBe('ended');
}

describe('importMsel', () => {
  it('maps an HSEEP sheet, reports what it did, and the draft validates and plays', async () => {
    const { scenario, report } = importMsel(HSEEP, {
      ...options,
      roleNames: { 'Ministry of Health': 'ms-affected-health', 'EEAS StratCom': 'eeas-stratcom' },
    });
    expect(report.headerFound).toBe(true);
    expect(report.columns.map((column) => column.field)).toEqual([
      'number',
      'time',
      'type',
      'channel',
      'from',
      'to',
      'text',
      'expected',
      'notes',
    ]);
    expect(report.rowProblems).toEqual([{ row: 4, reason: '"soon" is not a time this importer can read' }]);
    expect(report.imported).toBe(3);
    expect(report.localRoles.map((role) => role.name)).toEqual(['Port authority', 'Hospital', 'Troll farm']);
    expect(scenario.injects.map((inject) => [inject.id, inject.at, inject.channel, inject.to])).toEqual([
      ['INJ-1', 'T+0', 'phone', ['presidency']],
      ['INJ-2', 'T+1h30m', 'email', ['ms-affected', 'ms-affected-health']],
      ['INJ-4', 'T+1d1h', 'social-media', ['eeas-stratcom']],
    ]);
    const loaded = validate(scenario);
    expect(loaded.problems.map(formatProblem)).toEqual([]);

    await expectPlaysToItsEnd(scenario, 3);
  });

  it('makes the local roles that receive injects a training audience at stations, and senders simulated', async () => {
    const rows = [
      ['Time', 'From', 'To', 'Message'],
      ['T+5', 'Port authority', 'Port crisis team', 'A ship is burning at berth 7.'],
      ['T+10', 'Port crisis team', 'Presidency', 'The port asks the Presidency for help.'],
      ['T+20', 'Evening Courier', 'Port crisis team, Presidency', 'The press asks for a statement.'],
    ];
    const { scenario, report } = importMsel(rows, options);
    // Worked out by hand: "Port crisis team" receives rows 2 and 4; the authority and the paper only send.
    expect(report.localRoles).toEqual([
      { id: 'port-authority', name: 'Port authority', receives: false },
      { id: 'port-crisis-team', name: 'Port crisis team', receives: true },
      { id: 'evening-courier', name: 'Evening Courier', receives: false },
    ]);
    expect(scenario.roles.local.map((role) => [role.id, role.simulatedBy])).toEqual([
      ['port-authority', 'simcell'],
      ['port-crisis-team', undefined],
      ['evening-courier', 'simcell'],
    ]);
    expect(validate(scenario).problems.map(formatProblem)).toEqual([]);

    // And the exercise plays to its end with the audience role in it.
    await expectPlaysToItsEnd(scenario, 3);
  });

  it('guesses the columns of a sheet without a header row, and says so', () => {
    const rows = [
      ['T+10', 'SimCell', 'Presidency', 'The first report of the incident arrives at the crisis centre.'],
      ['T+40', 'SimCell', 'Presidency', 'A second report confirms the attack on the port and asks for help.'],
      [
        'T+90',
        'Press office',
        'Presidency',
        'Journalists ask for a statement about the port within the hour.',
      ],
    ];
    const { scenario, report } = importMsel(rows, options);
    expect(report.headerFound).toBe(false);
    expect(report.assumptions[0]).toMatch(/no header row/);
    expect(report.columns.map((column) => column.field)).toEqual(['time', 'from', 'to', 'text']);
    expect(scenario.injects).toHaveLength(3);
    expect(validate(scenario).problems.map(formatProblem)).toEqual([]);
  });

  it('moves T0 back to the earliest inject when an MSEL starts before the given start', () => {
    const rows = [
      ['Time', 'Message'],
      ['J-1', 'Early warning'],
      ['J+0', 'The day itself'],
    ];
    const { scenario, report } = importMsel(rows, options);
    expect(scenario.injects.map((inject) => inject.at)).toEqual(['T+0', 'T+1d']);
    expect(scenario.start.date).toBe('2024-06-23T09:00');
    expect(report.assumptions.some((line) => line.includes('T0 was moved back'))).toBe(true);
    expect(validate(scenario).problems.map(formatProblem)).toEqual([]);
  });
});
