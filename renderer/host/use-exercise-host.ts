import { useEffect, useState } from 'react';
import type { CommandInput, CommandReply, CommandType } from '../../core/index';
import type { ConsoleConnection } from './console-connection';
import { downloadCopy } from './copy-download';
import { followExercise, type FollowOptions } from './follow-exercise';
import { appDatabase } from '../storage/index';
import { consoleConnection } from './page-console';
import type { RemoteExercise } from './remote-exercise';
import { HOST_UNREACHABLE } from './view-status';

/** What the console offers to do with this browser's copy when the host does not continue it. */
export interface CopyActions {
  /** Save the copy as a journal file; resolves with the file's name. */
  download(): Promise<string>;
  /** Delete the copy and rebuild it from the host's journal (the controller has confirmed). */
  replace(): Promise<void>;
}

export type ExerciseHostLoad =
  /** `waiting`: why it is taking long (the host out of reach), or null. */
  | { status: 'loading'; waiting: string | null }
  /** `notFound`: the host has no such exercise in its data folder (and this browser holds no copy). */
  | { status: 'failed'; reason: string; notFound: boolean }
  | {
      status: 'ready';
      view: RemoteExercise;
      send: <K extends CommandType>(type: K, payload: CommandInput<K>) => Promise<CommandReply>;
      /** `send` as EXCON acting as a role: one in play, or a body the scenario does not play. */
      sendAs: RemoteExercise['sendAs'];
      /** Null when this browser keeps no copy (its storage could not be used). */
      copy: CopyActions | null;
      /** The room network and the stations' codes and passes, on the console's connection. */
      access: ConsoleConnection;
    };

function loadOf(
  view: RemoteExercise,
  connection: ConsoleConnection,
  copy: CopyActions | null,
): ExerciseHostLoad {
  const { status } = connection;
  if (view.ready)
    return { status: 'ready', view, send: view.send, sendAs: view.sendAs, copy, access: connection };
  if (view.notFound !== null) return { status: 'failed', reason: view.notFound, notFound: true };
  if (status.state === 'refused') return { status: 'failed', reason: status.reason, notFound: false };
  return { status: 'loading', waiting: status.state === 'unreachable' ? HOST_UNREACHABLE : null };
}

/**
 * Follow an exercise for the life of the console's screen: loading until this browser's copy or the host's
 * log is in, then the view to read, the function to send commands with and what can be done with the copy;
 * failed when neither has the exercise or the host will not have this page as its console. Stops following
 * when the screen goes or turns to another exercise; follows afresh once the copy is replaced.
 */
export function useExerciseHost(
  exerciseId: string,
  connection: ConsoleConnection = consoleConnection(),
  options: FollowOptions = {},
): ExerciseHostLoad {
  const [load, setLoad] = useState<ExerciseHostLoad>({ status: 'loading', waiting: null });
  // Bumped when the copy is replaced: the exercise is followed afresh, from nothing.
  const [generation, setGeneration] = useState(0);
  // The console keeps its copy in the app's database unless told otherwise (null: none).
  const { database = appDatabase(), historyAfter } = options;
  useEffect(() => {
    const followed = followExercise(connection, exerciseId, { database, historyAfter });
    const { view, stop, copy } = followed;
    const actions: CopyActions | null = copy && {
      download: () => downloadCopy(copy),
      replace: async () => {
        stop();
        await followed.follower.settled();
        await copy.discard();
        setGeneration((value) => value + 1);
      },
    };
    const update = () =>
      setLoad((previous) => {
        const next = loadOf(view, connection, actions);
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
  }, [exerciseId, connection, database, historyAfter, generation]);
  return load;
}
