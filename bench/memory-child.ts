// Run in a fresh process by bench/replay.ts: measure a journal the way `report` does (streamed, every line
// checked, folded into the read models one event at a time), and print the peak memory of doing only that.
import { contentOfCreated, ExerciseReadModels, metricsOf, renderSummary } from '../core/index';
import { readJournalFile } from '../node-adapters/index';

const file = process.argv[2] as string;
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);
const started = performance.now();
const fold: { models: ExerciseReadModels | null } = { models: null };
await readJournalFile(
  file,
  (event) => {
    fold.models ??= new ExerciseReadModels(contentOfCreated(event));
    fold.models.apply(event);
  },
  { trusted: false },
);
const models = fold.models;
if (!models) throw new Error('the journal did not load');
renderSummary(models, metricsOf(models));
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
clearInterval(sampler);
console.log(
  JSON.stringify({
    events: models.facts.count,
    streamedMs: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
  }),
);
