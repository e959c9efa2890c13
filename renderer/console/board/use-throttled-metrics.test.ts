import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseEngine } from '../../../core/index';
import { Harness } from '../../../test/fixtures/engine-harness';
import { useThrottledMetrics } from './use-throttled-metrics';

afterEach(() => {
  vi.useRealTimers();
});

const note = { to: ['ms-a'], marking: 'PUBLIC', subject: 'Update', body: 'Text' };

describe('live metrics', () => {
  it('recompute only when the log grows, at most once a second while the clock runs', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    vi.useFakeTimers();
    const { result, rerender } = renderHook(
      ({ engine }: { engine: ExerciseEngine }) => useThrottledMetrics(engine),
      {
        initialProps: { engine: harness.engine },
      },
    );
    const first = result.current;
    expect(first.exercise.events).toBe(harness.engine.events.length);
    rerender({ engine: harness.engine });
    expect(result.current).toBe(first);

    await harness.send('message/send', note, 'presidency');
    expect(harness.engine.events.length).toBeGreaterThan(first.exercise.events);
    rerender({ engine: harness.engine });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(first);
    act(() => vi.advanceTimersByTime(600));
    expect(result.current.exercise.events).toBe(harness.engine.events.length);

    // Paused, nothing floods the log: a change shows at once.
    const beforePause = result.current;
    await harness.send('exercise/pause');
    rerender({ engine: harness.engine });
    expect(result.current).toBe(beforePause);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current.exercise.events).toBe(harness.engine.events.length);
  });
});
