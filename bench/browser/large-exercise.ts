// A large exercise for the browser benchmark: the Salisbury-style scenario's timed injects repeated until the
// MSEL holds 5,000 injects, played through the real engine with random decisions until the log holds
// 100,000 events, and written as a journal file that Home's "Load a backup" reads.
import { writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import {
  encodeEvents,
  ExerciseEngine,
  MemoryEventStore,
  SeededRandom,
  type ExerciseEngine as Engine,
} from '../../core/index';
import { bundledContent, exerciseContent } from '../generate-journal';

interface RawInject {
  id: string;
  at?: string;
  when?: unknown;
  [key: string]: unknown;
}

const DAY_MINUTES = 24 * 60;

/** The bundled scenario with its timed injects copied, each copy shifted, to `count` injects. */
export async function largeScenario(count: number): Promise<string> {
  const { scenario } = await bundledContent();
  const document = parse(scenario.text) as { id: string; span: string; injects: RawInject[] };
  const timed = document.injects.filter((inject) => inject.at !== undefined && inject.when === undefined);
  const injects: RawInject[] = [];
  for (let index = 0; injects.length < count; index++) {
    const base = timed[index % timed.length] as RawInject;
    const minutes = Math.floor((index * 40 * DAY_MINUTES) / count);
    injects.push({
      ...base,
      id: `INJ-B${String(index + 1).padStart(5, '0')}`,
      at: `T+${Math.floor(minutes / DAY_MINUTES)}d${Math.floor((minutes % DAY_MINUTES) / 60)}h${minutes % 60}m`,
      // Copies keep their playbook expected actions but no contingencies point at them; texts are cut so
      // the scenario stays under the loader's 5 MB limit for one document.
      text: String(base.text).slice(0, 150),
      evaluatorNotes: undefined,
      expectedActions: (base.expectedActions as Record<string, unknown>[] | undefined)?.map((action) =>
        typeof action.text === 'string' ? { ...action, text: action.text.slice(0, 60) } : action,
      ),
    });
  }
  // YAML is a superset of JSON: compact JSON keeps 5,000 injects under the loader's 5 MB limit.
  return JSON.stringify({
    ...document,
    id: 'bench-large',
    title: `Benchmark: ${count.toLocaleString('en')} injects`,
    injects,
  });
}

export async function generateLargeExercise(
  file: string,
  options: { injects: number; events: number; seed?: number; exerciseId?: string },
): Promise<{ events: number; injects: number }> {
  const { playbook } = await bundledContent();
  const text = await largeScenario(options.injects);
  const exerciseId = options.exerciseId ?? 'bench-large';
  const store = new MemoryEventStore(exerciseId);
  let wallMs = Date.UTC(2019, 9, 6, 16, 0);
  const engine: Engine = await ExerciseEngine.create(store, {
    exerciseId,
    name: 'Browser benchmark',
    seed: options.seed ?? 7,
    wallMs,
    content: exerciseContent(playbook, { path: 'scenarios/bench-large/scenario.yaml', text }),
  });
  const random = new SeededRandom(options.seed ?? 7);
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
  while (engine.events.length < options.events) {
    await send('exercise/jump-to', {
      scenarioMs: engine.state.lastScenarioMs + Math.round(random.between(5_000, 60_000)),
    });
    const role = random.pick(players) as string;
    const choice = random.pick(engine.openDecisions(role));
    if (choice && choice.fields.every((field) => !field.required || field.type === 'boolean'))
      await send(
        'decision/take',
        {
          machine: choice.machine,
          event: choice.event,
          ...(choice.instance ? { instance: choice.instance } : {}),
          fields: Object.fromEntries(choice.fields.map((field) => [field.name, random.chance(0.5)])),
        },
        'simcell',
        role,
      );
    else
      await send(
        'message/send',
        {
          to: [random.pick(players) as string],
          marking: 'PUBLIC',
          subject: 'Update',
          body: 'Status update from the cell.',
        },
        'simcell',
        role,
      );
  }
  await writeFile(file, encodeEvents(engine.events));
  return { events: engine.events.length, injects: options.injects };
}
