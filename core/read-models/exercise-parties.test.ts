// Who is who in the mini fixture (test/fixtures/mini-playbook/roles.yaml and mini-scenario.yaml): the
// Presidency is on the EU side, the NAC on NATO's, Member States are national, the press a local role.
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { embedContent, loadContent } from '../engine/index';
import { crossesEuNatoLine, exerciseParties } from './exercise-parties';

function miniParties() {
  const loaded = loadContent(
    embedContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
  );
  if (!loaded.ok) throw new Error('the mini fixture must load');
  return exerciseParties(loaded.content);
}

const parties = miniParties();

describe('crossesEuNatoLine', () => {
  it.each([
    ['eu', 'nato', true],
    ['nato', 'eu', true],
    ['eu', 'eu', false],
    ['national', 'nato', false],
    ['eu', 'external', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(crossesEuNatoLine(from, to)).toBe(expected);
  });
});

describe('exerciseParties', () => {
  it('gives a playbook role’s organisation and side, a local role’s own, and an unknown role as itself', () => {
    expect([parties.organisationOf('presidency'), parties.sideOf('presidency')]).toEqual(['council', 'eu']);
    expect([parties.organisationOf('nac'), parties.sideOf('nac')]).toEqual(['nato', 'nato']);
    expect([parties.organisationOf('press'), parties.sideOf('press')]).toEqual([
      'Evening Courier',
      'external',
    ]);
    expect([parties.organisationOf('stranger'), parties.sideOf('stranger')]).toEqual([
      'stranger',
      'external',
    ]);
  });

  it('names a playbook organisation, and leaves a local role’s organisation (already a name) as it is', () => {
    expect(parties.nameOf('state-a')).toBe('State A');
    expect(parties.nameOf('Evening Courier')).toBe('Evening Courier');
  });

  it('tells the roles the exercise plays (its playbook and local roles) from any other name', () => {
    expect(['presidency', 'nac', 'simcell', 'press', 'stranger'].map(parties.isInPlay)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('counts playbook roles of the players’ audience as participants, not a local role control simulates', () => {
    expect(['presidency', 'ms-a', 'nac', 'excon', 'simcell', 'press'].map(parties.isParticipant)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('counts a local role nobody simulates (a training audience from an imported MSEL) as a participant', () => {
    const scenario = miniScenarioText().replace(', simulatedBy: simcell }', ' }');
    expect(scenario).not.toBe(miniScenarioText());
    const loaded = loadContent(
      embedContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: scenario }),
    );
    if (!loaded.ok) throw new Error('the mini fixture without simulatedBy must load');
    const played = exerciseParties(loaded.content);
    expect(['press', 'presidency', 'excon'].map(played.isParticipant)).toEqual([true, true, false]);
  });

  it('crosses the EU–NATO line between the Presidency and the NAC only', () => {
    expect(parties.crossesEuNato('presidency', 'nac')).toBe(true);
    expect(parties.crossesEuNato('nac', 'presidency')).toBe(true);
    expect(parties.crossesEuNato('ms-a', 'nac')).toBe(false);
    expect(parties.crossesEuNato('press', 'nac')).toBe(false);
  });

  it('lets a marking cross the line when public or releasable to a clearance on each side', () => {
    // EU side clearances: eu, eu-institutions; NATO side: nato.
    expect(
      ['PUBLIC', 'REL-EU-NATO', 'EU-ONLY', 'NATO-ONLY', 'SECRET'].map(parties.markingCrossesEuNato),
    ).toEqual([true, true, false, false, false]);
  });
});
