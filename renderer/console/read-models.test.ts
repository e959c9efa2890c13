import { describe, expect, it } from 'vitest';
import { ExerciseReadModels, metricsOf } from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { harnessView } from '../../test/fixtures/engine-view';
import { injectLogOf, readModelsOf } from './read-models';

describe('the console’s read models of a view', () => {
  it('are one fold per exercise content, brought up to the log on each call', async () => {
    const first = await Harness.create();
    const second = await Harness.create();
    await first.startAtMaxSpeed();
    const view = harnessView(first);
    const models = readModelsOf(view);
    expect(readModelsOf(view)).toBe(models);
    expect(models.facts.count).toBe(view.events.length);

    await first.send('message/send', { to: ['nac'], marking: 'PUBLIC', subject: 'S', body: 'B' }, 'ms-a');
    // The same fold, carried on: what a fold of the whole log from scratch gives.
    expect(readModelsOf(view)).toBe(models);
    expect(metricsOf(models)).toEqual(metricsOf(ExerciseReadModels.of(view.events, view.content)));

    // Another exercise (or the same one reopened, which loads its content anew) has a fold of its own.
    const other = harnessView(second);
    expect(readModelsOf(other)).not.toBe(models);
    expect(readModelsOf(other).facts.count).toBe(other.events.length);
    expect(other.events.length).toBeLessThan(view.events.length);
    // The MSEL's inject log alone is a fold apart from the full read models.
    expect(injectLogOf(view)).not.toBe(models.injects);
    expect(models.injects.get('INJ-1')?.steps.length).toBeGreaterThan(0);
    expect(injectLogOf(view).get('INJ-1')?.steps).toEqual(models.injects.get('INJ-1')?.steps);
  });
});
