import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, encodeEvents, EVENT_ENVELOPE_VERSION } from '../core/index';
import { describeEventStoreContract, testEvent, testEvents } from '../test/event-store-contract';
import { JournalEventStore, JournalWriteError } from './journal-event-store';
import { writeNewJournal } from './write-new-journal';

const ID = 'ex-journal';

describeEventStoreContract('JournalEventStore', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'journal-contract-'));
  // A folder that does not exist yet: open must create it.
  const file = path.join(folder, 'exercises', `${ID}.jsonl`);
  const { store } = await JournalEventStore.open(file, ID);
  return {
    store,
    reopen: async () => (await JournalEventStore.open(file, ID)).store,
    cleanup: () => rm(folder, { recursive: true, force: true }),
  };
});

describe('JournalEventStore on disk', () => {
  let folder: string;
  let file: string;
  const opened: JournalEventStore[] = [];

  const openStore = async () => {
    const result = await JournalEventStore.open(file, ID);
    opened.push(result.store);
    return result;
  };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'journal-'));
    file = path.join(folder, `${ID}.jsonl`);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    for (const store of opened.splice(0)) await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads back the lines it opened, a line of an earlier envelope version brought forward, and appends after them', async () => {
    const events = testEvents(ID, 1, 3);
    const older = JSON.stringify({ ...events[1], v: EVENT_ENVELOPE_VERSION - 1 });
    await writeFile(file, `${canonicalJson(events[0])}\n${older}\n${canonicalJson(events[2])}\n`);
    const { store, recovery } = await openStore();
    expect(recovery.eventsRead).toBe(3);
    expect(await store.read()).toEqual(events);
    await store.append([testEvent(ID, 4)]);
    expect(await store.read(2, 4)).toEqual([...events.slice(1), testEvent(ID, 4)]);
  });

  it('writes one canonical JSON line per event', async () => {
    const { store, recovery } = await openStore();
    expect(recovery).toEqual({
      torn: null,
      tornSavedTo: null,
      problems: [],
      eventsRead: 0,
      addedFinalNewline: false,
    });
    const events = testEvents(ID, 1, 3);
    await store.append(events);
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(events));
  });

  it('moves a torn last line to a sidecar, keeps the events before it and appends cleanly after', async () => {
    const events = testEvents(ID, 1, 4);
    const whole = encodeEvents(events.slice(0, 3));
    const tornText = encodeEvents([events[3]!]).slice(0, 25);
    await writeFile(file, whole + tornText);

    const { store, recovery } = await openStore();
    expect(recovery.torn).toEqual({ line: 4, text: tornText });
    expect(recovery.eventsRead).toBe(3);
    expect(recovery.tornSavedTo).toBe(`${file}.torn-1`);
    expect(await readFile(`${file}.torn-1`, 'utf8')).toBe(tornText);
    expect(await readFile(file, 'utf8')).toBe(whole);
    expect(await store.read()).toEqual(events.slice(0, 3));

    await store.append([events[3]!, testEvent(ID, 5)]);
    await store.close();
    const again = await openStore();
    expect(again.recovery.torn).toBeNull();
    expect(await again.store.read()).toEqual([...events, testEvent(ID, 5)]);
  });

  it('numbers torn sidecars upwards and never overwrites one', async () => {
    await writeFile(`${file}.torn-1`, 'earlier');
    await writeFile(file, encodeEvents([testEvent(ID, 1)]) + '{"v":1,"se');
    const { recovery } = await openStore();
    expect(recovery.tornSavedTo).toBe(`${file}.torn-2`);
    expect(await readFile(`${file}.torn-1`, 'utf8')).toBe('earlier');
    expect(await readFile(`${file}.torn-2`, 'utf8')).toBe('{"v":1,"se');
  });

  it('completes a last event that lost its newline before appending', async () => {
    await writeFile(file, encodeEvents(testEvents(ID, 1, 2)).slice(0, -1));
    const { store, recovery } = await openStore();
    expect(recovery.addedFinalNewline).toBe(true);
    expect(recovery.torn).toBeNull();
    await store.append([testEvent(ID, 3)]);
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(testEvents(ID, 1, 3)));
  });

  it('reports a corrupt line in the middle and stays read-only', async () => {
    const lines = encodeEvents(testEvents(ID, 1, 4)).split('\n');
    lines[2] = '{"v":1,"seq":3,garbage';
    const text = lines.join('\n');
    await writeFile(file, text);
    const { store, recovery } = await openStore();
    expect(recovery.problems).toEqual([{ line: 3, message: expect.stringMatching(/not JSON/) }]);
    expect(recovery.torn).toBeNull();
    expect(await store.read()).toEqual(testEvents(ID, 1, 2));
    await expect(store.append([testEvent(ID, 3)])).rejects.toThrow(/line 3.*read-only/);
    expect(store.writeRefusal).toBe(
      `${file} line 3: ${recovery.problems[0]?.message}; the journal is read-only`,
    );
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses the journal of another exercise', async () => {
    await writeFile(file, encodeEvents([testEvent('someone-else', 1)]));
    await expect(JournalEventStore.open(file, ID)).rejects.toThrow(/someone-else/);
  });

  it('writes appends issued in the same tick with one fsync', async () => {
    const { store } = await openStore();
    const events = testEvents(ID, 1, 50);
    await Promise.all(events.map((event) => store.append([event])));
    expect(store.stats()).toEqual({ appends: 50, events: 50, commits: 1, fsyncs: 1, largestGroup: 50 });
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(events));
  });

  it('queues appends that arrive during an fsync into the next group, resolving each after its own fsync', async () => {
    const { store } = await openStore();
    const prototype = fileHandlePrototype(store);
    const realSync = prototype.sync;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let syncStarted!: () => void;
    const started = new Promise<void>((resolve) => (syncStarted = resolve));
    vi.spyOn(prototype, 'sync').mockImplementationOnce(async function (this: unknown) {
      syncStarted();
      await gate;
      return realSync.call(this);
    });

    let firstDone = false;
    const first = store.append([testEvent(ID, 1)]).then(() => (firstDone = true));
    await started;
    const later = testEvents(ID, 2, 29).map((event) => store.append([event]));
    await new Promise((resolve) => setImmediate(resolve));
    expect(firstDone).toBe(false);
    expect(await store.lastSeq()).toBe(0);
    release();
    await Promise.all([first, ...later]);
    expect(store.stats()).toMatchObject({ appends: 30, commits: 2, fsyncs: 2, largestGroup: 29 });
    expect(await store.read()).toEqual(testEvents(ID, 1, 30));
  });

  it('rejects the whole group on an fsync failure, cuts the file back, and appends again afterwards', async () => {
    const { store } = await openStore();
    await store.append(testEvents(ID, 1, 2));
    vi.spyOn(fileHandlePrototype(store), 'sync').mockRejectedValueOnce(
      Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }),
    );

    const results = await Promise.allSettled([
      store.append([testEvent(ID, 3)]),
      store.append([testEvent(ID, 4)]),
      store.append([testEvent(ID, 5)]),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(JournalWriteError);
      expect(reason.message).toMatch(/events 3–5 .* failed \(EIO: i\/o error\); none of them is recorded/);
    }
    expect(await store.lastSeq()).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(testEvents(ID, 1, 2)));

    // A write that was cut back cleanly does not close the journal.
    expect(store.writeRefusal).toBeNull();
    await store.append([testEvent(ID, 3)]);
    expect(await store.read()).toEqual(testEvents(ID, 1, 3));
  });

  it('refuses further appends when a failed write cannot be cut back', async () => {
    const { store } = await openStore();
    await store.append([testEvent(ID, 1)]);
    const prototype = fileHandlePrototype(store) as {
      sync: () => Promise<void>;
      truncate: () => Promise<void>;
    };
    vi.spyOn(prototype, 'sync').mockRejectedValueOnce(new Error('EIO: i/o error'));
    vi.spyOn(prototype, 'truncate').mockRejectedValueOnce(new Error('EROFS: read-only file system'));
    await expect(store.append([testEvent(ID, 2)])).rejects.toThrow(
      /could not be cut back .* closed for writing/,
    );
    await expect(store.append([testEvent(ID, 2)])).rejects.toBeInstanceOf(JournalWriteError);
    expect(store.writeRefusal).toMatch(/could not be cut back .* closed for writing$/);
    expect(await store.lastSeq()).toBe(1);
  });

  it('ignores a torn last snapshot line and keeps saving after it', async () => {
    const { store } = await openStore();
    await store.append(testEvents(ID, 1, 3));
    await store.saveSnapshot({ exerciseId: ID, seq: 2, state: { at: 2 } });
    await store.close();
    await writeFile(`${file}.snapshots.jsonl`, '{"exerciseId":"ex-jou', { flag: 'a' });

    const again = await openStore();
    expect((await again.store.snapshotAtOrBefore(3))?.state).toEqual({ at: 2 });
    await again.store.saveSnapshot({ exerciseId: ID, seq: 3, state: { at: 3 } });
    await again.store.close();
    const third = await openStore();
    expect((await third.store.snapshotAtOrBefore(3))?.state).toEqual({ at: 3 });
    expect((await readdir(folder)).sort()).toEqual([`${ID}.jsonl`, `${ID}.jsonl.snapshots.jsonl`]);
  });
});

/** FileHandle is not exported as a class, so reach its prototype through the store's open handle. */
function fileHandlePrototype(store: JournalEventStore): { sync: () => Promise<void> } {
  return Object.getPrototypeOf((store as unknown as { handle: object }).handle) as {
    sync: () => Promise<void>;
  };
}

// A restore hands the store the lines it has just checked and written, so the first open reads nothing again.
describe('JournalEventStore.adopt', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'journal-adopt-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const snapshot = { exerciseId: ID, seq: 3, state: { lastSeq: 3 } } as never;

  it('serves the written lines and appends after them', async () => {
    const file = path.join(folder, 'journal.jsonl');
    const text = encodeEvents(testEvents(ID, 1, 3));
    await writeNewJournal(file, Buffer.from(text), snapshot);
    const lines = text.split('\n').slice(0, -1);
    const { store, recovery } = await JournalEventStore.adopt(file, ID, { lines, byteLength: text.length });
    expect(recovery).toMatchObject({ eventsRead: 3, problems: [], torn: null });
    expect(await store.read()).toEqual(testEvents(ID, 1, 3));
    expect(await store.snapshotAtOrBefore(3)).toEqual(snapshot);
    await store.append(testEvents(ID, 4, 1));
    await store.close();
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(testEvents(ID, 1, 4)));
  });

  it('reads the file the ordinary way when it is no longer the length that was written', async () => {
    const file = path.join(folder, 'journal.jsonl');
    const text = encodeEvents(testEvents(ID, 1, 3));
    await writeNewJournal(file, Buffer.from(text), snapshot);
    await writeFile(file, encodeEvents(testEvents(ID, 1, 5)));
    const lines = text.split('\n').slice(0, -1);
    const { store } = await JournalEventStore.adopt(file, ID, { lines, byteLength: text.length });
    expect(await store.read()).toEqual(testEvents(ID, 1, 5));
    await store.close();
  });
});
