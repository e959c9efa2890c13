// The console's hook on a host in the test's process (test/fixtures/test-host.ts).
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { consoleOn, miniExercise } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { HOST_UNREACHABLE } from './view-status';
import { useExerciseHost } from './use-exercise-host';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

function world() {
  const host = new TestHost();
  const console = consoleOn(host);
  cleanup.push(console.close, () => host.close());
  return { host, connection: console.connection };
}

describe('useExerciseHost', () => {
  it('is loading, then ready with the exercise’s view and its send, and keeps that view as it changes', async () => {
    const { host, connection } = world();
    const { exerciseId } = await host.create(miniExercise({ name: 'Tabletop' }));
    const { result } = renderHook(() => useExerciseHost(exerciseId, connection));
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
    const { connection } = world();
    const { result } = renderHook(() => useExerciseHost('gone-1', connection));
    await waitFor(() =>
      expect(result.current).toEqual({
        status: 'failed',
        reason: 'no exercise gone-1 in the data folder',
        notFound: true,
      }),
    );
  });

  it('says it is waiting for the host while the host is out of reach', async () => {
    const { host, connection } = world();
    host.stop();
    const { result } = renderHook(() => useExerciseHost('ex-1', connection));
    await waitFor(() => expect(result.current).toEqual({ status: 'loading', waiting: HOST_UNREACHABLE }));
  });

  it('stops following when the console goes, and follows the next exercise when it turns to another', async () => {
    const { host, connection } = world();
    const first = await host.create(miniExercise({ name: 'First' }));
    const second = await host.create(miniExercise({ name: 'Second' }));
    const { result, rerender, unmount } = renderHook(({ id }) => useExerciseHost(id, connection), {
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
});
