// The roles offered when starting an exercise of the mini fixture (test/fixtures).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/index';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { defaultRolePlay, playableRoles } from './default-role-play';

const playbook = loadMiniPlaybook();

function scenario(text = miniScenarioText()) {
  const loaded = loadScenario({ path: 'mini.yaml', text }, playbook);
  if (!loaded.ok) throw new Error('the scenario must load');
  return loaded.scenario;
}

describe('playableRoles', () => {
  it('offers the playbook’s players in play, then the local roles, but no control role', () => {
    expect(playableRoles(scenario(), playbook)).toEqual([
      { id: 'presidency', title: 'Presidency', organisation: 'council', local: false, simulated: false },
      { id: 'ms-a', title: 'Member State A', organisation: 'state-a', local: false, simulated: false },
      { id: 'ms-c', title: 'Member State C', organisation: 'state-c', local: false, simulated: false },
      { id: 'nac', title: 'North Atlantic Council', organisation: 'nato', local: false, simulated: false },
      {
        id: 'press',
        title: 'Evening Courier',
        organisation: 'Evening Courier',
        local: true,
        simulated: true,
      },
    ]);
  });

  it('leaves out a local role of another audience', () => {
    const text = replaceOnce(
      miniScenarioText(),
      'simulatedBy: simcell }',
      'simulatedBy: simcell, audience: control }',
    );
    expect(playableRoles(scenario(text), playbook).map((role) => role.id)).not.toContain('press');
  });
});

describe('defaultRolePlay', () => {
  it('seats players at stations, local ones too, and leaves simulated roles to the SimCell by hand', () => {
    expect(
      defaultRolePlay([
        { id: 'ms-a', title: 'A', organisation: 'a', local: false, simulated: false },
        { id: 'port-team', title: 'Port team', organisation: 'Port', local: true, simulated: false },
        { id: 'press', title: 'Press', organisation: 'Press', local: true, simulated: true },
      ]),
    ).toEqual({ 'ms-a': 'station', 'port-team': 'station', press: 'by-hand' });
  });

  it('seats a local role without simulatedBy (an MSEL’s training audience) at a station', () => {
    const text = replaceOnce(miniScenarioText(), ', simulatedBy: simcell }', ' }');
    const roles = playableRoles(scenario(text), playbook);
    expect(roles.find((role) => role.id === 'press')).toMatchObject({ local: true, simulated: false });
    expect(defaultRolePlay(roles).press).toBe('station');
  });
});
