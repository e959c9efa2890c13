import { useEffect, useState } from 'react';
import type { CommandInput, CommandReply, CommandType } from '../../core/index';
import type { ConsoleConnection, ConsoleStatus } from './console-connection';
import { followExercise } from './follow-exercise';
import { consoleConnection } from './page-console';
import { HOST_UNREACHABLE, type RemoteExercise } from './remote-exercise';

export type ExerciseHostLoad =
  /** `waiting`: why it is taking long (the host out of reach), or null. */
  | { status: 'loading'; waiting: string | null }
  /** `notFound`: the host has no such exercise in its data folder. */
  | { status: 'failed'; reason: string; notFound: boolean }
  | {
      status: 'ready';
      view: RemoteExercise;
      send: <K extends CommandType>(type: K, payload: CommandInput<K>) => Promise<CommandReply>;
    };

function loadOf(view: RemoteExercise, status: ConsoleStatus): ExerciseHostLoad {
  if (view.ready) return { status: 'ready', view, send: view.send };
  if (view.notFound !== null) return { status: 'failed', reason: view.notFound, notFound: true };
  if (status.state === 'refused') return { status: 'failed', reason: status.reason, notFound: false };
  return { status: 'loading', waiting: status.state === 'unreachable' ? HOST_UNREACHABLE : null };
}

/**
 * Follow an exercise on the host for the life of the console's screen: loading until its log arrives, then
 * the view to read and the function to send commands with; failed when the host has no such exercise or
 * will not have this page as its console. Stops following when the screen goes or turns to another one.
 */
export function useExerciseHost(
  exerciseId: string,
  connection: ConsoleConnection = consoleConnection(),
): ExerciseHostLoad {
  const [load, setLoad] = useState<ExerciseHostLoad>({ status: 'loading', waiting: null });
  useEffect(() => {
    const { view, stop } = followExercise(connection, exerciseId);
    const update = () =>
      setLoad((previous) => {
        const next = loadOf(view, connection.status);
        // Once ready the same view stays: it changes itself, and the screens re-render on its version.
        return previous.status === 'ready' && next.status === 'ready' && previous.view === view
          ? previous
          : next;
      });
    update();
    const stopView = view.subscribe(update);
    const stopStatus = connection.onStatus(update);
    return () => {
      stopView();
      stopStatus();
      stop();
      setLoad({ status: 'loading', waiting: null });
    };
  }, [exerciseId, connection]);
  return load;
}
