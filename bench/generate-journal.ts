// Generate a long journal through the real engine: the Salisbury-style scenario, with every player role
// taking random open decisions every few scenario minutes until the log holds the wanted number of events.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  describeProblems,
  ExerciseEngine,
  loadExerciseContent,
  SeededRandom,
  type EventStore,
  type LoadedContent,
  type SourceText,
} from '../core/index';
import { PROJECT_ROOT, readBundledPlaybook } from '../node-adapters/index';

export async function bundledContent(): Promise<{ playbook: SourceText[]; scenario: SourceText }> {
  const playbook = await readBundledPlaybook();
  const scenarioPath = 'scenarios/salisbury-style/scenario.yaml';
  return {
    playbook,
    scenario: { path: scenarioPath, text: await readFile(path.join(PROJECT_ROOT, scenarioPath), 'utf8') },
  };
}

/** The documents checked and loaded for `ExerciseEngine.create`; a benchmark on broken content stops. */
export function exerciseContent(playbook: readonly SourceText[], scenario: SourceText): LoadedContent {
  const loaded = loadExerciseContent(playbook, scenario);
  if (!loaded.ok)
    throw new Error(`the benchmark's documents do not load:\n${describeProblems(loaded.problems)}`);
  return loaded.content;
}

export async function generateJournal(
  store: EventStore,
  targetEvents: number,
  seed = 7,
): Promise<ExerciseEngine> {
  const { playbook, scenario } = await bundledContent();
  let wallMs = Date.UTC(2019, 9, 6, 16, 0);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'bench',
    seed,
    wallMs,
    content: exerciseContent(playbook, scenario),
  });
  const random = new SeededRandom(seed);
  const players = [...engine.roles.values()]
    .filter((role) => role.audience === 'players' && !role.local)
    .map((role) => role.id);
  let count = 0;
  const send = (type: string, payload: Record<string, unknown>, role = 'excon', actingAs?: string) =>
    engine.execute(
      {
        commandId: `bench-${++count}`,
        type,
        issuedBy: { role, station: 'bench' },
        ...(actingAs ? { actingAs } : {}),
        payload,
      },
      (wallMs += 1000),
    );
  await send('exercise/speed', { speed: 'max' });
  await send('exercise/start', {});
  while (engine.events.length < targetEvents) {
    await send('exercise/jump-to', {
      scenarioMs: engine.state.lastScenarioMs + Math.round(random.between(10_000, 120_000)),
    });
    const role = random.pick(players) as string;
    const choice = random.pick(engine.openDecisions(role));
    if (!choice) continue;
    const fields = Object.fromEntries(
      choice.fields.map((field) => [
        field.name,
        field.type === 'boolean'
          ? random.chance(0.5)
          : field.type === 'number'
            ? 1
            : (random.pick(field.options ?? []) ?? 'bench'),
      ]),
    );
    const instance =
      choice.instance ?? (choice.newCase ? `case-${Math.floor(random.between(1, 6))}` : undefined);
    await send(
      'decision/take',
      { machine: choice.machine, event: choice.event, ...(instance ? { instance } : {}), fields },
      'simcell',
      role,
    );
  }
  return engine;
}
