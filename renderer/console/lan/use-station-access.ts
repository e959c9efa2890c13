import { useEffect, useState } from 'react';
import type { ConsoleMessage, LanStatus, StationGrantKind } from '../../../core/index';

/** What the LAN panel needs of the console's connection (ConsoleConnection): pushes to read, requests to send. */
export interface StationAccessSource {
  readonly lanStatus: LanStatus | null;
  accessOf(exerciseId: string): Extract<ConsoleMessage, { kind: 'access' }> | null;
  onAccess(listener: () => void): () => void;
  setLan(on: boolean): Promise<LanStatus>;
  issueCode(exerciseId: string, roles: readonly string[], grant: StationGrantKind): Promise<void>;
  revokeCode(exerciseId: string, codeId: string): Promise<void>;
  revokeStation(exerciseId: string, stationId: string): Promise<void>;
}

/** The LAN listeners and an exercise's codes and stations as the host last pushed them, kept current. */
export function useStationAccess(source: StationAccessSource, exerciseId: string) {
  const read = () => ({ lan: source.lanStatus, access: source.accessOf(exerciseId) });
  const [current, setCurrent] = useState(read);
  useEffect(() => {
    setCurrent(read());
    return source.onAccess(() => setCurrent(read()));
    // `read` is rebuilt each render from these two.
  }, [source, exerciseId]);
  return current;
}
