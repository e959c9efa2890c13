// The console following an exercise on a host in the test's process (test/fixtures/test-host.ts): the remote
// copy equals the host engine's log and state through commands, the host going away and coming back, and a
// reply lost on the way.
import 'fake-indexeddb/auto';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_PAGE_EVENTS,
  QUICK_OPEN_AFTER_EVENTS,
  SNAPSHOT_INTERVAL,
  type ExerciseEvent,
} from '../../core/index';
import { consoleOn, miniExercise } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { ConsoleCopy, ExerciseDatabase } from '../storage/index';
import { followExercise, type FollowOptions } from './follow-exercise';
import { HOST_UNREACHABLE } from './view-status';

const cleanup: (() => void)[] = [];
const databases: ExerciseDatabase[] = [];
afterEach(async () => {
  cleanup.splice(0).forEach((close) => close());
  const open = databases.splice(0);
  for (const db of open) db.close();
  for (const db of open) await db.delete();
});

/** This browser's copy of the exercise, in a database of the test's own; the history read at once. */
function withCopy(db = database()): FollowOptions {
  return { database: db, historyAfter: async () => {} };
}

function database(): ExerciseDatabase {
  const db = new ExerciseDatabase(`follow-exercise-test-${databases.length}-${Date.now()}`);
  databases.push(db);
  return db;
}

async function following() {
  const host = new TestHost();
  const console = consoleOn(host);
  const record = await host.create(miniExercise());
  const followed = followExercise(console.connection, record.exerciseId, withCopy());
  cleanup.push(followed.stop, console.close, () => host.close());
  const { engine } = host.exercise(record.exerciseId);
  await waitFor(() => expect(followed.view.ready).toBe(true));
  return { host, engine, view: followed.view, stop: followed.stop };
}

describe('followExercise', () => {
  it('holds the host engine’s log and state, and its commands come back with the engine’s replies', async () => {
    const { engine, view } = await following();
    expect(view.events).toEqual(engine.events);
    expect(view.readOnly).toBe(false);
    expect(view.error).toBeNull();
    const versions: number[] = [];
    view.subscribe(() => versions.push(view.version));
    expect(await view.send('exercise/speed', { speed: 'max' })).toMatchObject({ ok: true });
    const started = await view.send('exercise/start', {});
    expect(started).toMatchObject({ ok: true });
    await waitFor(() => expect(view.state.clock.status).toBe('running'));
    const refused = await view.send('exercise/jump-to', { scenarioMs: -5 });
    expect(refused).toMatchObject({ ok: false, code: 'invalid-command' });
    const decided = await view.command(
      'decision/take',
      { machine: 'crisis', event: 'RAPID_ALERT' },
      { role: 'ms-a' },
    );
    expect(decided).toMatchObject({ ok: true });
    await waitFor(() => expect(view.events).toEqual(engine.events));
    expect(view.state).toEqual(engine.state);
    expect(view.stationView('ms-a')).toEqual(engine.stationView('ms-a'));
    expect(versions.length).toBeGreaterThan(2);
  });

  it('is read-only while the host is away, then catches up from the last seq held and sends what waited', async () => {
    const { host, engine, view } = await following();
    await view.send('exercise/speed', { speed: 'max' });
    await view.send('exercise/start', {});
    host.stop();
    await waitFor(() => expect(view.readOnlyReason).toBe(HOST_UNREACHABLE));
    expect(view.readOnly).toBe(true);
    // While the console is away the exercise goes on (a station's message), and the controller pauses it.
    const elsewhere = await engine.execute(
      {
        commandId: 'station-1',
        type: 'message/send',
        issuedBy: { role: 'nac', station: 'laptop-2' },
        payload: { to: ['ms-a'], marking: 'PUBLIC', subject: 'Hello', body: 'Text' },
      },
      host.now(),
    );
    expect(elsewhere.ok).toBe(true);
    const pause = view.send('exercise/pause', {});
    host.start();
    expect(await pause).toMatchObject({ ok: true });
    await waitFor(() => expect(view.events).toEqual(engine.events));
    expect(view.readOnly).toBe(false);
    expect(view.state).toEqual(engine.state);
    expect(engine.events.filter((event) => event.type === 'clock.paused')).toHaveLength(1);
    expect(view.state.clock.status).toBe('paused');
  });

  it('resends a command whose reply was lost with the same id, and the engine applies it once', async () => {
    const { host, engine, view } = await following();
    // The host stops once the start is recorded, before its reply leaves.
    const stopOnStart = engine.subscribe((batch) => {
      if (batch.some((event) => event.type === 'exercise.started')) host.stop();
    });
    const start = view.send('exercise/start', {});
    await waitFor(() => expect(view.readOnly).toBe(true));
    stopOnStart();
    host.start();
    const reply = await start;
    expect(reply).toMatchObject({ ok: true, duplicate: true });
    const started = engine.events.filter((event) => event.type === 'exercise.started');
    expect(started).toHaveLength(1);
    // The start's batch: STARTEX and what it released at T+0, recorded once.
    const batch = engine.events.filter((event) => event.commandId === reply.commandId);
    expect(batch[0]).toBe(started[0]);
    expect(reply.ok && reply.seqs).toEqual(batch.map((event) => event.seq));
    await waitFor(() => expect(view.events).toEqual(engine.events));
  });

  it('reads a long log in pages, saying how far it is', async () => {
    const host = new TestHost();
    const console = consoleOn(host);
    cleanup.push(console.close, () => host.close());
    const record = await host.create(miniExercise());
    const { engine } = host.exercise(record.exerciseId);
    const send = (commandId: string, type: string, payload: Record<string, unknown>) =>
      engine.execute(
        { commandId, type, issuedBy: { role: 'excon', station: 'console' }, payload },
        host.now(),
      );
    expect(await send('speed', 'exercise/speed', { speed: 'max' })).toMatchObject({ ok: true });
    expect(await send('start', 'exercise/start', {})).toMatchObject({ ok: true });
    // Messages until the log is longer than a page; each one must be recorded, or the loop would not end.
    for (let index = 0; engine.events.length <= CONSOLE_PAGE_EVENTS; index += 1) {
      const reply = await send(`note-${index}`, 'message/send', {
        to: ['ms-a'],
        marking: 'PUBLIC',
        subject: `Note ${index}`,
        body: 'Text',
      });
      if (!reply.ok) throw new Error(reply.reason);
    }
    const { view, stop } = followExercise(console.connection, record.exerciseId, withCopy());
    cleanup.push(stop);
    const progress: (number | null)[] = [];
    view.subscribe(() => progress.push(view.historyProgress()?.loaded ?? null));
    await waitFor(() => expect(view.events.length).toBe(engine.events.length));
    expect(progress).toContain(CONSOLE_PAGE_EVENTS);
    expect(progress.at(-1)).toBeNull();
    expect(view.state).toEqual(engine.state);
  });

  it('says the host has no such exercise', async () => {
    const host = new TestHost();
    const console = consoleOn(host);
    cleanup.push(console.close, () => host.close());
    const { view, stop } = followExercise(console.connection, 'gone-1', withCopy());
    cleanup.push(stop);
    await waitFor(() => expect(view.notFound).toBe('no exercise gone-1 in the data folder'));
    expect(view.ready).toBe(false);
  });

  it('reopens from this browser’s copy while the host is away, read-only, then catches up from it when the host is back', async () => {
    const host = new TestHost();
    const console = consoleOn(host);
    cleanup.push(console.close, () => host.close());
    const record = await host.create(miniExercise());
    const { engine } = host.exercise(record.exerciseId);
    const db = database();
    const first = followExercise(console.connection, record.exerciseId, withCopy(db));
    await waitFor(() => expect(first.view.ready).toBe(true));
    await first.view.send('exercise/speed', { speed: 'max' });
    await first.view.send('exercise/start', {});
    await waitFor(() => expect(first.view.events).toEqual(engine.events));
    await first.follower.settled();
    first.stop();
    const held = engine.events.length;
    // The page is reloaded while the host is down; the exercise went on before it stopped.
    await engine.execute(
      {
        commandId: 'station-1',
        type: 'message/send',
        issuedBy: { role: 'nac', station: 'laptop-2' },
        payload: { to: ['ms-a'], marking: 'PUBLIC', subject: 'Hello', body: 'Text' },
      },
      host.now(),
    );
    host.stop();
    await waitFor(() => expect(console.connection.status.state).toBe('unreachable'));
    const again = followExercise(console.connection, record.exerciseId, withCopy(db));
    cleanup.push(again.stop);
    await waitFor(() => expect(again.view.ready).toBe(true));
    expect(again.view.events).toEqual(engine.events.slice(0, held));
    expect(again.view.readOnlyReason).toBe(HOST_UNREACHABLE);
    expect(again.view.status.notice).toEqual({ kind: 'opened', held, received: null });
    host.start();
    await waitFor(() => expect(again.view.events).toEqual(engine.events));
    expect(again.view.readOnly).toBe(false);
    expect(again.view.state).toEqual(engine.state);
    expect(again.view.status.notice).toEqual({ kind: 'opened', held, received: engine.events.length - held });
    await again.follower.settled();
    expect(await again.copy?.events()).toEqual(engine.events);
  });

  it('rebuilds a missing copy from the host: its snapshot at once, the history page by page, then the whole copy', async () => {
    const host = new TestHost();
    const console = consoleOn(host);
    cleanup.push(console.close, () => host.close());
    const record = await host.create(miniExercise());
    const { engine } = host.exercise(record.exerciseId);
    const send = (commandId: string, type: string, payload: Record<string, unknown>) =>
      engine.execute(
        { commandId, type, issuedBy: { role: 'excon', station: 'console' }, payload },
        host.now(),
      );
    await send('speed', 'exercise/speed', { speed: 'max' });
    await send('start', 'exercise/start', {});
    // Long enough for the host to hold a snapshot and to answer an empty copy with it.
    for (let index = 0; engine.events.length <= QUICK_OPEN_AFTER_EVENTS + SNAPSHOT_INTERVAL; index += 1) {
      const reply = await send(`note-${index}`, 'message/send', {
        to: ['ms-a'],
        marking: 'PUBLIC',
        subject: `Note ${index}`,
        body: 'Text',
      });
      if (!reply.ok) throw new Error(reply.reason);
    }
    let painted = () => {};
    const firstPaint = new Promise<void>((resolve) => (painted = resolve));
    const db = database();
    const { view, follower, copy, stop } = followExercise(console.connection, record.exerciseId, {
      database: db,
      historyAfter: () => firstPaint,
    });
    cleanup.push(stop);
    await waitFor(() => expect(view.ready).toBe(true));
    // The current state at once, from the host's snapshot and the events after it.
    const snapshotSeq = view.historyProgress()?.total ?? 0;
    expect(snapshotSeq).toBeGreaterThanOrEqual(SNAPSHOT_INTERVAL);
    expect(view.historyProgress()).toEqual({ loaded: 0, total: snapshotSeq });
    expect(view.events).toEqual(engine.events.slice(snapshotSeq));
    expect(view.state).toEqual(engine.state);
    expect(view.status.notice).toEqual({ kind: 'rebuilt', total: engine.events.length });
    painted();
    await waitFor(() => expect(view.historyProgress()).toBeNull());
    expect(view.events).toEqual(engine.events);
    await follower.settled();
    expect(await copy?.events()).toEqual(engine.events);
    // The next page load opens from the copy, from the host's snapshot, and the host has nothing to add.
    const again = followExercise(console.connection, record.exerciseId, withCopy(db));
    cleanup.push(again.stop);
    await waitFor(() => expect(again.view.status.notice).toMatchObject({ kind: 'opened', received: 0 }));
    expect(again.view.state).toEqual(engine.state);
  });

  it('merges nothing from a copy whose last event is not the host’s, and shows it read-only with the host’s reason', async () => {
    const host = new TestHost();
    const console = consoleOn(host);
    cleanup.push(console.close, () => host.close());
    const record = await host.create(miniExercise());
    const recorded = host.recorded(record.exerciseId);
    const db = database();
    // The same number of events, the last one not the host's: a journal replaced since this copy was made.
    const last = recorded.at(-1) as ExerciseEvent;
    const copy = new ConsoleCopy(db, record.exerciseId);
    await copy.append([...recorded.slice(0, -1), { ...last, wallMs: last.wallMs + 1 }], recorded.length);
    const { view, stop } = followExercise(console.connection, record.exerciseId, withCopy(db));
    cleanup.push(stop);
    await waitFor(() => expect(view.status.hostAnswer.kind).toBe('diverged'));
    expect(view.readOnly).toBe(true);
    expect(view.status.notice?.kind).toBe('diverged');
    expect(await copy.lastSeq()).toBe(recorded.length);
    expect((await copy.events()).at(-1)?.wallMs).toBe(last.wallMs + 1);
  });
});
