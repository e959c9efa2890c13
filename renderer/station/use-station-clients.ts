import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, StationClient, stationChannelName, type StationState } from '../../core/index';
import { randomId } from '../host/index';
import { DexieStationStorage, stationDatabase } from '../storage/index';
import { hostSocket, stationChannels } from '../transport/index';
import { rejoiningChannel, type RejoiningChannel } from './rejoining-channel';
import { forgetGrant, onHostLaptop, stationGrantFor, type StationGrant } from '../join/index';

/** A station's channel before it has a pass: it says nothing and hears nothing. */
const NOWHERE: RejoiningChannel = {
  post: () => undefined,
  listen: () => () => undefined,
  close: () => undefined,
  rejoin: () => undefined,
};

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
 * joined again at every beat until the host takes it. Each station holds a token the host gave for its roles
 * (station-grant.ts), which fixes its station id; without one the screen asks for a join code. Role stations
 * and the evaluator's station are wired the same way.
 */
export function useStationClients(exerciseId: string, roles: readonly string[]) {
  const [stations, setStations] = useState<Record<string, RoleStation>>({});
  const [error, setError] = useState<string | null>(null);
  /** Set when this page holds no station token for these roles: why ('' for none yet), to join with a code. */
  const [needsCode, setNeedsCode] = useState<string | null>(null);
  /** Bumped when this page joined with a code: the clients start again with the new pass. */
  const [attempt, setAttempt] = useState(0);
  /** What the host made this station (player, observer …): from its pass, never from the page's address. */
  const [kind, setKind] = useState<StationGrant['kind'] | null>(null);
  /** A kept pass the host refused was replaced with the console's token this many times (at most once). */
  const hostRetries = useRef(0);
  const roleList = roles.join(',');

  useEffect(() => {
    const started: { client: StationClient; rejoin: () => void }[] = [];
    const stopRefusals: (() => void)[] = [];
    let live = true;
    let beat: ReturnType<typeof setInterval> | null = null;
    const roleIds = roleList.split(',').filter(Boolean);
    const put = (role: string, change: Partial<RoleStation>) =>
      setStations((current) => {
        const previous = current[role];
        return previous ? { ...current, [role]: { ...previous, ...change } } : current;
      });
    // Without a pass (the host is away, or does not have the exercise yet) the station shows what it kept, on a
    // channel that goes nowhere, and asks for a pass again at every beat.
    const start = (grant: StationGrant | null, refusal: string | null) => {
      setKind(grant?.kind ?? null);
      for (const role of roleIds) {
        const storage = new DexieStationStorage(stationDatabase(), exerciseId, role);
        const name = stationChannelName(exerciseId, role);
        const channel = grant ? rejoiningChannel(stationChannels(grant.token), name) : NOWHERE;
        const client = new StationClient(
          role,
          grant?.stationId ?? 'no-pass-yet',
          channel,
          storage,
          Date.now,
          randomId,
        );
        started.push({ client, rejoin: () => channel.rejoin() });
        // The socket layer answers a join it refuses with an error naming the channel (not found, no such
        // role) or the token (revoked, expired: the station must join again with a code).
        stopRefusals.push(
          hostSocket().onFrameError((refused) => {
            if (refused.ch !== name) return;
            if (refused.field === 'token' && live) {
              forgetGrant(exerciseId, roleIds);
              // The host laptop asks again with the console's token (once: a second refusal is shown);
              // another laptop needs a code.
              if (onHostLaptop() && hostRetries.current === 0) {
                hostRetries.current += 1;
                setAttempt((count) => count + 1);
              } else setNeedsCode(refused.reason);
            }
            if (refused.field === 'ch' || refused.field === 'token') client.channelRefused(refused.reason);
          }),
        );
        client.subscribe((state) => live && put(role, { state }));
        void (async () => {
          try {
            const opened = new Set(await storage.opened());
            await client.start();
            if (refusal !== null) client.channelRefused(refusal);
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
      beat = setInterval(() => {
        if (grant === null) return void passOrWait(true);
        for (const { client, rejoin } of started) {
          if (client.state.unhosted !== null) rejoin();
          client.heartbeat();
        }
      }, HEARTBEAT_MS);
    };
    /** Get this page's pass; `again`: the station runs without one, and starts afresh once it has it. */
    const passOrWait = async (again: boolean) => {
      try {
        const grant = await stationGrantFor(exerciseId, roleIds);
        if (!live) return;
        if (grant === null) return setNeedsCode('');
        if (again) setAttempt((count) => count + 1);
        else start(grant, null);
      } catch (failure) {
        // A fetch that failed is a host away (the station says so by itself); an answer is the host's reason.
        if (live && !again) start(null, failure instanceof TypeError ? null : errorMessage(failure));
      }
    };
    void passOrWait(false);
    return () => {
      live = false;
      if (beat !== null) clearInterval(beat);
      stopRefusals.forEach((stop) => stop());
      started.forEach(({ client }) => client.stop());
      setStations({});
      setNeedsCode(null);
    };
  }, [exerciseId, roleList, attempt]);

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
  const joined = useCallback(() => setAttempt((count) => count + 1), []);
  return { stations, heading, error, needsCode, joined, open, replace, kind };
}
