import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources, bundledScenarioSources } from '../../test/bundled-content';
import { exerciseContent } from '../../test/fixtures/fixtures';
import { runExercise } from '../agents/index';
import { MemoryEventStore } from '../stores/index';
import { nextDeadline, nextRelease, pendingDeadlines } from './deadlines';
import { ExerciseEngine } from './exercise-engine';

// A whole run: its time depends on the machine, so it gets the runs' timeout, not the default five seconds.
describe('the next deadline', { timeout: 120_000 }, () => {
  it('is always the first of all pending deadlines in firing order, through a whole run', async () => {
    const scenario = bundledScenarioSources().find((source) =>
      source.path.includes('salisbury-style/scenario'),
    );
    const store = new MemoryEventStore('deadlines');
    const engine = await ExerciseEngine.create(store, {
      exerciseId: 'deadlines',
      name: 'deadlines',
      seed: 3,
      wallMs: Date.UTC(2020, 0, 1),
      content: exerciseContent(bundledPlaybookSources(), scenario!),
    });
    let checked = 0;
    engine.subscribe(() => {
      const all = pendingDeadlines(engine.state);
      expect(nextDeadline(engine.state)).toEqual(all[0]);
      expect(nextRelease(engine.state)).toEqual(all.find((deadline) => deadline.kind === 'release'));
      checked += 1;
    });
    await runExercise(engine, { policy: 'random', seed: 3, wallStartMs: Date.UTC(2020, 0, 1) });
    expect(checked).toBeGreaterThan(100);
  });
});
