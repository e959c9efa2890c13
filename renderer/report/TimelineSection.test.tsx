import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../core/index';
import type { EventWords } from '../components/index';
import { TIMELINE_LIMIT, TimelineSection } from './TimelineSection';

const words: EventWords = {
  role: (id) => `role ${id}`,
  mechanism: (key) => `mechanism ${key}`,
  decision: (machine, event) => `${event} of ${machine}`,
  state: (_machine, value) => String(value),
  inject: (id) => `inject ${id}`,
  action: (_inject, action) => action,
  objective: (id) => id,
};

const start = { date: '2019-06-03T09:00', timeZone: 'Europe/Brussels' };
const released = (seq: number): TimelineEntry => ({
  kind: 'inject-released',
  at: { seq, scenarioMs: seq * 60_000, wallTime: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString() },
  injectId: `INJ-${seq}`,
  title: `Inject ${seq}`,
  to: ['ms-a'],
});

describe('TimelineSection', () => {
  it('lists each entry in scenario and in-world time, in words', () => {
    render(<TimelineSection timeline={[released(90)]} inWorldStart={start} words={words} />);
    const cells = [...document.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    // T+90 minutes after 09:00 in Brussels on Monday 3 June 2019.
    expect(cells).toEqual([
      'T+01:30:00',
      'Mon, 3 Jun 2019, 10:30',
      'Inject INJ-90 released to role ms-a: Inject 90',
    ]);
  });

  it('lists at most its limit, and says how many more there are and where they all are', () => {
    const timeline = Array.from({ length: TIMELINE_LIMIT + 5 }, (_, index) => released(index + 1));
    render(<TimelineSection timeline={timeline} inWorldStart={start} words={words} />);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(TIMELINE_LIMIT);
    expect(
      screen.getByText(
        `The first ${TIMELINE_LIMIT} of ${TIMELINE_LIMIT + 5} entries are listed; every one is in the report's data (report.json) and the decisions and events tables.`,
      ),
    ).toBeInTheDocument();
  });
});
