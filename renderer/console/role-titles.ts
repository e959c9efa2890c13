import { roleTitleIn, type ExerciseView } from '../../core/index';

/** A role's human title, as every screen and the roster word it (core's one lookup). */
export function roleTitle(view: Pick<ExerciseView, 'content'>, role: string): string {
  return roleTitleIn(view.content, role);
}

/** The roles people or agents play, in the order the scenario lists them. */
export function playerRoles(view: Pick<ExerciseView, 'roles'>): string[] {
  return [...view.roles.values()].filter((role) => role.audience === 'players').map((role) => role.id);
}
