// An exercise recorded in this browser before the host, offered to the in-test host (test/fixtures/test-host.ts)
// with its database in fake-indexeddb: each outcome, and what is left on both sides (oracle: what was written).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../core/index';
import { browserStore, messageOn, recordedInBrowser } from '../../test/fixtures/browser-exercise';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import type { BrowserExercises } from '../storage/index';
import { uploadBrowserExercise } from './upload-browser-exercise';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0)) await close();
});

async function world() {
  const host = new TestHost();
  const store = browserStore();
  cleanup.push(
    () => host.close(),
    () => store.db.delete(),
  );
  const written = await recordedInBrowser(host, store);
  const upload = () =>
    uploadBrowserExercise(written.record.exerciseId, {
      store,
      token: TEST_TOKEN,
      now: () => 77_000,
      fetcher: host.fetch,
    });
  return { host, store, written, upload, exerciseId: written.record.exerciseId };
}

/** Everything this browser holds of the exercise, to show nothing of it was lost. */
async function heldHere(store: BrowserExercises, exerciseId: string) {
  return {
    events: await store.log(exerciseId),
    record: await store.db.exercises.get(exerciseId),
  };
}

describe('uploading an exercise recorded in this browser', () => {
  it('moves it into the host, which then holds its log, and keeps this browser’s as the copy', async () => {
    const { host, store, written, upload, exerciseId } = await world();
    expect(await upload()).toEqual({ kind: 'moved', events: written.events.length });
    expect(host.recorded(exerciseId)).toEqual(written.events);
    expect(await store.db.copies.get(exerciseId)).toEqual({
      exerciseId,
      origin: 'host',
      movedWallMs: 77_000,
      hostLastSeq: written.events.length,
    });
    expect(await heldHere(store, exerciseId)).toEqual(written);
    expect(await store.unmoved()).toEqual([]);
  });

  it('marks it moved when the host already holds it, the same or continued there', async () => {
    const { host, store, written, upload, exerciseId } = await world();
    await host.restore('earlier-upload.jsonl', encodeEvents(written.events));
    await messageOn(host, exerciseId, 'After the upload');
    const hostLastSeq = host.recorded(exerciseId).length;
    expect(hostLastSeq).toBeGreaterThan(written.events.length);
    expect(await upload()).toEqual({
      kind: 'already-there',
      events: written.events.length,
      moreOnHost: hostLastSeq - written.events.length,
    });
    expect(await store.db.copies.get(exerciseId)).toMatchObject({ origin: 'host', hostLastSeq });
    expect(await heldHere(store, exerciseId)).toEqual(written);
  });

  it('says how the host’s exercise of that id differs, and changes nothing on either side', async () => {
    const { host, store, written, upload, exerciseId } = await world();
    const shared = written.events.slice(0, -1);
    await host.restore('another.jsonl', encodeEvents(shared));
    await messageOn(host, exerciseId, 'Another ending');
    const hosts = [...host.recorded(exerciseId)];
    expect(await upload()).toEqual({
      kind: 'differs',
      hostEvents: hosts.length,
      ownEvents: written.events.length,
      sameUpTo: shared.length,
    });
    expect(host.recorded(exerciseId)).toEqual(hosts);
    expect(await store.db.copies.get(exerciseId)).toEqual({ exerciseId, origin: 'browser' });
    expect(await heldHere(store, exerciseId)).toEqual(written);
  });

  it('says so when the host holds an older state of it', async () => {
    const { host, store, written, upload } = await world();
    await host.restore('older.jsonl', encodeEvents(written.events.slice(0, 2)));
    expect(await upload()).toEqual({
      kind: 'differs',
      hostEvents: 2,
      ownEvents: written.events.length,
      sameUpTo: 2,
    });
    expect(await store.unmoved()).toHaveLength(1);
  });

  it('passes on the host’s refusal naming the line at fault, and keeps everything here', async () => {
    const { host, store, written, upload, exerciseId } = await world();
    const damaged = structuredClone(written.events[2]!);
    // Whatever event line 3 holds, a payload that is not an object is damage the host must name.
    await store.db.events.put({ ...damaged, payload: 42 } as unknown as typeof damaged);
    const outcome = await upload();
    expect(outcome).toMatchObject({ kind: 'refused' });
    expect(outcome.kind === 'refused' && outcome.reason).toMatch(
      new RegExp(`^${exerciseId}\\.events\\.jsonl: line 3: `),
    );
    expect(host.exercises.has(exerciseId)).toBe(false);
    expect(await store.db.copies.get(exerciseId)).toEqual({ exerciseId, origin: 'browser' });
    expect((await store.log(exerciseId)).length).toBe(written.events.length);
  });
});
