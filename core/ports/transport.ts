/**
 * A channel between stations and the controller's engine host (docs/architecture.md §6): in-process in tests,
 * a BroadcastChannel per exercise and role between windows of one origin, a WebSocket through the station
 * server on a LAN. Messages arrive as `unknown`: the receiver validates them, a sender is never trusted.
 */
export interface TransportChannel {
  post(message: unknown): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: unknown) => void): () => void;
  close(): void;
}

/** Opens the channel of one exercise and role, e.g. `pbsim/ex-1/role/ms-affected`. */
export type OpenChannel = (name: string) => TransportChannel;

export function stationChannelName(exerciseId: string, role: string): string {
  return `pbsim/${exerciseId}/role/${role}`;
}
