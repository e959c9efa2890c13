import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, CHART_WIDTH, fitLabel, LABELLED_ROW } from './chart-layout';

describe('chart layout', () => {
  it('leaves room in a labelled row for its name above the bar', () => {
    // The name's line (11-unit text) fits above the bar, and the bar inside the row.
    expect(LABELLED_ROW.barOffset).toBeGreaterThanOrEqual(11);
    expect(LABELLED_ROW.barOffset + LABELLED_ROW.barHeight).toBeLessThanOrEqual(LABELLED_ROW.height);
    expect(AXIS_HEIGHT).toBeLessThan(CHART_WIDTH);
  });
});

describe('fitLabel', () => {
  it('keeps a name that fits and cuts a longer one to the room given, ellipsis included', () => {
    expect(fitLabel('NATO', 4)).toBe('NATO');
    // 'European External Action Service' (32 characters) in 12: 11 of its own and the ellipsis.
    expect(fitLabel('European External Action Service', 12)).toBe('European Ex…');
    expect(fitLabel('European External Action Service', 12)).toHaveLength(12);
    // A cut never ends on a space before the ellipsis.
    expect(fitLabel('Council of the EU', 9)).toBe('Council…');
  });
});
