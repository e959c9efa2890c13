// The roster each kind of station gets, against tables written out by hand from the mini fixture (plus an
// evaluator role and a NATO-only mechanism, so the three rosters differ): an EU role, a NATO role and an
// evaluator.
import { describe, expect, it } from 'vitest';
import {
  exerciseContent,
  miniPlaybookWith,
  miniScenarioText,
  replaceOnce,
} from '../../test/fixtures/fixtures';
import { MemoryEventStore } from '../stores/index';
import { ExerciseEngine } from './exercise-engine';
import { stationRoster, type RosterMechanism, type RosterRole } from './station-roster';

const ALLIANCE = `schemaVersion: 2
kind: mechanism
id: alliance
title: Allied consultations
summary: NATO's own track, which EU roles do not see.
marking: NATO-ONLY
initial: quiet
states:
  quiet:
    on:
      CONSULT_ALLIES: consulting
  consulting:
    type: final
events:
  CONSULT_ALLIES: { title: Consult the Allies, owners: [nac], stage: decide }
sources:
  - title: Hand-made test fixture
    confidence: unverified
reconstructed: Everything; it is a test fixture.
`;

const EVALUATOR_ROLE = `
  - id: evaluator
    title: Evaluator
    organisation: evaluation
    side: evaluation
    audience: evaluation
    clearance: [eu, eu-institutions, nato]
    groups: [evaluation]
    description: Observes and rates.
`;

async function engine(scenarioEdit: (text: string) => string = (text) => text): Promise<ExerciseEngine> {
  const playbook = miniPlaybookWith('roles.yaml', (text) =>
    replaceOnce(
      text,
      '  - { id: excon, name: Exercise control, type: control }\n',
      '  - { id: excon, name: Exercise control, type: control }\n  - { id: evaluation, name: Exercise evaluation, type: evaluation }\n',
    ).concat(EVALUATOR_ROLE),
  );
  playbook.push({ path: 'mini-playbook/alliance.yaml', text: ALLIANCE });
  const scenario = replaceOnce(
    scenarioEdit(miniScenarioText()),
    'play: [presidency, ms-a, ms-c, nac, excon, simcell]',
    'play: [presidency, ms-a, ms-c, nac, excon, simcell, evaluator]',
  );
  return ExerciseEngine.create(new MemoryEventStore('roster-1'), {
    exerciseId: 'roster-1',
    name: 'Roster',
    seed: 1,
    wallMs: 0,
    content: exerciseContent(playbook, { path: 'mini-scenario.yaml', text: scenario }),
  });
}

const CONTROL_CLEARANCE = ['eu', 'eu-institutions', 'nato'];
const role = (
  id: string,
  title: string,
  organisation: string,
  side: RosterRole['side'],
  clearance: string[],
  audience: RosterRole['audience'],
  local = false,
): RosterRole => ({ id, title, organisation, side, clearance, audience, local, simulated: local });

/** Every station names the same cast: the scenario's playbook roles, then its local role. */
const CAST: RosterRole[] = [
  role('presidency', 'Presidency', 'Council', 'eu', ['eu', 'eu-institutions'], 'players'),
  role('ms-a', 'Member State A', 'State A', 'national', ['eu', 'nato'], 'players'),
  role('ms-c', 'Member State C', 'State C', 'national', ['eu'], 'players'),
  role('nac', 'North Atlantic Council', 'NATO', 'nato', ['nato'], 'players'),
  role('excon', 'Exercise control', 'Exercise control', 'control', CONTROL_CLEARANCE, 'control'),
  role('simcell', 'Simulation cell', 'Exercise control', 'control', CONTROL_CLEARANCE, 'control'),
  role('evaluator', 'Evaluator', 'Exercise evaluation', 'evaluation', CONTROL_CLEARANCE, 'evaluation'),
  role('press', 'Evening Courier', 'Evening Courier', 'external', [], 'players', true),
];

const CRISIS: RosterMechanism = {
  id: 'crisis',
  title: 'Crisis arrangements',
  caseLabel: null,
  // FORCED_FULL is sent by a route, never taken: it is no decision.
  decisions: [
    { event: 'CONSULT', title: 'Consult the Presidency' },
    { event: 'ACTIVATE', title: 'Activate sharing' },
    { event: 'RAPID_ALERT', title: 'Send a rapid alert' },
    { event: 'ESCALATE', title: 'Escalate to full' },
    { event: 'STAND_DOWN', title: 'Stand down' },
    { event: 'MEET', title: 'Hold a meeting' },
    { event: 'ADOPT', title: 'Adopt measures' },
  ],
};
const SOLIDARITY: RosterMechanism = {
  id: 'solidarity',
  title: 'Solidarity request',
  caseLabel: 'requesting Member State',
  decisions: [
    { event: 'INVOKE', title: 'Invoke solidarity' },
    { event: 'WITHDRAW', title: 'Withdraw' },
  ],
};
const ALLIANCE_MECHANISM: RosterMechanism = {
  id: 'alliance',
  title: 'Allied consultations',
  caseLabel: null,
  decisions: [{ event: 'CONSULT_ALLIES', title: 'Consult the Allies' }],
};

// test/fixtures/mini-playbook/markings.yaml, with the clearance tags each is releasable to.
const PUBLIC = { id: 'PUBLIC', title: 'Public', releasableTo: [] };
const EU_ONLY = { id: 'EU-ONLY', title: 'EU only', releasableTo: ['eu'] };
const NATO_ONLY = { id: 'NATO-ONLY', title: 'NATO only', releasableTo: ['nato'] };
const REL = { id: 'REL-EU-NATO', title: 'EU and NATO', releasableTo: ['eu', 'nato'] };

describe('the roster a station gets', () => {
  it('for an EU role: EU and shared markings, the EU mechanisms, every other player and the local role', async () => {
    const exercise = await engine();
    expect(stationRoster(exercise.content, exercise.state, 'ms-c')).toEqual({
      exerciseId: 'roster-1',
      role: 'ms-c',
      roles: CAST,
      recipients: ['presidency', 'ms-a', 'nac', 'press'],
      markings: [PUBLIC, EU_ONLY, REL],
      mechanisms: [CRISIS, SOLIDARITY],
    });
  });

  it('for a NATO role: NATO and shared markings and only the NATO mechanism', async () => {
    const exercise = await engine();
    expect(stationRoster(exercise.content, exercise.state, 'nac')).toEqual({
      exerciseId: 'roster-1',
      role: 'nac',
      roles: CAST,
      recipients: ['presidency', 'ms-a', 'ms-c', 'press'],
      markings: [PUBLIC, NATO_ONLY, REL],
      mechanisms: [ALLIANCE_MECHANISM],
    });
  });

  it('for an evaluator: every marking and mechanism, and nobody to write to', async () => {
    const exercise = await engine();
    const roster = stationRoster(exercise.content, exercise.state, 'evaluator');
    expect(roster).toEqual({
      exerciseId: 'roster-1',
      role: 'evaluator',
      roles: CAST,
      recipients: [],
      markings: [PUBLIC, EU_ONLY, NATO_ONLY, REL],
      mechanisms: [CRISIS, SOLIDARITY, ALLIANCE_MECHANISM],
    });
  });

  it('carries no descriptions, injects or expected actions: nothing of the control material', async () => {
    const exercise = await engine();
    const text = JSON.stringify(stationRoster(exercise.content, exercise.state, 'ms-a'));
    for (const control of ['Brief the press', 'EA-1', 'Explosion at the port', 'Plays everyone else'])
      expect(text).not.toContain(control);
  });

  it('for a local role that receives injects (played at a station): every other player, simulated actors too', async () => {
    // An MSEL's training audience that no playbook holds: a local role with no simulatedBy.
    const exercise = await engine((text) =>
      replaceOnce(
        text,
        '  local:\n',
        '  local:\n    - { id: port-team, title: Port crisis team, organisation: Velmora port, side: external }\n',
      ),
    );
    const roster = stationRoster(exercise.content, exercise.state, 'port-team');
    expect(roster.recipients).toEqual(['presidency', 'ms-a', 'ms-c', 'nac', 'press']);
    const team = roster.roles.find((entry) => entry.id === 'port-team');
    expect(team).toMatchObject({ local: true, simulated: false, audience: 'players' });
    // The simulated press still writes to nobody: control answers for it from the console.
    expect(stationRoster(exercise.content, exercise.state, 'press').recipients).toEqual([]);
  });

  it('refuses a role that is not in the exercise', async () => {
    const exercise = await engine();
    expect(() => stationRoster(exercise.content, exercise.state, 'ms-z')).toThrow(
      'role ms-z is not in this exercise',
    );
  });
});
