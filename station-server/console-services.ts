import type { LanStatus } from '../core/index';
import type { ExerciseHostApi } from './host-api';
import type { StationConnections } from './station-connections';
import type { StationDoorApi } from './station-door-api';

/** The room network as the console controls it: listening on the LAN's addresses, or not. */
export interface LanControl {
  status(): LanStatus;
  /** Start or stop listening; resolves with the status after (a failure is its `problem`, never a throw). */
  set(on: boolean): Promise<LanStatus>;
  onChange(listener: (status: LanStatus) => void): () => void;
}

/** What the socket layer serves its clients from: the exercises, the stations' door and sockets, the LAN. */
export interface ConsoleServices {
  host: ExerciseHostApi;
  door: StationDoorApi;
  connections: StationConnections;
  lan: LanControl;
}
