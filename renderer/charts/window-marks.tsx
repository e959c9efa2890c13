import type { WindowResult } from '../../core/index';
import { useTranslate } from '../state/index';
import { INK, MUTED, WINDOW_STATUS_COLOUR } from './chart-colours';

type WindowStatus = WindowResult['status'];
export const WINDOW_STATUSES: readonly WindowStatus[] = ['met', 'late', 'missed', 'open'];

/** How many windows stand at each status. */
export function windowStatusCounts(windows: readonly WindowResult[]): Record<WindowStatus, number> {
  const counts = { met: 0, late: 0, missed: 0, open: 0 };
  for (const window of windows) counts[window.status] += 1;
  return counts;
}

/** How windows stood, in words: `late` for one, `2 met · 1 late` for several (the cases of one mechanism). */
export function windowStatusSummary(
  windows: readonly WindowResult[],
  word: (status: WindowStatus) => string,
): string {
  const [only] = windows;
  if (windows.length === 1 && only) return word(only.status);
  const counts = windowStatusCounts(windows);
  return WINDOW_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${word(status)}`)
    .join(' · ');
}

/** The dash of an assumed window's tick (its timing is a modelling assumption): a pattern, not a colour. */
const ASSUMED_DASH = '3 2';

/**
 * Each window's expected time as a tick across its bar, in the colour of its status and dashed when assumed;
 * the status is written at the end of the row, so the colour is never the only sign of it.
 */
export function WindowTicks({
  windows,
  x,
  y,
  height,
}: {
  windows: readonly WindowResult[];
  x: (ms: number) => number;
  y: number;
  height: number;
}) {
  return (
    <>
      {windows.map((window) => (
        <line
          key={`${window.actorKey}/${window.windowId}`}
          className="chart-window-tick"
          x1={x(window.expectedMs)}
          x2={x(window.expectedMs)}
          y1={y - 3}
          y2={y + height + 3}
          stroke={WINDOW_STATUS_COLOUR[window.status]}
          strokeWidth={2}
          strokeDasharray={window.reconstructed ? ASSUMED_DASH : undefined}
        />
      ))}
    </>
  );
}

/** What the ticks mean: a solid tick is an expected window, a dashed one an assumed window. */
export function WindowLegend({ x, y }: { x: number; y: number }) {
  const t = useTranslate();
  return (
    <g className="chart-legend">
      <line x1={x} x2={x} y1={y - 9} y2={y + 2} stroke={INK} strokeWidth={2} />
      <text x={x + 6} y={y} fill={MUTED} fontSize={10}>
        {t('charts.window.legend')}
      </text>
      <line
        x1={x + 150}
        x2={x + 150}
        y1={y - 9}
        y2={y + 2}
        stroke={INK}
        strokeWidth={2}
        strokeDasharray={ASSUMED_DASH}
      />
      <text x={x + 156} y={y} fill={MUTED} fontSize={10}>
        {t('charts.window.assumedLegend')}
      </text>
    </g>
  );
}
