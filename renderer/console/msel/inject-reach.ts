import type { ExerciseView } from '../../../core/index';

/**
 * The recipients an inject's marking will keep it from: the engine delivers to a role in play whose
 * clearance the marking reaches (the playbook's `canSee`, the one rule) and blocks the others.
 */
export function injectNotCleared(
  view: Pick<ExerciseView, 'content' | 'roles'>,
  marking: string,
  to: readonly string[],
): string[] {
  if (!view.content.playbook.marking(marking)) return [];
  return to.filter((id) => {
    const role = view.roles.get(id);
    return !role || !view.content.playbook.canSee(role, marking);
  });
}
