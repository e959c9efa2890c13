/** A socket holding a station token, as the console sees it and as revocation reaches it. */
export interface StationSocket {
  address: string;
  sinceWallMs: number;
  /** Cut it off: the socket closes with this reason. */
  cut(reason: string): void;
}

/**
 * Who is connected as which station, right now (issue 20 §1): the socket layer adds a socket when it joins a
 * station channel with a token and removes it when it closes. The console shows it (from where, since when);
 * a revoked station's sockets are found here and closed at once.
 */
export class StationConnections {
  /** exerciseId → stationId → its sockets. */
  private readonly byExercise = new Map<string, Map<string, Set<StationSocket>>>();
  private readonly listeners = new Set<(exerciseId: string) => void>();

  add(exerciseId: string, stationId: string, socket: StationSocket): void {
    const stations = this.byExercise.get(exerciseId) ?? new Map<string, Set<StationSocket>>();
    this.byExercise.set(exerciseId, stations);
    const sockets = stations.get(stationId) ?? new Set<StationSocket>();
    stations.set(stationId, sockets);
    if (sockets.has(socket)) return;
    sockets.add(socket);
    this.notify(exerciseId);
  }

  remove(exerciseId: string, stationId: string, socket: StationSocket): void {
    const stations = this.byExercise.get(exerciseId);
    const sockets = stations?.get(stationId);
    if (!stations || !sockets?.delete(socket)) return;
    if (sockets.size === 0) stations.delete(stationId);
    if (stations.size === 0) this.byExercise.delete(exerciseId);
    this.notify(exerciseId);
  }

  /** Each station's sockets now, oldest first. */
  of(exerciseId: string): Map<string, { address: string; sinceWallMs: number }[]> {
    const out = new Map<string, { address: string; sinceWallMs: number }[]>();
    for (const [stationId, sockets] of this.byExercise.get(exerciseId) ?? [])
      out.set(
        stationId,
        [...sockets]
          .map(({ address, sinceWallMs }) => ({ address, sinceWallMs }))
          .sort((a, b) => a.sinceWallMs - b.sinceWallMs),
      );
    return out;
  }

  /** Close every socket of these stations. */
  cut(exerciseId: string, stationIds: readonly string[], reason: string): number {
    let cut = 0;
    for (const stationId of stationIds)
      for (const socket of [...(this.byExercise.get(exerciseId)?.get(stationId) ?? [])]) {
        socket.cut(reason);
        this.remove(exerciseId, stationId, socket);
        cut += 1;
      }
    return cut;
  }

  onChange(listener: (exerciseId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(exerciseId: string): void {
    for (const listener of this.listeners) listener(exerciseId);
  }
}
