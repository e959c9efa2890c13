import type { ExerciseEngine } from '../../../core/index';

/**
 * Roles the control side speaks for: the scenario's local roles (press, a ministry …), the control roles
 * themselves (SimCell, white cell), and player roles an automated agent plays.
 */
export function simulatedRoles(engine: ExerciseEngine): Set<string> {
  const simulated = new Set<string>();
  for (const role of engine.roles.values()) {
    if (role.local || role.audience === 'control' || engine.state.autoPlay[role.id] !== undefined)
      simulated.add(role.id);
  }
  return simulated;
}

/** Every role that can send or receive an inject, in the exercise's order. */
export function injectRoles(engine: ExerciseEngine): string[] {
  return [...engine.roles.values()]
    .filter((role) => role.audience !== 'evaluation' && role.audience !== 'observers')
    .map((role) => role.id);
}
