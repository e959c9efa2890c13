import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, CHART_WIDTH, LABELLED_ROW } from './chart-layout';

describe('chart layout', () => {
  it('leaves room in a labelled row for its name above the bar', () => {
    // The name's line (11-unit text) fits above the bar, and the bar inside the row.
    expect(LABELLED_ROW.barOffset).toBeGreaterThanOrEqual(11);
    expect(LABELLED_ROW.barOffset + LABELLED_ROW.barHeight).toBeLessThanOrEqual(LABELLED_ROW.height);
    expect(AXIS_HEIGHT).toBeLessThan(CHART_WIDTH);
  });
});
