import { describe, expect, it } from 'vitest';
import { pairedScale } from './paired-scale';
import { HOUR, SAMPLE_FIGURES } from './sample-comparison';

const group = (name: string) => SAMPLE_FIGURES.filter((figure) => figure.group === name);

describe('pairedScale', () => {
  it('measures times against one duration axis when every figure is a time', () => {
    // The stages' largest value is the other run's activate, 6h: an axis of 0–6h in 2h steps.
    const scale = pairedScale(group('stages'), 300);
    expect(scale.axis).toEqual({ ticks: [0, 2 * HOUR, 4 * HOUR, 6 * HOUR], max: 6 * HOUR });
    expect(scale.length(3 * HOUR, 'ms')).toBe(150);
    expect(scale.length(6 * HOUR, 'ms')).toBe(300);
  });

  it('gives each unit of a mixed chart its own scale, and no axis', () => {
    // Acknowledgement: medians up to 1h, counts up to 3.
    const ack = pairedScale(group('acknowledgement'), 300);
    expect(ack.axis).toBeNull();
    expect(ack.length(HOUR, 'ms')).toBe(300);
    expect(ack.length(3, 'count')).toBe(300);
    // Expected: the count 4 is the longest; a ratio runs to 100 %.
    const expected = pairedScale(group('expected'), 300);
    expect(expected.length(2, 'count')).toBe(150);
    expect(expected.length(0.5, 'ratio')).toBe(150);
  });

  it('draws nothing long where every value is 0, and never a negative length', () => {
    const scale = pairedScale([], 300);
    expect(scale.axis).toBeNull();
    expect(scale.length(0, 'count')).toBe(0);
    expect(pairedScale(group('euNato'), 300).length(-1, 'count')).toBe(0);
  });
});
