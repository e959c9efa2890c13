import { errorMessage } from '../../core/index';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { EngineHost } from './engine-host';

export type HostLoad =
  { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; host: EngineHost };

/** Open the exercise's engine host for the life of the component (the console's tab), and close it after. */
export function useEngineHost(exerciseId: string): HostLoad {
  const [load, setLoad] = useState<HostLoad>({ status: 'loading' });
  useEffect(() => {
    let host: EngineHost | null = null;
    let cancelled = false;
    EngineHost.open(exerciseId).then(
      (opened) => {
        if (cancelled) opened.close();
        else {
          host = opened;
          setLoad({ status: 'ready', host: opened });
        }
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: 'failed', reason: errorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
      host?.close();
    };
  }, [exerciseId]);
  return load;
}

/** Re-render on every change of the host (events, presence, errors); returns its version number. */
export function useHostVersion(host: EngineHost): number {
  return useSyncExternalStore(
    (listener) => host.subscribe(listener),
    () => host.version,
  );
}

/** Re-render when stations arrive, beat or act (the console's stations view). */
export function usePresenceVersion(host: EngineHost): number {
  return useSyncExternalStore(
    (listener) => host.subscribePresence(listener),
    () => host.presenceVersion,
  );
}
