import { describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { absentBodies, absentBody, exerciseRoles, roleTitleIn } from './roles';

const { playbook, scenario } = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});

describe('the roles of an exercise', () => {
  it('are the playbook roles the scenario plays, with their audience, clearance and groups, and its local roles', () => {
    const roles = exerciseRoles(playbook, scenario);
    // test/fixtures/mini-playbook/roles.yaml and mini-scenario.yaml, read by hand.
    expect([...roles.keys()]).toEqual(['presidency', 'ms-a', 'ms-c', 'nac', 'excon', 'simcell', 'press']);
    expect(roles.get('ms-a')).toMatchObject({
      id: 'ms-a',
      title: 'Member State A',
      audience: 'players',
      clearance: ['eu', 'nato'],
      groups: ['member-state', 'nato-ally'],
      local: false,
    });
    expect(roles.get('simcell')).toMatchObject({ audience: 'control', local: false });
    // A local role is a player by default, cleared for nothing, in no group: it sends and receives, never decides.
    expect(roles.get('press')).toMatchObject({
      id: 'press',
      title: 'Evening Courier',
      audience: 'players',
      clearance: [],
      groups: [],
      local: true,
    });
  });

  it('leave out the playbook roles the scenario does not play, and names the playbook does not define', () => {
    const fewer = { ...scenario, roles: { play: ['ms-c', 'no-such-role', 'excon'], local: [] } };
    const roles = exerciseRoles(playbook, fewer);
    expect([...roles.keys()]).toEqual(['ms-c', 'excon']);
  });

  it('word any role id a log may name: in play, local, in the playbook but not played, or unknown', () => {
    const content = { playbook, scenario };
    expect(['ms-a', 'press', 'nac', 'no-such-role'].map((role) => roleTitleIn(content, role))).toEqual([
      'Member State A',
      'Evening Courier',
      'North Atlantic Council',
      'no-such-role',
    ]);
  });

  it('offer control the playbook’s player roles the scenario leaves out, and nothing else', () => {
    // Without the NAC and Member State C: those two are the bodies (mini-playbook/roles.yaml, audience players).
    const fewer = {
      ...scenario,
      roles: { play: ['presidency', 'ms-a', 'excon'], local: scenario.roles.local },
    };
    const roles = exerciseRoles(playbook, fewer);
    expect(absentBodies(playbook, roles).map((role) => role.id)).toEqual(['ms-c', 'nac']);
    expect(absentBody(playbook, roles, 'nac')).toMatchObject({
      id: 'nac',
      title: 'North Atlantic Council',
      audience: 'players',
      groups: ['nato-body'],
      local: false,
    });
    // In play, a control role not played (simcell), a local role, a name nobody defines: none is a body.
    for (const id of ['ms-a', 'simcell', 'press', 'ghost'])
      expect(absentBody(playbook, roles, id)).toBeNull();
  });
});
