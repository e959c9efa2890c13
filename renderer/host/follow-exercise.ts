import type { ConsoleConnection, ConsoleStatus, ExerciseFollower } from './console-connection';
import { HOST_UNREACHABLE, RemoteExercise } from './remote-exercise';

/**
 * An exercise the console follows over its connection: the remote copy fed with the host's messages,
 * read-only while the connection is not the console's (reconnecting, or refused), its commands sent
 * through the connection. `stop` stops following.
 */
export function followExercise(
  connection: ConsoleConnection,
  exerciseId: string,
): { view: RemoteExercise; stop: () => void } {
  const follower: ExerciseFollower = {
    since: () => view.lastSeq(),
    receive: (message) => view.receive(message),
    refused: (reason) => view.refused(reason),
  };
  let unfollow = () => {};
  const view = new RemoteExercise(exerciseId, {
    sendCommand: (command) => connection.command(exerciseId, command),
    // Opened again from the last seq held: the host sends what follows it.
    resync: () => (unfollow = connection.follow(exerciseId, follower)),
  });
  const reach = (status: ConsoleStatus) =>
    view.setReachable(
      status.state === 'ready',
      status.state === 'refused' ? status.reason : HOST_UNREACHABLE,
    );
  reach(connection.status);
  const stopStatus = connection.onStatus(reach);
  unfollow = connection.follow(exerciseId, follower);
  return {
    view,
    stop: () => {
      stopStatus();
      unfollow();
    },
  };
}
