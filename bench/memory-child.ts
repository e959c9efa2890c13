// Run in a fresh process by bench/replay.ts: replay and measure a journal the way `report` does (streamed,
// folded and digested one event at a time), and print the peak memory of doing only that, as JSON.
import {
  contentOfCreated,
  foldFrom,
  JournalDigest,
  metricsOfDigest,
  renderSummary,
  type LoadedContent,
} from '../core/index';
import { readJournalFile } from '../node-adapters/index';

const file = process.argv[2] as string;
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);
const started = performance.now();
const digest = new JournalDigest();
let fold: ReturnType<typeof foldFrom> | null = null;
let content: LoadedContent | null = null;
await readJournalFile(file, (event) => {
  if (!fold) {
    content = contentOfCreated(event);
    fold = foldFrom(event, content);
  } else fold.apply(event);
  digest.observe(event);
});
if (!fold || !content) throw new Error('the journal did not load');
const metrics = metricsOfDigest(digest, content);
renderSummary(digest, (fold as { state: Parameters<typeof renderSummary>[1] }).state, content, metrics);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
clearInterval(sampler);
console.log(
  JSON.stringify({
    events: digest.count,
    streamedMs: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
  }),
);
