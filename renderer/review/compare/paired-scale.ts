import type { ComparedFigure, FigureUnit } from '../../../core/index';
import { durationAxis, linearScale, type Axis } from '../../charts/index';

/** How long a bar is drawn for a value of a unit, and the duration axis when every figure is a time. */
export interface PairedScale {
  /** Set when every figure is in scenario time: one axis under the plot, the bars measured against it. */
  axis: Axis | null;
  length(value: number, unit: FigureUnit): number;
}

/**
 * One scale per unit within a chart, so bars of the same unit compare across rows (a chart can hold times
 * and counts together: a role's median and how many it acknowledged). A ratio runs to 100 %; counts and
 * times to the largest value of either run. Every value is written beside its bar, so nothing is read off
 * a scale alone.
 */
export function pairedScale(figures: readonly ComparedFigure[], plotWidth: number): PairedScale {
  const largest = (unit: FigureUnit) =>
    Math.max(
      0,
      ...figures.filter((figure) => figure.unit === unit).flatMap((figure) => [figure.a ?? 0, figure.b ?? 0]),
    );
  const allTimes = figures.length > 0 && figures.every((figure) => figure.unit === 'ms');
  const axis = allTimes ? durationAxis(largest('ms')) : null;
  const scales: Record<FigureUnit, (value: number) => number> = {
    ms: linearScale(axis ? axis.max : largest('ms'), 0, plotWidth),
    count: linearScale(largest('count'), 0, plotWidth),
    ratio: linearScale(1, 0, plotWidth),
  };
  return { axis, length: (value, unit) => scales[unit](Math.max(0, value)) };
}
