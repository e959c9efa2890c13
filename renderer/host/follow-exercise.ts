import { ConsoleCopy, type ExerciseDatabase } from '../storage/index';
import type { ConsoleConnection, ConsoleStatus } from './console-connection';
import { CopyFollower, type CopyFollowerOptions } from './copy-follower';
import { RemoteExercise } from './remote-exercise';
import { HOST_UNREACHABLE } from './view-status';

export interface FollowOptions {
  /** Where this browser keeps its copies; none (the default): the view lives in memory only. */
  database?: ExerciseDatabase | null;
  historyAfter?: CopyFollowerOptions['historyAfter'];
}

/** An exercise followed: its view, what keeps it and its copy in step, and the function that stops it. */
export interface FollowedExercise {
  view: RemoteExercise;
  follower: CopyFollower;
  copy: ConsoleCopy | null;
  stop: () => void;
}

/**
 * An exercise the console follows over its connection: this browser's copy shown first, then the host asked
 * for what follows it; read-only while the connection is not the console's (reconnecting, or refused), its
 * commands sent through the connection. `stop` stops following.
 */
export function followExercise(
  connection: ConsoleConnection,
  exerciseId: string,
  options: FollowOptions = {},
): FollowedExercise {
  const copy = options.database ? new ConsoleCopy(options.database, exerciseId) : null;
  let stopped = false;
  let unfollow = () => {};
  const view = new RemoteExercise(exerciseId, {
    sendCommand: (command) => connection.command(exerciseId, command),
  });
  const follower: CopyFollower = new CopyFollower(view, {
    copy,
    requestHistory: (from, to) => connection.history(exerciseId, from, to),
    // Opened again from the last seq held: the host sends what follows it.
    resync: () => (unfollow = connection.follow(exerciseId, follower)),
    historyAfter: options.historyAfter,
  });
  const reach = (status: ConsoleStatus) =>
    view.status.setReachable(
      status.state === 'ready',
      status.state === 'refused' ? status.reason : HOST_UNREACHABLE,
    );
  reach(connection.status);
  const stopStatus = connection.onStatus(reach);
  // The copy first: the host is asked for what follows the copy's last event.
  void follower.openCopy().then(() => {
    if (!stopped) unfollow = connection.follow(exerciseId, follower);
  });
  return {
    view,
    follower,
    copy,
    stop: () => {
      stopped = true;
      stopStatus();
      unfollow();
    },
  };
}
