import type { ExerciseView } from '../../core/index';

/** A role's human title: the playbook's, or the scenario's for a local (simulated) role. */
export function roleTitle(view: Pick<ExerciseView, 'content'>, role: string): string {
  const { playbook, scenario } = view.content;
  return playbook.role(role)?.title ?? scenario.roles.local.find((local) => local.id === role)?.title ?? role;
}

/** The roles people or agents play, in the order the scenario lists them. */
export function playerRoles(view: Pick<ExerciseView, 'roles'>): string[] {
  return [...view.roles.values()].filter((role) => role.audience === 'players').map((role) => role.id);
}
