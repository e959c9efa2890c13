import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExerciseReadModels, metricsOf, type ExerciseView } from '../../../core/index';
import { Harness } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
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
    const view = harnessView(harness);
    const { result, rerender } = renderHook(({ view }: { view: ExerciseView }) => useThrottledMetrics(view), {
      initialProps: { view },
    });
    const first = result.current;
    expect(first.exercise.events).toBe(view.events.length);
    rerender({ view });
    expect(result.current).toBe(first);

    await harness.send('message/send', note, 'presidency');
    expect(view.events.length).toBeGreaterThan(first.exercise.events);
    rerender({ view });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(first);
    act(() => vi.advanceTimersByTime(600));
    expect(result.current.exercise.events).toBe(view.events.length);

    // Paused, nothing floods the log: a change shows at once.
    const beforePause = result.current;
    await harness.send('exercise/pause');
    rerender({ view });
    expect(result.current).toBe(beforePause);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current.exercise.events).toBe(view.events.length);
  });

  it('recompute when the log is another array, as a reopened engine or a new copy of the log brings', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    await harness.send('exercise/pause');
    const { content, state, events } = harnessView(harness);
    type Source = Pick<ExerciseView, 'content' | 'events' | 'state'>;
    const { result, rerender } = renderHook(({ view }: { view: Source }) => useThrottledMetrics(view), {
      initialProps: { view: { content, state, events } },
    });
    const first = result.current;
    rerender({ view: { content, state, events } });
    expect(result.current).toBe(first);
    // The same events in a new array: nothing grew, yet the log is not the one the metrics were taken from.
    rerender({ view: { content, state, events: [...events] } });
    await waitFor(() => expect(result.current).not.toBe(first));
    expect(result.current).toEqual(metricsOf(ExerciseReadModels.of(events, content)));
  });
});
