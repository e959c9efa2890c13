import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WINDOW_STATUS_COLOUR } from './chart-colours';
import { SAMPLE_METRICS } from './sample-metrics';
import {
  WINDOW_STATUSES,
  WindowLegend,
  WindowTicks,
  windowStatusCounts,
  windowStatusSummary,
} from './window-marks';

const windowsOf = (actorKeys: string[]) =>
  SAMPLE_METRICS.windows.filter((window) => actorKeys.includes(window.actorKey) && window.metric !== 'other');
const upper = (status: string) => status.toUpperCase();

describe('windowStatusSummary', () => {
  it('names the status of one window, and counts those of several in the order met, late, missed, open', () => {
    expect(windowStatusSummary(windowsOf(['stratcom']), upper)).toBe('OPEN');
    expect(windowStatusSummary(windowsOf(['ucpm#2', 'ucpm#1']), upper)).toBe('1 MET · 1 MISSED');
    // crisis: alert late, escalation met.
    expect(windowStatusSummary(windowsOf(['crisis']), upper)).toBe('1 MET · 1 LATE');
    expect(windowStatusSummary([], upper)).toBe('');
    expect(WINDOW_STATUSES).toEqual(['met', 'late', 'missed', 'open']);
  });
});

describe('windowStatusCounts', () => {
  it('counts the windows at each status, none left out', () => {
    // All eight sample windows: met crisis escalation and handover, NIS2 warning, ucpm#1; late the alert;
    // missed the NIS2 notification and ucpm#2; open stratcom's.
    expect(windowStatusCounts(SAMPLE_METRICS.windows)).toEqual({ met: 4, late: 1, missed: 2, open: 1 });
    expect(windowStatusCounts([])).toEqual({ met: 0, late: 0, missed: 0, open: 0 });
  });
});

describe('WindowTicks', () => {
  it('draws a tick at each expected time, in its status colour, dashed when the window is assumed', () => {
    const { container } = render(
      <svg>
        <WindowTicks windows={windowsOf(['crisis'])} x={(ms) => ms / 60_000} y={10} height={10} />
      </svg>,
    );
    const ticks = [...container.querySelectorAll('line.chart-window-tick')];
    // Alert (1h, late) and escalation (3h, met, assumed): at 60 and 180 minutes.
    expect(ticks.map((tick) => tick.getAttribute('x1'))).toEqual(['60', '180']);
    expect(ticks.map((tick) => tick.getAttribute('stroke'))).toEqual([
      WINDOW_STATUS_COLOUR.late,
      WINDOW_STATUS_COLOUR.met,
    ]);
    expect(ticks.map((tick) => tick.hasAttribute('stroke-dasharray'))).toEqual([false, true]);
  });
});

describe('WindowLegend', () => {
  it('says what a solid and a dashed tick mean', () => {
    const { container } = render(
      <svg>
        <WindowLegend x={0} y={10} />
      </svg>,
    );
    expect(container).toHaveTextContent('expected window');
    expect(container).toHaveTextContent('assumed window (a modelling assumption)');
    expect(container.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
  });
});
