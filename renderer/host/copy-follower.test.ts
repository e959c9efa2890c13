// The console's view kept in step with this browser's copy and the host, fed hand-made host messages: each
// answer of the protocol (core/stations/console-protocol.ts), with a real engine's log and a real copy in
// IndexedDB (fake-indexeddb). The oracle is core's replay of the same events, and the engine's own log.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONSOLE_PAGE_EVENTS,
  contentOfCreated,
  eventDigest,
  replay,
  SNAPSHOT_INTERVAL,
  snapshotOf,
  type ExerciseEvent,
} from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { ConsoleCopy, ExerciseDatabase } from '../storage/index';
import type { ExerciseMessage } from './console-connection';
import { CopyFollower } from './copy-follower';
import { RemoteExercise } from './remote-exercise';
import { COPY_UNCHECKED, HOST_UNREACHABLE } from './view-status';

const ID = 'mini-1';
let counter = 0;
const databases: ExerciseDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  const open = databases.splice(0);
  for (const db of open) db.close();
  for (const db of open) await db.delete();
});

function database(): ExerciseDatabase {
  const db = new ExerciseDatabase(`copy-follower-test-${++counter}-${Date.now()}`);
  databases.push(db);
  return db;
}

/** The mini exercise with messages until its log has `length` events at least. */
async function longLog(length: number): Promise<ExerciseEvent[]> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  for (let index = 0; harness.engine.events.length < length; index += 1) {
    const reply = await harness.send(
      'message/send',
      { to: ['ms-a'], marking: 'PUBLIC', subject: `Note ${index}`, body: 'Text' },
      'nac',
    );
    if (!reply.ok) throw new Error(reply.reason);
  }
  return [...harness.engine.events];
}

const SHORT = await longLog(60);
const LONG = await longLog(2 * CONSOLE_PAGE_EVENTS + 300);
const content = contentOfCreated(LONG[0] as ExerciseEvent);
const stateAfter = (events: readonly ExerciseEvent[]) => replay(events, content);

/** A host that answers `history` from its log, recording what was asked. */
function hostLog(events: readonly ExerciseEvent[]) {
  const asked: [number, number][] = [];
  return {
    asked,
    requestHistory: async (from: number, to: number) => {
      asked.push([from, to]);
      return events.slice(from - 1, to);
    },
  };
}

/** A gate the test opens: the history waits for it, as for the first paint. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened: () => opened, open };
}

function following(
  copy: ConsoleCopy | null,
  host: ReturnType<typeof hostLog>,
  historyAfter: () => Promise<unknown> = async () => {},
) {
  const sent: string[] = [];
  const view = new RemoteExercise(ID, {
    sendCommand: async (command) => {
      sent.push(command.type);
      return { ok: true, commandId: command.commandId, seqs: [] };
    },
  });
  const resyncs: number[] = [];
  const follower = new CopyFollower(view, {
    copy,
    requestHistory: host.requestHistory,
    resync: () => resyncs.push(view.lastSeq()),
    historyAfter,
  });
  const lengths: number[] = [];
  view.subscribe(() => view.ready && lengths.push(view.events.length));
  return { view, follower, resyncs, lengths, sent };
}

const status: ExerciseMessage = { kind: 'status', exerciseId: ID, readOnly: false, problem: null };
const log = (events: readonly ExerciseEvent[], lastSeq: number): ExerciseMessage => ({
  kind: 'log',
  exerciseId: ID,
  events: [...events],
  lastSeq,
});

/** A copy holding `events`, with a snapshot at `snapshotSeq` when given. */
async function copyHolding(events: readonly ExerciseEvent[], snapshotSeq?: number): Promise<ConsoleCopy> {
  const copy = new ConsoleCopy(database(), ID);
  await copy.append(events, events.length);
  if (snapshotSeq) await copy.saveSnapshot(snapshotOf(stateAfter(events.slice(0, snapshotSeq))));
  return copy;
}

describe('CopyFollower', () => {
  it('shows this browser’s copy at once, from its snapshot, reads its history behind, then takes what follows from the host', async () => {
    const held = 40;
    const copy = await copyHolding(SHORT.slice(0, held), 30);
    const paint = gate();
    const { view, follower, lengths } = following(copy, hostLog(SHORT), paint.opened);
    await follower.openCopy();
    // The state of the copy's last event before any history is read, and the host not asked yet.
    expect(view.state).toEqual(stateAfter(SHORT.slice(0, held)));
    expect(view.events).toEqual(SHORT.slice(30, held));
    expect(view.historyProgress()).toEqual({ loaded: 0, total: 30 });
    expect(view.readOnlyReason).toBe(COPY_UNCHECKED);
    expect(view.status.notice).toEqual({ kind: 'opened', held, received: null });
    expect(follower.since()).toBe(held);
    expect(follower.digest()).toBe(eventDigest(SHORT[held - 1] as ExerciseEvent));
    paint.open();
    await follower.settled();
    expect(view.events).toEqual(SHORT.slice(0, held));
    follower.receive(status);
    follower.receive(log(SHORT.slice(held), SHORT.length));
    expect(view.readOnly).toBe(false);
    expect(view.state).toEqual(stateAfter(SHORT));
    expect(view.events).toEqual(SHORT);
    expect(view.status.notice).toEqual({ kind: 'opened', held, received: SHORT.length - held });
    await follower.settled();
    expect(await copy.events()).toEqual(SHORT);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('with no copy here, shows the host’s snapshot at once, then reads the history page by page into a whole copy', async () => {
    const copy = new ConsoleCopy(database(), ID);
    const host = hostLog(LONG);
    const paint = gate();
    const { view, follower, lengths } = following(copy, host, paint.opened);
    await follower.openCopy();
    expect(view.ready).toBe(false);
    const snapshotSeq = 2 * CONSOLE_PAGE_EVENTS + 100;
    const tailEnd = LONG.length - 50;
    follower.receive(status);
    follower.receive({
      kind: 'opening',
      exerciseId: ID,
      created: LONG[0] as ExerciseEvent,
      snapshot: snapshotOf(stateAfter(LONG.slice(0, snapshotSeq))),
      events: LONG.slice(snapshotSeq, tailEnd),
      lastSeq: tailEnd,
    });
    // A live batch before the history is in: shown, and kept in memory until the copy reaches it.
    follower.receive(log(LONG.slice(tailEnd), LONG.length));
    expect(view.state).toEqual(stateAfter(LONG));
    expect(view.events).toEqual(LONG.slice(snapshotSeq));
    expect(view.historyProgress()).toEqual({ loaded: 0, total: snapshotSeq });
    expect(view.status.notice).toEqual({ kind: 'rebuilt', total: tailEnd });
    expect(host.asked).toEqual([]);
    await follower.writesDone();
    expect(await copy.lastSeq()).toBe(0);
    paint.open();
    await vi.waitFor(() => expect(view.historyProgress()).toBeNull());
    expect(host.asked).toEqual([
      [1, CONSOLE_PAGE_EVENTS],
      [CONSOLE_PAGE_EVENTS + 1, 2 * CONSOLE_PAGE_EVENTS],
      [2 * CONSOLE_PAGE_EVENTS + 1, snapshotSeq],
    ]);
    expect(view.events).toEqual(LONG);
    expect(view.state).toEqual(stateAfter(LONG));
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    await follower.settled();
    expect(await copy.events()).toEqual(LONG);
    // The host's snapshot was kept: the next open of the copy starts from it.
    const reopened = await copy.open();
    expect(reopened?.snapshot?.seq).toBe(snapshotSeq);
    expect(reopened?.events).toEqual(LONG.slice(snapshotSeq));
  });

  it('when the copy is far behind, asks the host only for what the copy lacks before its snapshot', async () => {
    const held = 1500;
    const copy = await copyHolding(LONG.slice(0, held));
    const host = hostLog(LONG);
    const { view, follower } = following(copy, host);
    await follower.openCopy();
    await follower.settled();
    const snapshotSeq = 2 * CONSOLE_PAGE_EVENTS;
    follower.receive(status);
    follower.receive({
      kind: 'opening',
      exerciseId: ID,
      created: LONG[0] as ExerciseEvent,
      snapshot: snapshotOf(stateAfter(LONG.slice(0, snapshotSeq))),
      events: LONG.slice(snapshotSeq),
      lastSeq: LONG.length,
    });
    expect(view.state).toEqual(stateAfter(LONG));
    await vi.waitFor(() => expect(view.historyProgress()).toBeNull());
    expect(host.asked).toEqual([
      [held + 1, held + CONSOLE_PAGE_EVENTS],
      [held + CONSOLE_PAGE_EVENTS + 1, snapshotSeq],
    ]);
    expect(view.events).toEqual(LONG);
    expect(view.status.notice).toEqual({ kind: 'opened', held, received: LONG.length - held });
    await follower.settled();
    expect(await copy.events()).toEqual(LONG);
  });

  it('reads a long log sent line by line into the copy with a snapshot every so often, and reopens from it quickly', async () => {
    const copy = new ConsoleCopy(database(), ID);
    const { view, follower } = following(copy, hostLog(LONG));
    await follower.openCopy();
    follower.receive(status);
    for (let start = 0; start < LONG.length; start += CONSOLE_PAGE_EVENTS)
      follower.receive(log(LONG.slice(start, start + CONSOLE_PAGE_EVENTS), LONG.length));
    expect(view.events).toEqual(LONG);
    await follower.settled();
    const opening = await copy.open();
    expect(opening?.snapshot?.seq).toBeGreaterThanOrEqual(SNAPSHOT_INTERVAL);
    expect(opening?.snapshot?.state).toEqual(stateAfter(LONG.slice(0, opening?.snapshot?.seq)));
    const again = following(copy, hostLog(LONG), () => new Promise(() => {}));
    await again.follower.openCopy();
    expect(again.view.events.length).toBeLessThan(LONG.length - SNAPSHOT_INTERVAL + 1);
    expect(again.view.state).toEqual(stateAfter(LONG));
  });

  it('merges nothing when the copy does not continue the host’s journal, and shows it read-only with the reason', async () => {
    const copy = await copyHolding(SHORT);
    const { view, follower, sent } = following(copy, hostLog(SHORT));
    await follower.openCopy();
    const reason = `this browser's copy holds events 41–${SHORT.length} that the exercise host's journal does not`;
    follower.receive({ kind: 'diverged', exerciseId: ID, heldSeq: SHORT.length, hostLastSeq: 40, reason });
    expect(view.ready).toBe(true);
    expect(view.readOnlyReason).toBe(reason);
    expect(view.status.notice).toEqual({ kind: 'diverged', reason });
    expect(view.state).toEqual(stateAfter(SHORT));
    // Nothing is sent on the strength of it.
    expect(await view.send('exercise/pause', {})).toMatchObject({ ok: false, code: 'not-now', reason });
    expect(sent).toEqual([]);
    await follower.settled();
    expect(await copy.events()).toEqual(SHORT);
  });

  it('shows the copy read-only when the host has no such exercise, and fails without one', async () => {
    const copy = await copyHolding(SHORT);
    const withCopy = following(copy, hostLog(SHORT));
    await withCopy.follower.openCopy();
    const gone = { kind: 'not-found' as const, exerciseId: ID, reason: 'no exercise mini-1 in /data' };
    withCopy.follower.receive(gone);
    expect(withCopy.view.ready).toBe(true);
    expect(withCopy.view.readOnlyReason).toMatch(
      /^the exercise host has no such exercise \(no exercise mini-1/,
    );
    expect(withCopy.view.status.notice).toEqual({ kind: 'not-found', reason: gone.reason });
    const without = following(new ConsoleCopy(database(), ID), hostLog([]));
    await without.follower.openCopy();
    without.follower.receive(gone);
    expect(without.view.ready).toBe(false);
    expect(without.view.notFound).toBe(gone.reason);
    expect(without.view.status.notice).toBeNull();
  });

  it('keeps the copy on screen, read-only, while the host is out of reach', async () => {
    const copy = await copyHolding(SHORT);
    const { view, follower } = following(copy, hostLog(SHORT));
    view.status.setReachable(false);
    await follower.openCopy();
    expect(view.state).toEqual(stateAfter(SHORT));
    expect(view.readOnlyReason).toBe(HOST_UNREACHABLE);
  });

  it('says when the copy cannot be written, and carries on with what the host sends', async () => {
    const db = database();
    const copy = new ConsoleCopy(db, ID);
    await copy.append(SHORT.slice(0, 10), 10);
    const { view, follower } = following(copy, hostLog(SHORT));
    await follower.openCopy();
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    follower.receive(status);
    follower.receive(log(SHORT.slice(10), SHORT.length));
    await follower.settled();
    expect(view.error).toMatch(
      /^this browser’s copy of the exercise stops at event 10: .*storage quota is full/,
    );
    expect(view.state).toEqual(stateAfter(SHORT));
    expect(view.readOnly).toBe(false);
    vi.restoreAllMocks();
    expect(await copy.lastSeq()).toBe(10);
  });

  it('says when this browser’s copy cannot be read, and follows the host from nothing', async () => {
    const db = database();
    const copy = new ConsoleCopy(db, ID);
    vi.spyOn(db.copies, 'get').mockRejectedValue(new DOMException('gone', 'UnknownError'));
    const { view, follower } = following(copy, hostLog(SHORT));
    await follower.openCopy();
    expect(view.error).toMatch(/^this browser’s copy of the exercise could not be read/);
    expect(follower.since()).toBe(0);
    follower.receive(status);
    follower.receive(log(SHORT, SHORT.length));
    expect(view.state).toEqual(stateAfter(SHORT));
  });
});
