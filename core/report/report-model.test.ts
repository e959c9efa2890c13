import { describe, expect, it } from 'vitest';
import { momentOf, REPORT_SCHEMA_VERSION } from './report-model';

describe('the report model', () => {
  it('is version 2: the overview gained the scope', () => {
    expect(REPORT_SCHEMA_VERSION).toBe(2);
  });

  it('gives a logged moment its wall time as a UTC ISO time, keeping its place and scenario time', () => {
    // 3 June 2019, 09:00:05 UTC.
    expect(momentOf({ seq: 7, scenarioMs: 5_000, wallMs: Date.UTC(2019, 5, 3, 9, 0, 5) })).toEqual({
      seq: 7,
      scenarioMs: 5_000,
      wallTime: '2019-06-03T09:00:05.000Z',
    });
  });
});
