import type { ExpectedStatus, WindowResult } from '../../core/index';

// The charts carry their colours as SVG attributes, not as style-sheet rules, so a chart copied into the
// self-contained report looks the same without the app's CSS. The values are the app's own (styles/app.css);
// chart-colours.test.ts checks every text and mark against its background (WCAG 1.4.3 and 1.4.11).

export const PAPER = '#ffffff';
export const INK = '#1b2430';
export const MUTED = '#4f5b69';
/** Grid lines only: decoration, read through the tick labels, so exempt from the 3:1 of a mark. */
export const GRID = '#d5dbe2';
export const BAR = '#1d4f91';
export const OK = '#1f6b3a';
export const WARN = '#8a5300';
export const BAD = '#a32020';

/** A window's status as a colour; the status is always written beside it too. */
export const WINDOW_STATUS_COLOUR: Record<WindowResult['status'], string> = {
  met: OK,
  late: WARN,
  missed: BAD,
  open: MUTED,
};

/** A fill and the colour of text written on it. */
export interface Swatch {
  fill: string;
  ink: string;
}

/** The heat map's five levels, from an empty cell to the busiest; each cell is labelled with its count. */
export const HEAT_RAMP: readonly [Swatch, ...Swatch[]] = [
  { fill: PAPER, ink: MUTED },
  { fill: '#dbe7f5', ink: INK },
  { fill: '#a9c4e6', ink: INK },
  { fill: '#3a6aa8', ink: PAPER },
  { fill: '#1d4f91', ink: PAPER },
];

/**
 * An expected-action status as a fill: the marked statuses hatched in the colour of their unmarked twin, so
 * met and marked-met differ by pattern, not by shade; `open` pale with an outline.
 */
export const EXPECTED_STATUS_FILL: Record<
  ExpectedStatus,
  { colour: string; background: string; hatched: boolean }
> = {
  met: { colour: OK, background: OK, hatched: false },
  'marked-met': { colour: OK, background: '#e3f1e7', hatched: true },
  missed: { colour: BAD, background: BAD, hatched: false },
  'marked-unmet': { colour: BAD, background: '#f8e1e1', hatched: true },
  open: { colour: MUTED, background: '#eef1f4', hatched: false },
};
