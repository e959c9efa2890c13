import type { EventOf } from '../ports/index';

/**
 * Where a released expected action stands: one vocabulary for the engine's state, the console, the evaluator,
 * metrics.json, summary.md and the report. `open` while its window runs (or it has none and nobody has marked
 * it); `met` by a matching decision inside the window; `missed` when the window passed; `marked-met` and
 * `marked-unmet` for free-text actions marked by EXCON or an evaluator.
 */
export const EXPECTED_STATUSES = ['open', 'met', 'missed', 'marked-met', 'marked-unmet'] as const;
export type ExpectedStatus = (typeof EXPECTED_STATUSES)[number];

/** Counted as achieved (the hit rate's numerator) or as not achieved. */
export const isMetStatus = (status: ExpectedStatus) => status === 'met' || status === 'marked-met';
export const isUnmetStatus = (status: ExpectedStatus) => status === 'missed' || status === 'marked-unmet';

export type SettlingEvent = EventOf<
  'expected-action.met' | 'expected-action.missed' | 'expected-action.marked'
>;

/** The status an expected action has after the event that settles it. */
export function expectedStatusAfter(event: SettlingEvent): ExpectedStatus {
  switch (event.type) {
    case 'expected-action.met':
      return 'met';
    case 'expected-action.missed':
      return 'missed';
    default:
      return event.payload.met ? 'marked-met' : 'marked-unmet';
  }
}
