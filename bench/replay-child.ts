// Run in a fresh process by bench/replay.ts, so its peak memory is that of replaying and measuring alone.
// Prints one JSON line of figures.
import { readFile } from 'node:fs/promises';
import { initialTransition, transition } from 'xstate';
import {
  computeMetrics,
  contentOfCreated,
  decodeJournal,
  ExerciseEngine,
  replay,
  SeededRandom,
  type MechanismEvent,
} from '../core/index';
import { JournalEventStore } from '../node-adapters/index';

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

// The real engine's replay: the fold of every event (no clock, no validation, no XState).
const [state, replayMs] = time(() => replay(events, content));

// The baseline: a bare XState loop over the same transitions, one pure transition per logged transition.
const [, xstateMs] = time(() => {
  const snapshots = new Map<string, ReturnType<typeof initialTransition>[0]>();
  const decisions = new Map<string, MechanismEvent>();
  const date = state.date;
  for (const event of events) {
    if (event.type === 'decision.taken') {
      decisions.set(event.payload.decisionId, {
        type: event.payload.event,
        payload: event.payload.fields,
        actor: {
          role: event.actor?.actingAs ?? event.actor?.role ?? '',
          groups: content.playbook.role(event.actor?.actingAs ?? '')?.groups ?? [],
        },
      });
    } else if (event.type === 'mechanism.started') {
      const machine = content.playbook.machine(event.payload.machine, date);
      snapshots.set(
        event.payload.actorKey,
        initialTransition(machine, { instance: event.payload.instance })[0],
      );
    } else if (event.type === 'mechanism.transitioned') {
      const { actorKey: key, cause, to, context } = event.payload;
      const machine = content.playbook.machine(event.payload.machine, date);
      const current = snapshots.get(key);
      if (!current) continue;
      if (cause.kind === 'void') {
        snapshots.set(key, machine.resolveState({ value: to, context }));
        continue;
      }
      const sent = cause.kind === 'decision' ? decisions.get(cause.decisionId) : undefined;
      snapshots.set(key, transition(machine, current, sent ?? { type: event.payload.event ?? '' })[0]);
    }
  }
});

const [, metricsMs] = time(() => computeMetrics(events, content));
const replayPeak = { rssMb: peakRss / 1024 / 1024, heapMb: peakHeap / 1024 / 1024 };

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
    xstateMs,
    metricsMs,
    pointMedianMs: pointTimes[10],
    pointMaxMs: pointTimes.at(-1),
    peakRssMb: replayPeak.rssMb,
    peakHeapMb: replayPeak.heapMb,
  }),
);
