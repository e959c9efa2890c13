import type { StationState } from '../../core/index';

/**
 * Whether STARTEX has been given, as far as this station knows: the host's clock says so, or (when the
 * station opened while the host is away and has no clock) its copy holds the start or the end. Before it,
 * the engine takes no player command, so the station offers no decision and no message.
 */
export function hasStarted(state: Pick<StationState, 'clock' | 'events'>): boolean {
  if (state.clock) return state.clock.status !== 'ready';
  return state.events.some((event) => event.type === 'exercise.started' || event.type === 'exercise.ended');
}
