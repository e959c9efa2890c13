import { describe, expect, it } from 'vitest';
import { reviewModels } from '../../test/fixtures/review-log';
import { metricsOf } from '../metrics/index';
import { metricsTable } from './metrics-table';

describe('metricsTable', () => {
  it('gives one row per figure, grouped by its first part, with the value metrics.json holds there', async () => {
    const { models } = await reviewModels();
    const metrics = metricsOf(models);
    const table = metricsTable(metrics);
    expect(table.columns).toEqual(['group', 'figure', 'value']);
    const figures = table.rows.map((row) => row[1]);
    expect(new Set(figures).size).toBe(figures.length);
    const row = (figure: string) => table.rows.find((entry) => entry[1] === figure);
    // Picked by hand in metrics.json: the review log releases INJ-1's two expected actions, EA-1 met
    // (test/fixtures/review-log.ts), and ms-c acknowledges INJ-1 an hour after it was delivered.
    expect(row('expectedActions.byStatus.met')).toEqual([
      'expectedActions',
      'expectedActions.byStatus.met',
      1,
    ]);
    expect(row('exercise.events')).toEqual(['exercise', 'exercise.events', metrics.exercise.events]);
    expect(table.rows.every((entry) => entry[0] === String(entry[1]).split('.')[0])).toBe(true);
  });
});
