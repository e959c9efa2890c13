// Who the control side speaks for, on the mini fixture (test/fixtures): control roles excon and simcell, the
// press (a local role), and any player an agent plays.
import { describe, expect, it } from 'vitest';
import { Harness } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { miniScenarioText, replaceOnce } from '../../../test/fixtures/fixtures';
import { injectRoles, simulatedRoles } from './msel-roles';

describe('simulatedRoles', () => {
  it('holds the local and control roles, and a player once an agent plays it', async () => {
    const harness = await Harness.create();
    const view = harnessView(harness);
    expect([...simulatedRoles(view)].sort()).toEqual(['excon', 'press', 'simcell']);
    await harness.send('role/auto-play', { role: 'nac', policy: 'doctrine' });
    expect([...simulatedRoles(view)].sort()).toEqual(['excon', 'nac', 'press', 'simcell']);
  });

  it('leaves out a local role no control role plays: a training audience at a station', async () => {
    const text = replaceOnce(
      miniScenarioText(),
      '  local:\n',
      '  local:\n    - { id: port-team, title: Port crisis team, organisation: Velmora port, side: external }\n',
    );
    const view = harnessView(await Harness.create(text));
    expect([...view.roles.keys()]).toContain('port-team');
    expect([...simulatedRoles(view)].sort()).toEqual(['excon', 'press', 'simcell']);
  });
});

describe('injectRoles', () => {
  it('lists every role that sends or receives injects, in the exercise’s order', async () => {
    const view = harnessView(await Harness.create());
    expect(injectRoles(view)).toEqual(['presidency', 'ms-a', 'ms-c', 'nac', 'excon', 'simcell', 'press']);
  });
});
