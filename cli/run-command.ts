import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  AGENT_POLICIES,
  agentPolicyNamed,
  ExerciseEngine,
  formatProblem,
  loadExerciseContent,
  type AgentPolicy,
  runExercise,
} from '../core/index';
import { JournalEventStore, readBundledPlaybook, readDocument } from '../node-adapters/index';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';
import { writeExerciseOutputs } from './exercise-outputs';
import { makeFolder, problemOf, requireInputFile } from './output-files';
import { recordedScenarioPath } from './recorded-path';
import { clearRunOutputs } from './run-outputs';
import { runSummaryLines } from './run-summary';
import type { CommandOutput } from './validate-command';

export const RUN_HELP = `Usage: npm run --silent cli -- run <scenario> --policy doctrine|late|random [--seed N] [--out DIR] [--force]

Plays a whole scenario headless at maximum speed, every player role automated by the policy:
  doctrine  meets each expected action inside its window, after a plausible human delay
  late      misses about half of the windows, so contingency injects fire
  random    takes whatever decisions are open, at random moments

<scenario> is a scenario.yaml or its folder. Writes DIR/events.jsonl (the journal; snapshots beside it in
DIR/events.jsonl.snapshots.jsonl), DIR/metrics.json and DIR/summary.md, and prints a short summary. The same
scenario, policy and seed always give a byte-identical journal, from whatever folder the command is started:
it records the scenario's path from the project root, or for a file elsewhere its folder's name and its name.

Options:
  --policy P   doctrine, late or random (required)
  --seed N     a whole number (default 1)
  --out DIR    where to write (default runs/<scenario>-<policy>-seed<N>)
  --force      replace the outputs of an earlier run in DIR (events.jsonl and the files beside it, metrics
               and summary); any other file or folder in DIR is kept

Exit codes: 0 played to the end · 1 the scenario has problems, or a file cannot be read or written · 2 usage
error · 3 internal error`;

interface RunArgs {
  scenario: string;
  policy: AgentPolicy;
  seed: number;
  out: string | null;
  force: boolean;
}

export function parseRunArgs(args: readonly string[]): RunArgs {
  const { positional, values, flags } = parseOptions('run', args, {
    values: ['--policy', '--seed', '--out'],
    flags: ['--force'],
  });
  const policy = values.get('--policy') ?? null;
  const seedText = values.get('--seed') ?? '1';
  if (!/^\d{1,9}$/.test(seedText))
    throw new UsageError(`run: --seed takes a whole number, not "${seedText}"`);
  const seed = Number(seedText);
  const out = values.get('--out') ?? null;
  const force = flags.has('--force');
  if (positional.length !== 1)
    throw new UsageError('run: name exactly one scenario (a scenario.yaml or its folder)');
  if (policy === null) throw new UsageError(`run: choose a --policy (${AGENT_POLICIES.join(', ')})`);
  const named = agentPolicyNamed(policy);
  if (named === null)
    throw new UsageError(`run: unknown policy "${policy}"; choose ${AGENT_POLICIES.join(', ')}`);
  return { scenario: positional[0] as string, policy: named, seed, out, force };
}

export async function runRun(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(RUN_HELP);
    return EXIT.ok;
  }
  const options = parseRunArgs(args);
  const info = await stat(options.scenario).catch(() => null);
  if (!info) throw new UsageError(`run: no such file or folder: ${options.scenario}`);
  const scenarioFile = info.isDirectory() ? path.join(options.scenario, 'scenario.yaml') : options.scenario;
  // The same words and exit code as every command for a missing file or a directory in its place.
  await requireInputFile('run', scenarioFile);
  const scenarioRead = await readDocument(scenarioFile);
  if (!scenarioRead.ok) {
    output.out(formatProblem(scenarioRead.problem));
    return EXIT.invalidInput;
  }
  const playbook = await readBundledPlaybook();
  // The journal embeds the scenario under a path that does not depend on where the command was started
  // (see recordedScenarioPath); problems are still shown under the path the user gave.
  const recorded = await recordedScenarioPath(scenarioFile);
  const scenario = { path: recorded, text: scenarioRead.source.text };
  const loaded = loadExerciseContent(playbook, scenario);
  if (!loaded.ok) {
    for (const problem of loaded.problems)
      output.out(formatProblem(problem.file === recorded ? { ...problem, file: scenarioFile } : problem));
    output.out(
      `${scenarioFile}: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}; nothing was run`,
    );
    return EXIT.invalidInput;
  }
  const { scenario: document } = loaded.content;
  const out = options.out ?? path.join('runs', `${document.id}-${options.policy}-seed${options.seed}`);
  const journal = path.join(out, 'events.jsonl');
  await clearRunOutputs(out, options.force, [scenarioFile]);
  await makeFolder('run', out);

  const exerciseId = `${document.id}-${options.policy}-seed${options.seed}`;
  // The wall clock is simulated from the scenario's in-world start, so two runs log the same times.
  const wallStartMs = Date.parse(`${document.start.date}:00Z`);
  const { store } = await JournalEventStore.open(journal, exerciseId).catch((error: unknown) => {
    throw problemOf('run', 'cannot write', journal, error);
  });
  try {
    const engine = await ExerciseEngine.create(store, {
      exerciseId,
      name: `${document.title} (${options.policy}, seed ${options.seed})`,
      seed: options.seed,
      wallMs: wallStartMs,
      content: loaded.content,
    });
    const summary = await runExercise(engine, { policy: options.policy, seed: options.seed, wallStartMs });
    await writeExerciseOutputs(out, summary.models, summary.metrics);
    for (const line of runSummaryLines(summary, journal)) output.out(line);
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
