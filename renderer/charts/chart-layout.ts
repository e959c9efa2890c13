/** Every chart's drawing width, in SVG units: at this width the drawings' text reads at the page's size. */
export const CHART_WIDTH = 640;

/** The duration axis under a plot: its tick labels. */
export const AXIS_HEIGHT = 24;

/**
 * A row whose name stands on a line of its own above its bar (a role's title, a legal clock as the law
 * names it: long names, and a cut one would mislead): the row's height, where its bar starts, the bar's height.
 */
export const LABELLED_ROW = { height: 30, barOffset: 15, barHeight: 10 } as const;

/** The width of one character of an 11-unit label, on average, in SVG units: what sizes a column of names. */
export const LABEL_CHAR_WIDTH = 6.2;

/**
 * A name cut to `maxChars` with an ellipsis where it would run out of its drawing (the full name stays in the
 * label's title and in the chart's table).
 */
export function fitLabel(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
