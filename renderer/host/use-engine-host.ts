import { errorMessage } from '../../core/index';
import { useEffect, useState } from 'react';
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
