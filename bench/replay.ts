// The replay benchmark: a generated 100,000-event journal replayed from the file through the real engine,
// against the floor of reading the same file and JSON.parse of each line (median of several interleaved
// runs; a loop re-running every machine, the former baseline, met its ratio by construction), state at
// random points from the nearest snapshot, metrics over the whole journal, and the peak memory of a fresh
// process that replays and measures the journal as `report` does.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryEventStore } from '../core/index';
import { JournalEventStore, PROJECT_ROOT } from '../node-adapters/index';
import { generateJournal } from './generate-journal';
import { printTable } from './measure';
import { READ_MODELS } from './read-model-list';

interface ModelFigures {
  events: number;
  keptMb: number;
  foldMs: number;
}

const TARGET = 100_000;

export async function benchReplay(): Promise<void> {
  // A folder of its own: the browser benchmark keeps its generated exercises beside it between runs.
  const folder = path.join(tmpdir(), 'playbook-sim-bench', 'replay');
  const file = path.join(folder, `journal-${TARGET}.jsonl`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  // Generated in memory (an fsync per command would only measure the disk), then written as a journal in
  // large group commits, with the snapshots the engine took on the way.
  const memory = new MemoryEventStore('bench-replay');
  const engine = await generateJournal(memory, TARGET);
  const { store } = await JournalEventStore.open(file, 'bench-replay');
  for (let from = 0; from < engine.events.length; from += 5000)
    await store.append(engine.events.slice(from, from + 5000));
  const snapshots = [];
  for (
    let snapshot = await memory.snapshotAtOrBefore(engine.events.length);
    snapshot;
    snapshot = await memory.snapshotAtOrBefore(snapshot.seq - 1)
  ) {
    snapshots.unshift(snapshot);
  }
  for (const snapshot of snapshots) await store.saveSnapshot(snapshot);
  await store.close();
  const generateMs = performance.now() - started;
  const size = (await stat(file)).size;

  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench/replay-child.ts'), file],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  const figures = JSON.parse(output.trim().split('\n').at(-1) as string) as Record<string, number>;
  const memoryOutput = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench/memory-child.ts'), file],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    },
  );
  const streamed = JSON.parse(memoryOutput.trim().split('\n').at(-1) as string) as Record<string, number>;
  // One fresh process per read model, so what each keeps is measured alone.
  const models = Object.fromEntries(
    Object.keys(READ_MODELS).map((name) => {
      const output = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', path.join(PROJECT_ROOT, 'bench/read-models-child.ts'), file, name],
        { cwd: PROJECT_ROOT, encoding: 'utf8' },
      );
      return [name, JSON.parse(output.trim().split('\n').at(-1) as string) as ModelFigures];
    }),
  );
  const { baseline, ...perModel } = models as Record<string, ModelFigures> & { baseline: ModelFigures };

  const ms = (value: number | undefined) => `${(value ?? 0).toFixed(0)} ms`;
  const ratio = (figures.replayFromFileMs ?? 0) / (figures.floorMs ?? 1);
  printTable(
    `Replay of a generated journal (${figures.events?.toLocaleString('en')} events, ${(size / 1024 / 1024).toFixed(0)} MB; generated in ${(generateMs / 1000).toFixed(0)} s)`,
    [
      [
        'compared: replaying the journal from its file against the floor of reading the file and parsing its lines',
        `median of ${figures.runs} runs each`,
      ],
      [
        'floor: stream the file in the reader’s chunks, JSON.parse every line (values kept)',
        ms(figures.floorMs),
      ],
      [
        'engine replay: stream the file through the journal reader (trusted), fold every event',
        `${ms(figures.replayFromFileMs)}: ${ratio.toFixed(2)}× the floor`,
      ],
      ['  of which the fold alone', ms(figures.foldMs)],
      [
        'decode the journal / load its embedded content',
        `${ms(figures.decodeMs)} / ${ms(figures.contentMs)}`,
      ],
      [
        'state at a random point from the nearest snapshot',
        `median ${ms(figures.pointMedianMs)}, max ${ms(figures.pointMaxMs)} (target < 100 ms)`,
      ],
      ['metrics over the whole journal', ms(figures.metricsMs)],
      [
        'replay and measure as `report` does: streamed, one event at a time',
        `${ms(streamed.streamedMs)}; peak ${(streamed.peakRssMb ?? 0).toFixed(0)} MB resident (target < 300 MB), ${(streamed.peakHeapMb ?? 0).toFixed(0)} MB JS heap`,
      ],
      [
        'for comparison: the same with all events decoded into memory',
        `${(figures.peakRssMb ?? 0).toFixed(0)} MB resident, ${(figures.peakHeapMb ?? 0).toFixed(0)} MB JS heap`,
      ],
    ],
  );
  printTable(
    `Read models at ${baseline.events.toLocaleString('en')} events: memory each keeps after folding the whole journal, against the baseline of the same run (every event decoded and held: ${baseline.keptMb.toFixed(0)} MB)`,
    Object.entries(perModel).map(([name, figure]) => [
      name,
      // Half a megabyte is the noise of measuring a heap: a model that keeps less shows as under it.
      `${figure.keptMb < 0.5 ? 'under 0.5 MB' : `${figure.keptMb.toFixed(1)} MB (${((figure.keptMb / baseline.keptMb) * 100).toFixed(1)} % of the baseline)`}; folded in ${ms(figure.foldMs)}`,
    ]),
  );
  await rm(folder, { recursive: true, force: true });
}
