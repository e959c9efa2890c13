import { useEffect, useState } from 'react';
import type {
  ConsoleMessage,
  JoinCodeView,
  LanStatus,
  StationAccessView,
  StationGrantKind,
} from '../../../core/index';
import { consoleConnection } from '../../host/index';

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

/** The LAN listeners and an exercise's codes and stations as the host last pushed them; null before it said. */
export interface StationAccess {
  lan: LanStatus | null;
  codes: readonly JoinCodeView[] | null;
  stations: readonly StationAccessView[] | null;
}

function read(source: StationAccessSource, exerciseId: string): StationAccess {
  const access = source.accessOf(exerciseId);
  return { lan: source.lanStatus, codes: access?.codes ?? null, stations: access?.stations ?? null };
}

/** The LAN listeners and an exercise's codes and stations, kept current with the host's pushes. */
export function useStationAccess(
  exerciseId: string,
  source: StationAccessSource = consoleConnection(),
): StationAccess {
  const [current, setCurrent] = useState(() => read(source, exerciseId));
  useEffect(() => {
    setCurrent(read(source, exerciseId));
    return source.onAccess(() => setCurrent(read(source, exerciseId)));
  }, [source, exerciseId]);
  return current;
}
