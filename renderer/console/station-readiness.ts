import type { ExerciseView } from '../../core/index';
import { playerRoles } from './role-titles';

/** Where a player role stands before STARTEX: a station open, an agent playing it, or nobody yet. */
export type Readiness = 'station' | 'agent' | 'missing';

export interface RoleReadiness {
  role: string;
  readiness: Readiness;
}

/**
 * Each player role's readiness to start, in the scenario's order. A role an agent plays needs no station
 * (the agent plays it, whoever watches); any other is ready once a station of it is connected now (one that
 * came and went is not).
 */
export function stationReadiness(view: Pick<ExerciseView, 'roles' | 'state' | 'presence'>): RoleReadiness[] {
  const connected = new Set(
    view
      .presence()
      .filter((entry) => entry.connected)
      .map((entry) => entry.role),
  );
  return playerRoles(view).map((role) => ({
    role,
    readiness:
      view.state.autoPlay[role] !== undefined ? 'agent' : connected.has(role) ? 'station' : 'missing',
  }));
}
