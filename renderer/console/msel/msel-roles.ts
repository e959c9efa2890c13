import type { ExerciseView } from '../../../core/index';

/**
 * Roles the control side speaks for: the scenario's local roles (press, a ministry …), the control roles
 * themselves (SimCell, white cell), and player roles an automated agent plays.
 */
export function simulatedRoles(view: Pick<ExerciseView, 'roles' | 'state'>): Set<string> {
  const simulated = new Set<string>();
  for (const role of view.roles.values()) {
    if (role.local || role.audience === 'control' || view.state.autoPlay[role.id] !== undefined)
      simulated.add(role.id);
  }
  return simulated;
}

/** Every role that can send or receive an inject, in the exercise's order. */
export function injectRoles(view: Pick<ExerciseView, 'roles'>): string[] {
  return [...view.roles.values()]
    .filter((role) => role.audience !== 'evaluation' && role.audience !== 'observers')
    .map((role) => role.id);
}
