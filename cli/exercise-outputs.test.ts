import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import { ExerciseReadModels, metricsOf } from '../core/index';
import { writeExerciseOutputs } from './exercise-outputs';

/** Every object's keys in sorted order, at every depth. */
function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return (
    keys.every((key, index) => index === 0 || keys[index - 1]! < key) &&
    Object.values(value).every(keysSorted)
  );
}

describe('writeExerciseOutputs', () => {
  it('writes metrics.json as canonical JSON and summary.md beside it', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.jumpTo(2 * HOUR);
    await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const models = ExerciseReadModels.of(h.engine.events, h.engine.content);
    const metrics = metricsOf(models);
    const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-outputs-'));

    await writeExerciseOutputs(folder, models, metrics);

    const json = readFileSync(path.join(folder, 'metrics.json'), 'utf8');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(metrics)));
    expect(keysSorted(JSON.parse(json))).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toMatch(/^ {2}"/);
    const summary = readFileSync(path.join(folder, 'summary.md'), 'utf8');
    expect(summary.startsWith('# Mini scenario\n')).toBe(true);
    expect(summary).toContain('| INJ-1 | EA-1 | ms-a | crisis RAPID_ALERT | 6h | met |');
  });
});
