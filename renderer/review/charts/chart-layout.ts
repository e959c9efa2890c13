/** Every chart's drawing width, in SVG units: at this width the drawings' text reads at the page's size. */
export const CHART_WIDTH = 640;

/** The duration axis under a plot: its tick labels. */
export const AXIS_HEIGHT = 24;

/**
 * A row whose name stands on a line of its own above its bar (a role's title, a legal clock as the law
 * names it: long names, and a cut one would mislead): the row's height, where its bar starts, the bar's height.
 */
export const LABELLED_ROW = { height: 30, barOffset: 15, barHeight: 10 } as const;
