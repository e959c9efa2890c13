// Run in a fresh process (node --expose-gc) by bench/replay.ts, once per read model: the memory the model
// keeps after folding a whole journal, streamed so that only what it keeps stays alive, and the time its
// folds took. `baseline` instead holds every event of the journal decoded: the figure the models compare
// with. Prints one JSON line.
import { contentOfCreated, type LoadedContent } from '../core/index';
import { readJournalFile } from '../node-adapters/index';
import { READ_MODELS } from './read-model-list';

const [file, name] = process.argv.slice(2) as [string, keyof typeof READ_MODELS];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !(name in READ_MODELS))
  throw new Error('usage: node --expose-gc read-models-child.ts <journal> <model>');
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

let content: LoadedContent | null = null;
await readJournalFile(file, (event) => (content ??= contentOfCreated(event)), { trusted: true });
if (!content) throw new Error('the journal did not load');
const loaded: LoadedContent = content;

const before = heapAfterGc();
const model = READ_MODELS[name](loaded);
let foldMs = 0;
let events = 0;
await readJournalFile(
  file,
  (event) => {
    const start = performance.now();
    model.apply(event);
    foldMs += performance.now() - start;
    events += 1;
  },
  { trusted: true },
);
const keptMb = (heapAfterGc() - before) / 1024 / 1024;
// The model is still referenced here, so what was measured is what it keeps.
console.log(JSON.stringify({ events, keptMb, foldMs, kept: Object.keys(model).length }));
