import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeEvents, type ExerciseReadModels } from '../../../core/index';
import { reviewLog, reviewModels } from '../../../test/fixtures/review-log';
import { translatorFor } from '../../state/index';
import { useOtherRun, type OtherRun } from './use-other-run';

const en = translatorFor('en');
const words = (run: OtherRun) => (run.kind === 'loading' || run.kind === 'failed' ? run.text(en) : null);

/** A load the test settles by hand. */
function deferred() {
  let settle: { resolve(models: ExerciseReadModels): void; reject(error: Error): void } | null = null;
  const promise = new Promise<ExerciseReadModels>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, settle: () => settle! };
}

describe('useOtherRun', () => {
  it('loads an exercise the caller offers, saying so while it loads', async () => {
    const { models } = await reviewModels();
    const load = deferred();
    const { result } = renderHook(() => useOtherRun());
    expect(result.current.run).toEqual({ kind: 'none' });
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.fromExercise({
        exerciseId: 'ex-2',
        name: 'Origin run',
        load: () => load.promise,
      });
    });
    expect(words(result.current.run)).toBe('Loading Origin run…');
    await act(async () => {
      load.settle().resolve(models);
      await done;
    });
    expect(result.current.run).toMatchObject({ kind: 'loaded', models, notes: [] });
  });

  it('says why a load failed, and drops a slower earlier load when another was chosen since', async () => {
    const { models } = await reviewModels();
    const first = deferred();
    const { result } = renderHook(() => useOtherRun());
    await act(async () => {
      void result.current.fromExercise({ exerciseId: 'ex-1', name: 'Slow run', load: () => first.promise });
      await result.current.fromExercise({
        exerciseId: 'ex-2',
        name: 'Gone run',
        load: () => Promise.reject(new Error('the host has no exercise ex-2')),
      });
    });
    expect(words(result.current.run)).toBe('Gone run could not be loaded: the host has no exercise ex-2');
    await act(async () => {
      first.settle().resolve(models);
      await first.promise;
    });
    expect(result.current.run.kind).toBe('failed');
  });

  it('reads a journal file, with a note for each thing wrong in it and the reason it gives nothing', async () => {
    const h = await reviewLog();
    const text = encodeEvents(h.engine.events);
    const { result } = renderHook(() => useOtherRun());
    await act(() => result.current.fromFile(new File([`${text}{"v":1`], 'events.jsonl')));
    await waitFor(() => expect(result.current.run.kind).toBe('loaded'));
    const run = result.current.run;
    if (run.kind !== 'loaded') return;
    expect(run.models.facts.count).toBe(h.engine.events.length);
    expect(run.notes.map((note) => [note.text(en), note.damaged])).toEqual([
      [
        `events.jsonl, line ${h.engine.events.length + 1}: the last line is torn (a crash mid-write); the ${h.engine.events.length} events before it are compared.`,
        false,
      ],
    ]);
    await act(() => result.current.fromFile(new File([''], 'empty.jsonl')));
    expect(words(result.current.run)).toBe('empty.jsonl is not a journal: it holds no events.');
  });
});
