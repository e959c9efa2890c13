import { describe, expect, it } from 'vitest';
import {
  BAD,
  BAR,
  EXPECTED_STATUS_FILL,
  HEAT_RAMP,
  INK,
  MUTED,
  OK,
  PAPER,
  WARN,
  WINDOW_STATUS_COLOUR,
} from './chart-colours';

/** WCAG 2.1 relative luminance and contrast ratio, written out here as the check's own oracle. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('the chart colours', () => {
  it('compute contrast as WCAG does (black on white 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast(BAR, BAR)).toBe(1);
  });

  it('write text at 4.5:1 or more on the paper', () => {
    for (const colour of [INK, MUTED, OK, WARN, BAD])
      expect(contrast(colour, PAPER), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('draw marks at 3:1 or more against the paper (WCAG 1.4.11)', () => {
    for (const colour of [BAR, ...Object.values(WINDOW_STATUS_COLOUR)])
      expect(contrast(colour, PAPER), colour).toBeGreaterThanOrEqual(3);
    for (const { colour } of Object.values(EXPECTED_STATUS_FILL))
      expect(contrast(colour, PAPER), colour).toBeGreaterThanOrEqual(3);
  });

  it('label every heat-map level at 4.5:1 or more on its own fill', () => {
    expect(HEAT_RAMP).toHaveLength(5);
    for (const { fill, ink } of HEAT_RAMP)
      expect(contrast(ink, fill), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  it('hatch exactly the marked statuses, in the colour of their unmarked twin', () => {
    expect(EXPECTED_STATUS_FILL['marked-met']).toMatchObject({
      hatched: true,
      colour: EXPECTED_STATUS_FILL.met.colour,
    });
    expect(EXPECTED_STATUS_FILL['marked-unmet']).toMatchObject({
      hatched: true,
      colour: EXPECTED_STATUS_FILL.missed.colour,
    });
    expect(EXPECTED_STATUS_FILL.met.hatched).toBe(false);
    expect(EXPECTED_STATUS_FILL.open.hatched).toBe(false);
  });
});
