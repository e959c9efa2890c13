// The cost of `run` as the inject count grows (issue 19 §4): a bundled scenario's MSEL multiplied to 1,250,
// 2,500, 5,000 and 10,000 injects, each played as the `run` command plays it (doctrine, seed 1) in a fresh
// process, so one size's heap and JIT state do not carry into the next. Prints the CPU seconds per size,
// the ratio per doubling (linear ≈ 2, quadratic ≈ 4), and the bytes of the journal and of its snapshots.
// Figures only: it never passes or fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExerciseEngine, describeProblems, loadExerciseContent, runExercise } from '../core/index';
import { JournalEventStore, PROJECT_ROOT, readBundledPlaybook } from '../node-adapters/index';
import { multiplyInjects } from '../test/index';
import { printTable } from './measure';

/** The bundled scenario whose injects are multiplied: its copies are the smallest, so 10,000 fit 5 MB. */
const SCENARIO = 'scenarios/cross-border-wiper/scenario.yaml';
const SIZES = [1250, 2500, 5000, 10_000];

interface SizeFigures {
  injects: number;
  events: number;
  cpuS: number;
  journalBytes: number;
  snapshotBytes: number;
}

/**
 * In the child: play the multiplied scenario as `run` does (the documents checked and loaded, the journal
 * written with its fsyncs, the live loop at maximum speed) and report the figures as one JSON line.
 */
async function measureSize(size: number): Promise<SizeFigures> {
  const source = { path: SCENARIO, text: readFileSync(path.join(PROJECT_ROOT, SCENARIO), 'utf8') };
  const originals = (JSON.parse(multiplyInjects(source, 1).text) as { injects: unknown[] }).injects.length;
  const large = multiplyInjects(source, Math.max(1, Math.round(size / originals)));
  const playbook = await readBundledPlaybook();
  // On a RAM disk where there is one: the journal's fsyncs would otherwise make the wall time a measure of
  // the disk, and the CPU time is what grows with the inject count.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const folder = await mkdtemp(path.join(base, 'run-growth-'));
  try {
    const journal = path.join(folder, 'events.jsonl');
    const before = process.cpuUsage();
    const loaded = loadExerciseContent(playbook, large);
    if (!loaded.ok)
      throw new Error(`the multiplied scenario does not load:\n${describeProblems(loaded.problems)}`);
    const { scenario } = loaded.content;
    const wallStartMs = Date.parse(`${scenario.start.date}:00Z`);
    const { store } = await JournalEventStore.open(journal, 'run-growth');
    const engine = await ExerciseEngine.create(store, {
      exerciseId: 'run-growth',
      name: scenario.title,
      seed: 1,
      wallMs: wallStartMs,
      content: loaded.content,
    });
    await runExercise(engine, { policy: 'doctrine', seed: 1, wallStartMs });
    await store.close();
    const used = process.cpuUsage(before);
    return {
      injects: scenario.injects.length,
      events: engine.events.length,
      cpuS: (used.user + used.system) / 1e6,
      journalBytes: (await stat(journal)).size,
      snapshotBytes: (await stat(`${journal}.snapshots.jsonl`).catch(() => ({ size: 0 }))).size,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function benchRunGrowth(): Promise<void> {
  const rows: [string, string][] = [];
  let previous: SizeFigures | null = null;
  for (const size of SIZES) {
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)],
      { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const figures = JSON.parse(printed.trim().split('\n').at(-1) as string) as SizeFigures;
    const ratio = previous ? ` (×${(figures.cpuS / previous.cpuS).toFixed(2)} for ×2 injects)` : '';
    rows.push([
      `${figures.injects} injects, ${figures.events} events`,
      `${figures.cpuS.toFixed(1)} s CPU${ratio}; journal ${mb(figures.journalBytes)}, snapshots ${mb(figures.snapshotBytes)}`,
    ]);
    previous = figures;
  }
  printTable('run of a multiplied MSEL, doctrine, seed 1 (linear ≈ ×2 per doubling, quadratic ≈ ×4)', rows);
  return Promise.resolve();
}

if (process.argv[2] === '--child' && process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureSize(Number(process.argv[3]))));
}
