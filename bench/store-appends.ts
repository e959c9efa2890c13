// Append throughput of the event stores, with the in-memory store as the baseline measured in the same run,
// and what group commit buys the journal when appends arrive faster than fsync.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryEventStore, type EventStore, type ExerciseEvent } from '../core/index';
import { JournalEventStore } from '../node-adapters/index';
import { DexieEventStore, ExerciseDatabase } from '../renderer/storage/index';
import { printTable } from './measure';

const COUNT = 2000;

function event(exerciseId: string, seq: number): ExerciseEvent {
  return {
    v: 1,
    seq,
    exerciseId,
    type: 'observation.recorded',
    scenarioMs: seq * 1000,
    wallMs: seq,
    commandId: `c-${seq}`,
    actor: { role: 'ms-a', station: 'bench', actingAs: null },
    marking: 'EU-ONLY',
    audience: ['players', 'control', 'evaluation'],
    payload: { observationId: `OBS-${seq}`, text: 'x'.repeat(200) },
  };
}

async function timeAppends(store: EventStore, concurrent: boolean): Promise<number> {
  const start = performance.now();
  if (concurrent) {
    await Promise.all(
      Array.from({ length: COUNT }, (_, index) => store.append([event(store.exerciseId, index + 1)])),
    );
  } else {
    for (let seq = 1; seq <= COUNT; seq++) await store.append([event(store.exerciseId, seq)]);
  }
  return performance.now() - start;
}

export async function benchStoreAppends(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'pbsim-bench-'));
  try {
    const memory = await timeAppends(new MemoryEventStore('bench-memory'), false);
    const journalOne = await JournalEventStore.open(path.join(folder, 'one.jsonl'), 'bench-one');
    const sequential = await timeAppends(journalOne.store, false);
    await journalOne.store.close();
    const journalMany = await JournalEventStore.open(path.join(folder, 'many.jsonl'), 'bench-many');
    const grouped = await timeAppends(journalMany.store, true);
    const stats = journalMany.store.stats();
    await journalMany.store.close();
    // IndexedDB in Node is fake-indexeddb: the figure shows the store's own cost, not Chromium's disk.
    const database = new ExerciseDatabase('bench-appends', { indexedDB, IDBKeyRange });
    const dexieOne = await timeAppends(new DexieEventStore(database, 'bench-dexie-one'), false);
    const dexieMany = await timeAppends(new DexieEventStore(database, 'bench-dexie-many'), true);
    database.close();
    const rate = (ms: number) => `${Math.round(COUNT / (ms / 1000)).toLocaleString('en')} events/s`;
    printTable(`Event store appends (${COUNT} single-event appends)`, [
      ['memory (baseline)', rate(memory)],
      [
        'journal, each append awaited (an fsync each)',
        `${rate(sequential)} (${(sequential / memory).toFixed(0)}× the baseline's time)`,
      ],
      [
        'journal, appends concurrent (group commit)',
        `${rate(grouped)} (${stats.fsyncs} fsyncs, largest group ${stats.largestGroup})`,
      ],
      [
        'Dexie (fake-indexeddb), each append awaited',
        `${rate(dexieOne)} (${(dexieOne / memory).toFixed(0)}× the baseline's time)`,
      ],
      ['Dexie (fake-indexeddb), appends concurrent', rate(dexieMany)],
    ]);
    console.log(
      "  (in Node, IndexedDB is fake-indexeddb: the Dexie rows show the store's own cost, not Chromium's disk)",
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
