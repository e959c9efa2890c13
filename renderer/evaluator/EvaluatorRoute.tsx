import { useEffect, useMemo, useState } from 'react';
import { StationClient, stationChannelName, type StationState } from '../../core/index';
import { randomId } from '../host/index';
import { DexieStationStorage, stationDatabase } from '../storage/index';
import { openBroadcastChannel } from '../transport/index';
import { EvaluatorScreen } from './EvaluatorScreen';
import { headingFromStream } from './exercise-context';

const HEARTBEAT_MS = 5_000;
const STATION_KEY = 'pbsim.evaluator-station-id';

/** One id per tab, kept across reloads of that tab, so the host sees a reload as the same station. */
function tabStationId(): string {
  try {
    const stored = sessionStorage.getItem(STATION_KEY);
    if (stored) return stored;
    const fresh = `evaluator-${randomId()}`;
    sessionStorage.setItem(STATION_KEY, fresh);
    return fresh;
  } catch {
    return `evaluator-${randomId()}`;
  }
}

/**
 * The evaluator station for one evaluation role: like a role station, it holds only what reached it over
 * its role's channel, in its own database; the engine's filtering decides that this includes the control
 * material (expected actions, evaluator notes).
 */
export function EvaluatorRoute({ exerciseId, role }: { exerciseId: string; role: string }) {
  const client = useMemo(
    () =>
      new StationClient(
        role,
        tabStationId(),
        openBroadcastChannel(stationChannelName(exerciseId, role)),
        new DexieStationStorage(stationDatabase(), exerciseId, role),
        Date.now,
        randomId,
      ),
    [exerciseId, role],
  );
  const [state, setState] = useState<StationState>(client.state);

  useEffect(() => {
    const unsubscribe = client.subscribe(setState);
    void client.start();
    const heartbeat = setInterval(() => client.heartbeat(), HEARTBEAT_MS);
    return () => {
      clearInterval(heartbeat);
      unsubscribe();
      client.stop();
    };
  }, [client]);

  const created = state.events.find((event) => event.type === 'exercise.created');
  const noPlayEvents = state.events.filter((event) => event.type.startsWith('no-play.')).length;
  // The heading changes only with `exercise.created` and the safety stop, not with every event; the host's
  // view carries it too, and the station keeps that one while the host is away.
  const { events } = state;
  const fromStream = useMemo(() => headingFromStream(events), [created, noPlayEvents]);
  const heading = state.heading ?? fromStream;

  return (
    <EvaluatorScreen state={state} heading={heading} send={(type, payload) => client.send(type, payload)} />
  );
}
