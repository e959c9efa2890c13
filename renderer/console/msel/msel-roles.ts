import type { ExerciseView } from '../../../core/index';

/**
 * Roles the control side speaks for: the scenario's simulated local roles (press, a ministry … that name a
 * `simulatedBy`), the control roles themselves (SimCell, white cell), and player roles an automated agent
 * plays. A local role without `simulatedBy` is a training audience (an imported MSEL's recipients), played
 * at a station like any player.
 */
export function simulatedRoles(view: Pick<ExerciseView, 'roles' | 'state' | 'content'>): Set<string> {
  const byControl = new Set(
    view.content.scenario.roles.local
      .filter((local) => local.simulatedBy !== undefined)
      .map((local) => local.id),
  );
  const simulated = new Set<string>();
  for (const role of view.roles.values()) {
    if (byControl.has(role.id) || role.audience === 'control' || view.state.autoPlay[role.id] !== undefined)
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
