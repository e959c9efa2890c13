import { describe, expect, it } from 'vitest';
import { mechanismStages } from './stage-rows';
import { EMPTY_METRICS, HOUR, MINUTE, SAMPLE_METRICS } from './sample-metrics';

/** Each row as `stage time [window ids]`, read against sample-metrics.ts by hand. */
const shape = (metrics = SAMPLE_METRICS) =>
  mechanismStages(metrics).map(({ mechanism, rows }) => ({
    mechanism,
    rows: rows.map((row) => [row.stage, row.ms, row.windows.map((window) => window.actorKey)]),
  }));

describe('mechanismStages', () => {
  it('sets each mechanism’s reached stages beside the windows that time them, legal clocks left out', () => {
    expect(shape()).toEqual([
      {
        mechanism: 'crisis',
        rows: [
          ['notify', 2 * HOUR, ['crisis']],
          ['decide', HOUR, ['crisis']],
          ['activate', 2 * HOUR, []],
          ['other', null, ['crisis']],
        ],
      },
      {
        mechanism: 'stratcom',
        rows: [
          ['detect', 30 * MINUTE, []],
          ['assess', 4 * HOUR, ['stratcom']],
        ],
      },
      // No decision, so no stage time; its two cases' windows still show.
      { mechanism: 'ucpm', rows: [['notify', null, ['ucpm#1', 'ucpm#2']]] },
    ]);
  });

  it('leaves out a mechanism with no stage reached and no window (argus) and the legal clocks’ one', () => {
    const mechanisms = mechanismStages(SAMPLE_METRICS).map((group) => group.mechanism);
    expect(Object.keys(SAMPLE_METRICS.stages.byMechanism)).toContain('argus');
    expect(SAMPLE_METRICS.windows.map((window) => window.mechanism)).toContain('cyber-blueprint');
    expect(mechanisms).not.toContain('argus');
    expect(mechanisms).not.toContain('cyber-blueprint');
  });

  it('has nothing to show before any stage or window', () => {
    expect(mechanismStages(EMPTY_METRICS)).toEqual([]);
  });
});
