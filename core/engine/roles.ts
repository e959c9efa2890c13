import type { Playbook } from '../playbook/index';
import type { ScenarioDocument } from '../scenario/index';

/** What the engine needs to know of a role, whether the playbook or the scenario defines it. */
export interface EngineRole {
  id: string;
  audience: 'players' | 'control' | 'evaluation' | 'observers';
  clearance: readonly string[];
  groups: readonly string[];
  /** A scenario's local role: it can send and receive, never own a playbook decision. */
  local: boolean;
}

/** The roles of an exercise: the playbook roles the scenario plays, plus its local roles. */
export function exerciseRoles(playbook: Playbook, scenario: ScenarioDocument): Map<string, EngineRole> {
  const roles = new Map<string, EngineRole>();
  for (const id of scenario.roles.play) {
    const role = playbook.role(id);
    if (role) roles.set(id, { ...role, local: false });
  }
  for (const local of scenario.roles.local) roles.set(local.id, { ...local, local: true });
  return roles;
}
