// A real engine on the bundled playbook and the Salisbury-style scenario (the mini fixtures have no
// evaluation role), with a hub and an evaluator station client over the in-process transport, and the
// station's own database in fake IndexedDB. For the evaluator's tests: import 'fake-indexeddb/auto' first.
import { useEffect, useState } from 'react';
import {
  describeProblems,
  ExerciseEngine,
  loadExerciseContent,
  inProcessTransport,
  MemoryEventStore,
  StationClient,
  stationChannelName,
  StationHub,
  type OpenChannel,
  type StationState,
} from '../../core/index';
import { contentLibrary } from '../content/index';
import { DexieStationStorage, StationDatabase } from '../storage/index';
import { EvaluatorScreen } from './EvaluatorScreen';
import { headingFromStream } from './exercise-context';

export const HOUR = 3_600_000;
const EXERCISE_ID = 'eval-1';
const ROLE = 'lead-evaluator';
let worlds = 0;

/** Over the in-process transport by default; the route's tests pass the BroadcastChannel one. */
export async function evaluatorWorld(open: OpenChannel = inProcessTransport(), exerciseId = EXERCISE_ID) {
  const library = contentLibrary();
  const salisbury = library.scenarios.find((entry) => entry.scenario.id === 'salisbury-style');
  if (!salisbury) throw new Error('the bundled Salisbury-style scenario is missing');
  const loaded = loadExerciseContent(library.playbookSources, salisbury.source);
  if (!loaded.ok) throw new Error(describeProblems(loaded.problems));
  const clock = { wallMs: Date.UTC(2026, 0, 5, 9) };
  const engine = await ExerciseEngine.create(new MemoryEventStore(exerciseId), {
    exerciseId,
    name: 'Caddersby drill',
    seed: 1,
    wallMs: clock.wallMs,
    content: loaded.content,
  });
  const hub = new StationHub(engine, open, () => clock.wallMs);
  hub.start([ROLE]);
  const db = new StationDatabase(`evaluator-test-${++worlds}`);
  let ids = 0;
  const client = new StationClient(
    ROLE,
    'tab-1',
    open(stationChannelName(exerciseId, ROLE)),
    new DexieStationStorage(db, exerciseId, ROLE),
    () => clock.wallMs,
    () => String(++ids),
  );
  await client.start();

  /** A command as another role (EXCON by default), one simulated second after the last. */
  const command = (type: string, payload: Record<string, unknown> = {}, role = 'excon') => {
    clock.wallMs += 1000;
    return engine.execute(
      { commandId: `test-${++ids}`, type, issuedBy: { role, station: 'test' }, payload },
      clock.wallMs,
    );
  };
  const startAndJump = async (scenarioMs: number) => {
    await command('exercise/speed', { speed: 'max' });
    await command('exercise/start');
    await command('exercise/jump-to', { scenarioMs });
  };
  const close = async () => {
    hub.stop();
    client.stop();
    await client.flushed();
    db.close();
    await db.delete();
  };
  return { engine, hub, client, command, startAndJump, close };
}

/** The evaluator screen kept up to date from the station client, as the route does. */
export function LiveEvaluator({ client }: { client: StationClient }) {
  const [state, setState] = useState<StationState>(client.state);
  useEffect(() => {
    setState(client.state);
    return client.subscribe(setState);
  }, [client]);
  return (
    <EvaluatorScreen
      state={state}
      heading={headingFromStream(state.events)}
      send={(type, payload) => client.send(type, payload)}
    />
  );
}
