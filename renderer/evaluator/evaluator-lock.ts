import type { StationLock } from '../../core/index';
import type { Translator } from '../state/index';

/**
 * Why the evaluator's forms are off, in the evaluator's words; null when they are on. ENDEX never locks them:
 * the engine still takes observations, ratings and marks after it, for the hot wash.
 */
export function evaluatorLockText(t: Translator, lock: StationLock | null): string | null {
  if (!lock || lock.kind === 'ended') return null;
  switch (lock.kind) {
    case 'not-found':
      return t('evaluator.lockNotFound', { reason: lock.reason });
    case 'ahead':
      return t('evaluator.lockAhead');
  }
}
