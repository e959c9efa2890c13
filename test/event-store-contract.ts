// The one behaviour every EventStore must have (core/ports/event-store.ts). Each implementation's test file
// calls describeEventStoreContract with a way to open a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EVENT_ENVELOPE_VERSION,
  SequenceGapError,
  type EventOf,
  type EventStore,
  type ExerciseEvent,
} from '../core/index';

export interface OpenedStore {
  store: EventStore;
  /** Open the same log again after `store.close()`: given when the store is meant to survive a restart. */
  reopen?: () => Promise<EventStore>;
  cleanup?: () => Promise<void>;
}

/** A well-formed event for tests (a message, whose lists let a test mutate it); `body` tells events apart. */
export function testEvent(exerciseId: string, seq: number, body = `event ${seq}`): EventOf<'message.sent'> {
  return {
    v: EVENT_ENVELOPE_VERSION,
    seq,
    exerciseId,
    type: 'message.sent',
    scenarioMs: seq * 1000,
    wallMs: 1_700_000_000_000 + seq,
    commandId: `cmd-${seq}`,
    actor: null,
    marking: null,
    audience: ['control'],
    payload: {
      messageId: `M-${seq}`,
      from: 'ms-a',
      to: ['ms-b', 'ms-c'],
      marking: 'EU-ONLY',
      subject: `message ${seq}`,
      body,
      inReplyTo: null,
      injectRefs: [`INJ-${seq}`],
    },
  };
}

/** Events `from` … `from + count - 1`. */
export function testEvents(exerciseId: string, from: number, count: number): ExerciseEvent[] {
  return Array.from({ length: count }, (_, index) => testEvent(exerciseId, from + index));
}

/**
 * `durable: false` for stores that live in memory only: the close-and-reopen case is then not part of
 * their contract (it is not registered, rather than skipped).
 */
export function describeEventStoreContract(
  name: string,
  open: () => Promise<OpenedStore>,
  options: { durable: boolean } = { durable: true },
): void {
  describe(`${name}: EventStore contract`, () => {
    let opened: OpenedStore;
    let store: EventStore;
    let id: string;
    const extraStores: EventStore[] = [];

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      id = store.exerciseId;
    });

    afterEach(async () => {
      for (const other of extraStores.splice(0)) await other.close();
      await store.close();
      await opened.cleanup?.();
    });

    it('starts empty', async () => {
      expect(await store.lastSeq()).toBe(0);
      expect(await store.read()).toEqual([]);
      expect(await store.snapshotAtOrBefore(100)).toBeUndefined();
    });

    it('returns appended events, equal and in order', async () => {
      const events = testEvents(id, 1, 5);
      await store.append(events.slice(0, 2));
      await store.append(events.slice(2));
      await store.append([]);
      expect(await store.read()).toEqual(events);
      expect(await store.lastSeq()).toBe(5);
    });

    it('reads from a given seq', async () => {
      const events = testEvents(id, 1, 6);
      await store.append(events);
      expect(await store.read(4)).toEqual(events.slice(3));
      expect(await store.read(1)).toEqual(events);
      expect(await store.read(7)).toEqual([]);
      expect(await store.read(2, 4)).toEqual(events.slice(1, 4));
      expect(await store.read(5, 99)).toEqual(events.slice(4));
      expect(await store.read(4, 3)).toEqual([]);
    });

    it('rejects a gap or a repeated seq and stays unchanged', async () => {
      const events = testEvents(id, 1, 3);
      await store.append(events);
      await expect(store.append([testEvent(id, 5)])).rejects.toBeInstanceOf(SequenceGapError);
      await expect(store.append([testEvent(id, 3)])).rejects.toBeInstanceOf(SequenceGapError);
      // A batch that breaks contiguity inside itself is rejected whole, its valid first event included.
      await expect(store.append([testEvent(id, 4), testEvent(id, 6)])).rejects.toBeInstanceOf(
        SequenceGapError,
      );
      expect(await store.read()).toEqual(events);
      expect(await store.lastSeq()).toBe(3);
      await store.append([testEvent(id, 4)]);
      expect(await store.lastSeq()).toBe(4);
    });

    it('rejects an event of another exercise', async () => {
      await expect(store.append([testEvent(`${id}-other`, 1)])).rejects.toThrow(/exercise/);
      await expect(store.append([testEvent(id, 1), testEvent(`${id}-other`, 2)])).rejects.toThrow(/exercise/);
      expect(await store.lastSeq()).toBe(0);
      await expect(store.saveSnapshot({ exerciseId: `${id}-other`, seq: 0, state: {} })).rejects.toThrow(
        /exercise/,
      );
    });

    it('lands batches appended without awaiting each other, in order', async () => {
      const events = testEvents(id, 1, 20);
      const batches = [0, 1, 3, 6, 10, 15].map((start, index, starts) =>
        events.slice(start, starts[index + 1]),
      );
      await Promise.all(batches.map((batch) => store.append(batch)));
      expect(await store.read()).toEqual(events);
      expect(await store.lastSeq()).toBe(20);
    });

    it('is not affected by mutating the objects passed in or read out', async () => {
      const event = testEvent(id, 1);
      const pristine = structuredClone(event);
      await store.append([event]);
      Object.assign(event, { type: 'changed' });
      event.payload.to.push('ms-d');
      event.audience.push('players');
      const [readOut] = await store.read();
      expect(readOut).toEqual(pristine);
      Object.assign(readOut!.payload, { inner: 'changed' });
      readOut!.seq = 99;
      expect(await store.read()).toEqual([pristine]);

      const snapshot = { exerciseId: id, seq: 1, state: { counts: [1] } };
      await store.saveSnapshot(snapshot);
      snapshot.state.counts.push(2);
      const savedOut = await store.snapshotAtOrBefore(1);
      expect(savedOut).toEqual({ exerciseId: id, seq: 1, state: { counts: [1] } });
      (savedOut!.state as { counts: number[] }).counts.push(3);
      expect((await store.snapshotAtOrBefore(1))?.state).toEqual({ counts: [1] });
    });

    it('finds the latest snapshot at or before a seq', async () => {
      await store.append(testEvents(id, 1, 12));
      await store.saveSnapshot({ exerciseId: id, seq: 5, state: { at: 5 } });
      await store.saveSnapshot({ exerciseId: id, seq: 10, state: { at: 10 } });
      expect(await store.snapshotAtOrBefore(4)).toBeUndefined();
      expect((await store.snapshotAtOrBefore(5))?.state).toEqual({ at: 5 });
      expect((await store.snapshotAtOrBefore(9))?.state).toEqual({ at: 5 });
      expect(await store.snapshotAtOrBefore(10)).toEqual({ exerciseId: id, seq: 10, state: { at: 10 } });
      expect((await store.snapshotAtOrBefore(12))?.state).toEqual({ at: 10 });
    });

    it('refuses to be used after close', async () => {
      await store.append(testEvents(id, 1, 1));
      await store.close();
      await expect(store.append([testEvent(id, 2)])).rejects.toThrow(/closed/);
      await expect(store.read()).rejects.toThrow(/closed/);
    });

    if (options.durable) {
      it('keeps everything across a close and reopen', async () => {
        if (!opened.reopen) throw new Error(`${name} is durable but its test gives no reopen()`);
        const events = testEvents(id, 1, 7);
        await store.append(events.slice(0, 3));
        await store.append(events.slice(3));
        await store.saveSnapshot({ exerciseId: id, seq: 3, state: { at: 3 } });
        await store.saveSnapshot({ exerciseId: id, seq: 6, state: { at: 6 } });
        await store.close();

        const again = await opened.reopen();
        extraStores.push(again);
        expect(again.exerciseId).toBe(id);
        expect(await again.read()).toEqual(events);
        expect(await again.lastSeq()).toBe(7);
        expect((await again.snapshotAtOrBefore(5))?.state).toEqual({ at: 3 });
        expect((await again.snapshotAtOrBefore(7))?.state).toEqual({ at: 6 });
        await again.append([testEvent(id, 8)]);
        expect(await again.lastSeq()).toBe(8);
        await expect(again.append([testEvent(id, 8)])).rejects.toBeInstanceOf(SequenceGapError);
      });
    }
  });
}
