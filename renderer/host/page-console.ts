import { useEffect, useState } from 'react';
import type { ExerciseRecord } from '../../core/index';
import { hostSocket, type HostSocket } from '../transport/index';
import { ConsoleConnection, type ConsoleStatus } from './console-connection';

const connections = new WeakMap<HostSocket, ConsoleConnection>();

/** The page's one console connection, on the page's socket (a test that puts its own socket gets its own). */
export function consoleConnection(): ConsoleConnection {
  const socket = hostSocket();
  let connection = connections.get(socket);
  if (!connection) connections.set(socket, (connection = new ConsoleConnection(socket)));
  return connection;
}

/** Whether the page is the host's console now: connecting, ready, unreachable or refused. */
export function useConsoleStatus(connection: ConsoleConnection = consoleConnection()): ConsoleStatus {
  const [status, setStatus] = useState(connection.status);
  useEffect(() => {
    setStatus(connection.status);
    return connection.onStatus(setStatus);
  }, [connection]);
  return status;
}

/** The exercises in the host's data folder, kept current; null until the host first lists them. */
export function useExerciseCatalogue(
  connection: ConsoleConnection = consoleConnection(),
): ExerciseRecord[] | null {
  const [records, setRecords] = useState(connection.catalogue);
  useEffect(() => {
    setRecords(connection.catalogue);
    return connection.onCatalogue(setRecords);
  }, [connection]);
  return records;
}
