import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineHost } from './engine-host';
import { useEngineHost } from './use-engine-host';

afterEach(() => vi.restoreAllMocks());

/** A host stand-in: the hook only hands it out and closes it. */
const fakeHost = () => ({ close: vi.fn() }) as unknown as EngineHost & { close: ReturnType<typeof vi.fn> };

/** EngineHost.open answered by the test, one exercise at a time. */
function openedByHand() {
  const pending = new Map<
    string,
    { resolve: (host: EngineHost) => void; reject: (error: unknown) => void }
  >();
  const open = vi.spyOn(EngineHost, 'open').mockImplementation(
    (exerciseId) =>
      new Promise<EngineHost>((resolve, reject) => {
        pending.set(exerciseId, { resolve, reject });
      }),
  );
  const settle = async (exerciseId: string, outcome: { host: EngineHost } | { error: unknown }) => {
    const waiting = pending.get(exerciseId);
    if (!waiting) throw new Error(`nobody opened ${exerciseId}`);
    await act(async () =>
      'host' in outcome ? waiting.resolve(outcome.host) : waiting.reject(outcome.error),
    );
  };
  return { open, settle };
}

describe('the console tab’s engine host', () => {
  it('is loading, then ready, and closed when the console goes', async () => {
    const { open, settle } = openedByHand();
    const host = fakeHost();
    const { result, unmount } = renderHook(() => useEngineHost('ex-1'));
    expect(result.current).toEqual({ status: 'loading' });
    expect(open).toHaveBeenCalledWith('ex-1');
    await settle('ex-1', { host });
    expect(result.current).toEqual({ status: 'ready', host });
    expect(host.close).not.toHaveBeenCalled();
    unmount();
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('says why it could not open', async () => {
    const { settle } = openedByHand();
    const { result } = renderHook(() => useEngineHost('ex-9'));
    await settle('ex-9', { error: new Error('no exercise ex-9 is stored in this browser') });
    expect(result.current).toEqual({
      status: 'failed',
      reason: 'no exercise ex-9 is stored in this browser',
    });
  });

  it('closes a host that opens after the console went, and reports nothing', async () => {
    const { settle } = openedByHand();
    const host = fakeHost();
    const { result, unmount } = renderHook(() => useEngineHost('ex-1'));
    unmount();
    await settle('ex-1', { host });
    expect(host.close).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual({ status: 'loading' });
  });

  it('closes the host of one exercise when the console turns to another', async () => {
    const { open, settle } = openedByHand();
    const first = fakeHost();
    const second = fakeHost();
    const { result, rerender } = renderHook(({ exerciseId }) => useEngineHost(exerciseId), {
      initialProps: { exerciseId: 'ex-1' },
    });
    await settle('ex-1', { host: first });
    rerender({ exerciseId: 'ex-2' });
    expect(first.close).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenLastCalledWith('ex-2');
    await settle('ex-2', { host: second });
    expect(result.current).toEqual({ status: 'ready', host: second });
    expect(second.close).not.toHaveBeenCalled();
  });
});
