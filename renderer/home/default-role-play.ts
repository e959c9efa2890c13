import type { ScenarioDocument, Playbook } from '../../core/index';
import type { RolePlay } from '../../core/index';

export interface PlayableRole {
  id: string;
  title: string;
  organisation: string;
  local: boolean;
  /** Played by a control role (`simulatedBy`): a simulated actor, not a training audience at a station. */
  simulated: boolean;
}

/**
 * The roles a controller assigns when starting an exercise: the players of the playbook in play and the
 * scenario's local roles of the players' audience: the simulated actors, and the training audience an imported
 * MSEL names (the roles that receive its injects). Control and evaluation roles have their own screens and are not assigned.
 */
export function playableRoles(scenario: ScenarioDocument, playbook: Playbook): PlayableRole[] {
  const out: PlayableRole[] = [];
  for (const id of scenario.roles.play) {
    const role = playbook.role(id);
    if (role && role.audience === 'players')
      out.push({ id, title: role.title, organisation: role.organisation, local: false, simulated: false });
  }
  for (const role of scenario.roles.local)
    if (role.audience === 'players')
      out.push({
        id: role.id,
        title: role.title,
        organisation: role.organisation,
        local: true,
        simulated: role.simulatedBy !== undefined,
      });
  return out;
}

/**
 * Players sit at stations, local ones too (an MSEL's training audience); simulated roles are played by the
 * SimCell by hand.
 */
export function defaultRolePlay(roles: readonly PlayableRole[]): Record<string, RolePlay> {
  return Object.fromEntries(roles.map((role) => [role.id, role.simulated ? 'by-hand' : 'station']));
}
