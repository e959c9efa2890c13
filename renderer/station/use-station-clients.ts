import { useCallback, useEffect, useState } from 'react';
import { errorMessage, StationClient, stationChannelName, type StationState } from '../../core/index';
import { randomId } from '../host/index';
import { DexieStationStorage, stationDatabase } from '../storage/index';
import { hostSocket, openHostChannel } from '../transport/index';
import { rejoiningChannel } from './rejoining-channel';
import { tabStationId, type StationKind } from './station-id';

/** The station sends a heartbeat this often, so the console shows it connected. */
export const HEARTBEAT_MS = 5_000;

export interface RoleStation {
  client: StationClient;
  storage: DexieStationStorage;
  state: StationState;
  opened: ReadonlySet<number>;
}

/**
 * One station client per role this person plays, each on its own channel and storage: loads what the
 * station kept, then says hello so the host sends the rest; beats every 5 s; stops when the screen goes.
 * When the host refuses a role's channel (the exercise is not on it) the client hears why, and the channel is
 * joined again at every beat until the host takes it. Role stations and the evaluator's station are wired the
 * same way; only their tab ids differ.
 */
export function useStationClients(
  exerciseId: string,
  roles: readonly string[],
  kind: StationKind = 'station',
) {
  const [stations, setStations] = useState<Record<string, RoleStation>>({});
  const [error, setError] = useState<string | null>(null);
  const roleList = roles.join(',');

  useEffect(() => {
    const stationId = tabStationId(randomId, kind);
    const started: { client: StationClient; rejoin: () => void }[] = [];
    const stopRefusals: (() => void)[] = [];
    let live = true;
    const put = (role: string, change: Partial<RoleStation>) =>
      setStations((current) => {
        const previous = current[role];
        return previous ? { ...current, [role]: { ...previous, ...change } } : current;
      });
    for (const role of roleList.split(',').filter(Boolean)) {
      const storage = new DexieStationStorage(stationDatabase(), exerciseId, role);
      const name = stationChannelName(exerciseId, role);
      const channel = rejoiningChannel(openHostChannel, name);
      const client = new StationClient(role, stationId, channel, storage, Date.now, randomId);
      started.push({ client, rejoin: () => channel.rejoin() });
      // The socket layer answers a join it refuses with an error naming the channel (not found, no such role).
      stopRefusals.push(
        hostSocket().onFrameError((refused) => {
          if (refused.ch === name && refused.field === 'ch') client.channelRefused(refused.reason);
        }),
      );
      client.subscribe((state) => live && put(role, { state }));
      void (async () => {
        try {
          const opened = new Set(await storage.opened());
          await client.start();
          if (!live) return;
          setStations((current) => ({
            ...current,
            [role]: { client, storage, state: client.state, opened },
          }));
        } catch (failure) {
          if (live) setError(errorMessage(failure));
        }
      })();
    }
    const beat = setInterval(() => {
      for (const { client, rejoin } of started) {
        if (client.state.unhosted !== null) rejoin();
        client.heartbeat();
      }
    }, HEARTBEAT_MS);
    return () => {
      live = false;
      clearInterval(beat);
      stopRefusals.forEach((stop) => stop());
      started.forEach(({ client }) => client.stop());
      setStations({});
    };
  }, [exerciseId, roleList, kind]);

  const open = useCallback(
    (role: string, streamSeq: number) => {
      const station = stations[role];
      if (!station || station.opened.has(streamSeq)) return;
      setStations((current) => {
        const previous = current[role];
        if (!previous) return current;
        return { ...current, [role]: { ...previous, opened: new Set([...previous.opened, streamSeq]) } };
      });
      station.storage.markOpened(streamSeq).catch((failure: unknown) => {
        setError(errorMessage(failure));
      });
    },
    [stations],
  );

  /** Replace a role's copy with the host's (the participant confirmed): what was opened goes with it. */
  const replace = useCallback(
    async (role: string) => {
      const station = stations[role];
      if (!station) return;
      try {
        await station.client.replaceWithHost();
        setStations((current) => {
          const previous = current[role];
          return previous ? { ...current, [role]: { ...previous, opened: new Set<number>() } } : current;
        });
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [stations],
  );

  // Every role's station keeps the heading the host last sent (in its own storage, so a reload shows it
  // before the host answers); they are the same exercise, so any one will do.
  const heading = Object.values(stations).find((station) => station.state.heading)?.state.heading ?? null;
  return { stations, heading, error, open, replace };
}
