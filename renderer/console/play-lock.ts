import type { ExerciseView } from '../../core/index';
import type { Translator } from '../state/index';

/**
 * Why the console may not change play now, in the words it shows beside the controls it disables, or null
 * when it may. The engine refuses such commands anyway; disabling them says so before the controller tries.
 * After ENDEX only evaluation may still be recorded, so every play control (NO PLAY, injects, decisions
 * taken for a role) is locked; out of the host's reach nothing can be sent at all.
 */
export function playLock(view: Pick<ExerciseView, 'readOnly' | 'readOnlyReason' | 'state'>, t: Translator) {
  if (view.readOnly) return t('console.readOnly', { reason: view.readOnlyReason ?? '' });
  if (view.state.clock.status === 'ended') return t('console.lock.ended');
  return null;
}

/** Before STARTEX nothing is in play yet: no decision is offered to be taken for a role. */
export function beforeStartex(view: Pick<ExerciseView, 'state'>): boolean {
  return view.state.clock.status === 'ready';
}
