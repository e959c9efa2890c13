import type { StationLock } from '../../core/index';
import type { Translator } from '../state/index';

/** Why a role station's controls are off, in the participant's words; null when they are on. */
export function stationLockText(t: Translator, lock: StationLock | null): string | null {
  if (!lock) return null;
  switch (lock.kind) {
    case 'not-found':
      return t('station.lockNotFound', { reason: lock.reason });
    case 'ended':
      return t('station.lockEnded');
    case 'ahead':
      return t('station.lockAhead');
  }
}
