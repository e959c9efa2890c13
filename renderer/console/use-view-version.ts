import { useSyncExternalStore } from 'react';
import type { ExerciseView } from '../../core/index';

/** Re-render on every change of the exercise (events, errors); returns the view's version. */
export function useViewVersion(view: ExerciseView): number {
  return useSyncExternalStore(
    (listener) => view.subscribe(listener),
    () => view.version,
  );
}

/** Re-render when stations arrive, beat or act (the console's stations view). */
export function usePresenceVersion(view: ExerciseView): number {
  return useSyncExternalStore(
    (listener) => view.subscribePresence(listener),
    () => view.presenceVersion,
  );
}
