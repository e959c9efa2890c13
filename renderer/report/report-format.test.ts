import { describe, expect, it } from 'vitest';
import { figureReading, localeOf, wallTimeText } from './report-format';

describe('wallTimeText', () => {
  it('writes a wall time in UTC, whatever the machine’s zone, in the report’s language', () => {
    // 30 November 2026, 08:05:20 UTC.
    expect(wallTimeText('2026-11-30T08:05:20.000Z', 'en')).toBe('30 Nov 2026, 08:05 UTC');
    expect(wallTimeText('2026-11-30T08:05:20.000Z', 'nl')).toBe('30 nov 2026, 08:05 UTC');
  });

  it('falls back to British English for a language without conventions of its own', () => {
    expect(localeOf('fr')).toBe('en-GB');
    expect(localeOf('nl')).toBe('nl-NL');
  });
});

describe('figureReading', () => {
  it('reads milliseconds as a span and the hit rate as a percentage', () => {
    // 3 days 4 hours = (3 × 24 + 4) × 3,600,000 ms.
    expect(figureReading('stages.total.detect.scenarioMs', 76 * 3_600_000)).toBe('3d 4h');
    expect(figureReading('acknowledgement.nac.scenario.medianMs', 90 * 60_000)).toBe('1h 30m');
    expect(figureReading('expectedActions.hitRate', 4 / 35)).toBe('11.4%');
  });

  it('adds nothing to counts, text and figures that do not exist', () => {
    expect(figureReading('exercise.events', 304)).toBe('');
    expect(figureReading('windows.ipcr.w1.status', 'met')).toBe('');
    expect(figureReading('stages.total.assess.scenarioMs', null)).toBe('');
  });
});
