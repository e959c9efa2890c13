// Run in a fresh process by bench/replay.ts, so its peak memory is that of replaying and measuring alone.
// Prints one JSON line of figures.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  computeMetrics,
  contentOfCreated,
  decodeJournal,
  ExerciseEngine,
  replay,
  SeededRandom,
  type ExerciseEvent,
} from '../core/index';
import { JournalEventStore, readJournalFile } from '../node-adapters/index';

const file = process.argv[2] as string;
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
};
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  sample();
  return [result, elapsed];
};

let text: string | null = await readFile(file, 'utf8');
const [decoded, decodeMs] = time(() => decodeJournal(text as string, { trusted: true }));
text = null; // only the events are kept, as a report would
const events = decoded.events;
const [content, contentMs] = time(() => contentOfCreated(events[0]!));

// The real engine's replay: the fold of every event (no clock, no validation, no XState), timed once here for
// the memory it takes; its timing against the floor is below.
const [, replayMs] = time(() => replay(events, content));

const [, metricsMs] = time(() => computeMetrics(events, content));
const replayPeak = { rssMb: peakRss / 1024 / 1024, heapMb: peakHeap / 1024 / 1024 };

/**
 * The floor: the file streamed in the same 1 MB chunks the journal reader takes, each line split off and
 * JSON.parsed, the values kept — the least any replay from the file must do, read the same way, so the ratio
 * is what the engine's reader and fold add. (Reading the whole file at once made the floor slower than the
 * replay it is the floor of.)
 */
async function parseLines(path: string): Promise<unknown[]> {
  const values: unknown[] = [];
  const pieces: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      const line =
        pieces.length === 0
          ? chunk.subarray(start, end)
          : Buffer.concat([...pieces.splice(0), chunk.subarray(start, end)]);
      values.push(JSON.parse(line.toString('utf8')));
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start));
  }
  return values;
}

// The replay against its floor, both from the file on disk, median of RUNS runs each, interleaved so a slow
// moment of a loaded machine falls on both: the floor streams the journal and JSON.parses every line (what any
// replay must do at least, and keeps the values as a replay keeps its events); the replay streams it through
// the journal reader as trusted (`report` reads the same way, untrusted) and folds it through the engine.
const RUNS = 7;
const floorTimes: number[] = [];
const fromFileTimes: number[] = [];
const foldTimes: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  let start = performance.now();
  const parsed = await parseLines(file);
  const floorMs = performance.now() - start;
  if (parsed.length !== events.length) throw new Error(`${file}: the floor read ${parsed.length} lines`);
  start = performance.now();
  const read: ExerciseEvent[] = [];
  await readJournalFile(file, (event) => read.push(event), { trusted: true });
  const decodedAt = performance.now();
  replay(read, content);
  const end = performance.now();
  if (run === 0) continue; // warm-up
  floorTimes.push(floorMs);
  fromFileTimes.push(end - start);
  foldTimes.push(end - decodedAt);
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// State at random points from the nearest snapshot (the journal keeps one every 2,000 events).
const { store } = await JournalEventStore.open(file, events[0]!.exerciseId);
const random = new SeededRandom(11);
const pointTimes: number[] = [];
for (let index = 0; index < 20; index++) {
  const seq = 1 + Math.floor(random.next() * events.length);
  const start = performance.now();
  await ExerciseEngine.stateAt(store, content, seq);
  pointTimes.push(performance.now() - start);
  sample();
}
await store.close();
pointTimes.sort((a, b) => a - b);

console.log(
  JSON.stringify({
    events: events.length,
    decodeMs,
    contentMs,
    replayMs,
    runs: RUNS,
    floorMs: median(floorTimes),
    replayFromFileMs: median(fromFileTimes),
    foldMs: median(foldTimes),
    metricsMs,
    pointMedianMs: pointTimes[10],
    pointMaxMs: pointTimes.at(-1),
    peakRssMb: replayPeak.rssMb,
    peakHeapMb: replayPeak.heapMb,
  }),
);
