import { COMMAND_AUTHORITY, type CommandType, type StationEvent } from '../engine/index';
import type { HostClock } from './station-protocol';

/**
 * What the host's answer to the station's hello did to the station's copy (the copy is what reached the
 * station, kept in its own storage): `rebuilt` when the copy was empty or wiped, `updated` when it held some
 * of the stream already, `ahead` when the host's stream ends before the station's last item (a journal
 * restored from an older backup): then nothing is merged, and the copy stays read-only until replaced.
 */
export type CopyReport =
  | { kind: 'rebuilt'; received: number }
  | { kind: 'updated'; received: number }
  | { kind: 'ahead'; held: number; hostLast: number };

/** Why a station may not send a command now; reading its copy always works. */
export type StationLock =
  | { kind: 'ahead'; held: number; hostLast: number }
  /** The host refused the role's channel (the exercise is not on the host): the host's reason. */
  | { kind: 'not-found'; reason: string }
  /** ENDEX: the engine refuses everything but evaluation from now on. */
  | { kind: 'ended' };

/**
 * What a lock is decided from: the station's state as its client keeps it. The host being out of reach is not
 * a lock: a command taken then waits in the station's queue and goes on reconnect, applied once (its id).
 */
export interface LockInputs {
  copy: CopyReport | null;
  unhosted: string | null;
  clock: HostClock | null;
  events: readonly StationEvent[];
}

/**
 * Whether the exercise has ended: the host's clock says so, or the stream holds ENDEX (a copy opened while
 * the host is away has no clock). Read from the end: after ENDEX only evaluation follows, a few events.
 */
export function hasEnded(state: Pick<LockInputs, 'clock' | 'events'>): boolean {
  if (state.clock?.status === 'ended') return true;
  for (let index = state.events.length - 1; index >= 0; index -= 1)
    if (state.events[index]?.type === 'exercise.ended') return true;
  return false;
}

/**
 * Why the station may not send a command of this type, or null when it may. After ENDEX only what the engine
 * still accepts (the evaluation role's observations, ratings and marks, for the hot wash) stays open.
 */
export function commandLock(state: LockInputs, type: CommandType): StationLock | null {
  if (state.copy?.kind === 'ahead')
    return { kind: 'ahead', held: state.copy.held, hostLast: state.copy.hostLast };
  if (state.unhosted !== null) return { kind: 'not-found', reason: state.unhosted };
  if (COMMAND_AUTHORITY[type] !== 'evaluation' && hasEnded(state)) return { kind: 'ended' };
  return null;
}

/** A lock in words, for a command refused before it was queued (the screens disable the control first). */
export function lockReason(lock: StationLock): string {
  switch (lock.kind) {
    case 'ahead':
      return `this station holds items ${lock.hostLast + 1}–${lock.held} that the exercise host does not have; replace its copy with the host's first`;
    case 'not-found':
      return `the exercise host does not have this exercise: ${lock.reason}`;
    case 'ended':
      return 'the exercise has ended (ENDEX)';
  }
}
