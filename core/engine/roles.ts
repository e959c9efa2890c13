import type { Playbook } from '../playbook/index';
import type { ScenarioDocument } from '../scenario/index';

/** What the engine needs to know of a role, whether the playbook or the scenario defines it. */
export interface EngineRole {
  id: string;
  /** The human title every screen shows: the playbook's, or the scenario's for a local role. */
  title: string;
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

/**
 * A role's title for any role id an exercise's log may name (a role in play, a local role, a playbook role
 * the scenario does not play): the one lookup the console, the roster and the reports share; the id itself
 * when nothing defines it, so an unknown role still reads as something.
 */
export function roleTitleIn(
  content: { playbook: Playbook; scenario: ScenarioDocument },
  role: string,
): string {
  return (
    content.playbook.role(role)?.title ??
    content.scenario.roles.local.find((local) => local.id === role)?.title ??
    role
  );
}

/**
 * A body control may play (docs/controller-guide.md, "Bodies not played"): a playbook role of the players'
 * audience that the scenario does not play, such as the North Atlantic Council when NATO is not live. Any
 * control role may act as it to take its decisions, owned as the body owns them; it has no station and
 * receives nothing. Null for a role in play, a control or evaluation role, or a name the playbook lacks.
 */
export function absentBody(
  playbook: Playbook,
  roles: ReadonlyMap<string, EngineRole>,
  id: string,
): EngineRole | null {
  if (roles.has(id)) return null;
  const role = playbook.role(id);
  return role?.audience === 'players' ? { ...role, local: false } : null;
}

/** Every body control may play in this exercise, in the playbook's order. */
export function absentBodies(playbook: Playbook, roles: ReadonlyMap<string, EngineRole>): EngineRole[] {
  return playbook.roles.flatMap((role) => absentBody(playbook, roles, role.id) ?? []);
}
