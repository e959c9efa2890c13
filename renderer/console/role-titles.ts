import type { ExerciseEngine } from '../../core/index';

/** A role's human title: the playbook's, or the scenario's for a local (simulated) role. */
export function roleTitle(engine: ExerciseEngine, role: string): string {
  const { playbook, scenario } = engine.content;
  return playbook.role(role)?.title ?? scenario.roles.local.find((local) => local.id === role)?.title ?? role;
}

/** The roles people or agents play, in the order the scenario lists them. */
export function playerRoles(engine: ExerciseEngine): string[] {
  return [...engine.roles.values()].filter((role) => role.audience === 'players').map((role) => role.id);
}
