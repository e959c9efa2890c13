import { describe, expect, it } from 'vitest';
import { buildReport, metricsOf } from '../../core/index';
import { reviewModels } from '../../test/fixtures/review-log';
import { exportFile } from './report-files';

describe('exportFile', () => {
  it('gives a table its CSV, named after the exercise, and refuses a table there is not', async () => {
    const { h, models } = await reviewModels();
    const metrics = metricsOf(models);
    const report = buildReport(models, metrics);
    const source = { events: h.log, models, metrics, report, language: 'en' };
    const ratings = exportFile({ csv: 'ratings' }, source);
    expect(ratings).toMatchObject({ name: 'mini-1-ratings.csv', mimeType: 'text/csv' });
    // review-log.ts: the one rating, S, with its rationale.
    expect(String(ratings.data)).toContain('Fast alert, no press line');
    expect(() => exportFile({ csv: 'no such table' }, source)).toThrow('no table named no such table');
  });
});
