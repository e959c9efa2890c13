// Role names on the mini fixture (test/fixtures): six playbook roles in play, and the press, a local role.
import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { harnessView } from '../../test/fixtures/engine-view';
import { playerRoles, roleTitle } from './role-titles';

describe('roleTitle', () => {
  it('gives a playbook role’s title, a local role’s, and the id of a role neither knows', async () => {
    const view = harnessView(await Harness.create());
    expect(roleTitle(view, 'nac')).toBe('North Atlantic Council');
    expect(roleTitle(view, 'press')).toBe('Evening Courier');
    expect(roleTitle(view, 'stranger')).toBe('stranger');
  });
});

describe('playerRoles', () => {
  it('lists the roles of the players’ audience, in the scenario’s order, without control', async () => {
    const view = harnessView(await Harness.create());
    expect(playerRoles(view)).toEqual(['presidency', 'ms-a', 'ms-c', 'nac', 'press']);
  });
});
