import { describe, expect, it } from 'vitest';
import { reportFileName } from './report-file-name';

describe('reportFileName', () => {
  it('names a file after its exercise and what it holds, nothing in it that a file system refuses', () => {
    expect(reportFileName('pace-2026', 'improvement plan', 'csv')).toBe('pace-2026-improvement-plan.csv');
    expect(reportFileName('a/b:c', 'report', 'html')).toBe('a-b-c-report.html');
    expect(reportFileName('', 'report', 'json')).toBe('exercise-report.json');
  });
});
