import type { StationState } from '../../core/index';

/**
 * Whether STARTEX has been given, as far as this station knows: the host's clock says so, or its copy holds
 * the start or the end (the stream's word arrives before the next clock message, and is all a station opened
 * while the host is away has). Before it, the engine takes no player command, so the station offers no
 * decision and no message.
 */
export function hasStarted(state: Pick<StationState, 'clock' | 'events'>): boolean {
  if (state.clock && state.clock.status !== 'ready') return true;
  return state.events.some((event) => event.type === 'exercise.started' || event.type === 'exercise.ended');
}
