import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineSnapshot, ExerciseEvent } from '../../core/index';
import { testEvents } from '../../test/event-store-contract';
import { ConsoleCopy, ExerciseDatabase } from '../storage/index';
import { CopyWriter } from './copy-writer';

const ID = 'ex-writer';
const databases: ExerciseDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  const open = databases.splice(0);
  for (const db of open) db.close();
  for (const db of open) await db.delete();
});

function setUp(written = 0) {
  const db = new ExerciseDatabase(`copy-writer-test-${databases.length}-${Date.now()}`);
  databases.push(db);
  const copy = new ConsoleCopy(db, ID);
  /** What the view holds: events by seq, with gaps where they have not arrived. */
  const held = new Map<number, ExerciseEvent>();
  const errors: unknown[] = [];
  const writer = new CopyWriter({
    copy,
    written,
    eventsAfter: (seq, max) => {
      const out: ExerciseEvent[] = [];
      for (let next = seq + 1; held.has(next) && out.length < max; next += 1) out.push(held.get(next)!);
      return out;
    },
    hostLastSeq: () => 99,
    onError: (error) => errors.push(error),
  });
  const hold = (events: ExerciseEvent[]) => events.forEach((event) => held.set(event.seq, event));
  return { db, copy, writer, hold, errors };
}

describe('CopyWriter', () => {
  it('writes in seq order only: what arrives past a gap waits until the gap is filled', async () => {
    const { db, copy, writer, hold } = setUp();
    hold(testEvents(ID, 1, 3));
    hold(testEvents(ID, 6, 2));
    writer.flush();
    await writer.idle();
    expect(await copy.events()).toEqual(testEvents(ID, 1, 3));
    expect(writer.written).toBe(3);
    hold(testEvents(ID, 4, 2));
    writer.flush();
    await writer.idle();
    expect(await copy.events()).toEqual(testEvents(ID, 1, 7));
    expect((await db.copies.get(ID))?.hostLastSeq).toBe(99);
  });

  it('keeps snapshots, and stops for good when told or when a write fails, saying why', async () => {
    const { db, copy, writer, hold, errors } = setUp();
    const snapshot: EngineSnapshot = { exerciseId: ID, seq: 2, v: 2, state: { lastSeq: 2 } };
    hold(testEvents(ID, 1, 2));
    writer.flush();
    writer.saveSnapshot(snapshot);
    await writer.idle();
    expect(await copy.open()).toMatchObject({ snapshot, lastSeq: 2 });
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    hold(testEvents(ID, 3, 2));
    writer.flush();
    await writer.idle();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/storage quota is full/);
    expect(writer.writing).toBe(false);
    writer.flush();
    await writer.idle();
    expect(await copy.lastSeq()).toBe(2);
  });

  it('writes nothing once stopped', async () => {
    const { copy, writer, hold } = setUp();
    writer.stop();
    hold(testEvents(ID, 1, 2));
    writer.flush();
    await writer.idle();
    expect(await copy.lastSeq()).toBe(0);
  });
});
