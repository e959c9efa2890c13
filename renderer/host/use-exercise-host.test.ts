// The console's hook on a host in the test's process (test/fixtures/test-host.ts).
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testEvents } from '../../test/event-store-contract';
import { ConsoleCopy, ExerciseDatabase } from '../storage/index';
import { consoleOn, miniExercise } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { HOST_UNREACHABLE } from './view-status';
import { useExerciseHost } from './use-exercise-host';

const cleanup: (() => void)[] = [];
const databases: ExerciseDatabase[] = [];
afterEach(async () => {
  cleanup.splice(0).forEach((close) => close());
  const open = databases.splice(0);
  for (const db of open) db.close();
  for (const db of open) await db.delete();
});

const historyAfter = async () => {};

function world() {
  const host = new TestHost();
  const console = consoleOn(host);
  cleanup.push(console.close, () => host.close());
  const database = new ExerciseDatabase(`use-exercise-host-test-${databases.length}-${Date.now()}`);
  databases.push(database);
  return { host, connection: console.connection, options: { database, historyAfter } };
}

describe('useExerciseHost', () => {
  it('is loading, then ready with the exercise’s view and its send, and keeps that view as it changes', async () => {
    const { host, connection, options } = world();
    const { exerciseId } = await host.create(miniExercise({ name: 'Tabletop' }));
    const { result } = renderHook(() => useExerciseHost(exerciseId, connection, options));
    expect(result.current).toEqual({ status: 'loading', waiting: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    const { view, send } = result.current;
    expect(view.heading().name).toBe('Tabletop');
    await act(async () => {
      expect(await send('exercise/start', {})).toMatchObject({ ok: true });
    });
    await waitFor(() => expect(view.state.clock.status).toBe('running'));
    expect(result.current.status === 'ready' && result.current.view).toBe(view);
  });

  it('says the host has no such exercise', async () => {
    const { connection, options } = world();
    const { result } = renderHook(() => useExerciseHost('gone-1', connection, options));
    await waitFor(() =>
      expect(result.current).toEqual({
        status: 'failed',
        reason: 'no exercise gone-1 in the data folder',
        notFound: true,
      }),
    );
  });

  it('says it is waiting for the host while the host is out of reach', async () => {
    const { host, connection, options } = world();
    host.stop();
    const { result } = renderHook(() => useExerciseHost('ex-1', connection, options));
    await waitFor(() => expect(result.current).toEqual({ status: 'loading', waiting: HOST_UNREACHABLE }));
  });

  it('stops following when the console goes, and follows the next exercise when it turns to another', async () => {
    const { host, connection, options } = world();
    const first = await host.create(miniExercise({ name: 'First' }));
    const second = await host.create(miniExercise({ name: 'Second' }));
    const { result, rerender, unmount } = renderHook(({ id }) => useExerciseHost(id, connection, options), {
      initialProps: { id: first.exerciseId },
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ id: second.exerciseId });
    await waitFor(() =>
      expect(result.current.status === 'ready' && result.current.view.heading().name).toBe('Second'),
    );
    const ready = result.current;
    unmount();
    // What the exercise records now no longer reaches the console that went.
    if (ready.status !== 'ready') throw new Error('not ready');
    const before = ready.view.version;
    await host
      .exercise(second.exerciseId)
      .engine.execute(
        { commandId: 'late', type: 'exercise/start', issuedBy: { role: 'excon', station: 'x' }, payload: {} },
        host.now(),
      );
    // A round trip after it: frames keep their order, so a log message would have come before the answer.
    await connection.list();
    expect(ready.view.version).toBe(before);
  });

  it('replaces a copy the host does not continue with the host’s journal, once asked', async () => {
    const { host, connection, options } = world();
    const { exerciseId } = await host.create(miniExercise({ name: 'Tabletop' }));
    const recorded = host.recorded(exerciseId);
    // This browser holds a copy with events the host's journal does not (the journal restored from a backup).
    const copy = new ConsoleCopy(options.database, exerciseId);
    const foreign = testEvents(exerciseId, recorded.length + 1, 2);
    await copy.append([...recorded, ...foreign], recorded.length + 2);
    const { result } = renderHook(() => useExerciseHost(exerciseId, connection, options));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    const first = result.current;
    // The host names what the copy holds that its journal does not; nothing of it is merged.
    await waitFor(() => expect(first.view.status.hostAnswer.kind).toBe('diverged'));
    expect(first.view.status.hostAnswer).toMatchObject({
      heldSeq: recorded.length + 2,
      hostLastSeq: recorded.length,
    });
    const answer = first.view.status.hostAnswer;
    expect(first.view.readOnlyReason).toBe(answer.kind === 'diverged' ? answer.reason : null);
    expect(first.view.status.notice).toEqual({ kind: 'diverged', reason: first.view.readOnlyReason });
    expect(first.view.events).toEqual([...recorded, ...foreign]);
    expect(first.view.readOnly).toBe(true);
    await act(async () => first.copy?.replace());
    await waitFor(() =>
      expect(result.current.status === 'ready' && result.current.view).not.toBe(first.view),
    );
    await waitFor(() =>
      expect(result.current.status === 'ready' && result.current.view.events).toEqual(recorded),
    );
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect(result.current.view.status.notice).toEqual({ kind: 'rebuilt', total: recorded.length });
    await waitFor(async () => expect(await copy.events()).toEqual(recorded));
  });
});
