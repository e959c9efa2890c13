import type { MselRow } from './msel-rows';

export const INJECT_STATUSES = ['waiting', 'scheduled', 'held', 'released', 'skipped'] as const;
/** Recipient-level states a controller chases: someone has it unacknowledged, was blocked, or all acknowledged. */
export const RECIPIENT_FILTERS = ['unacknowledged', 'blocked', 'acknowledged'] as const;
export type StateFilter = (typeof INJECT_STATUSES)[number] | (typeof RECIPIENT_FILTERS)[number];

/** Empty strings mean "any". */
export interface MselFilter {
  role: string;
  mechanism: string;
  channel: string;
  state: StateFilter | '';
  search: string;
}

export const NO_FILTER: MselFilter = { role: '', mechanism: '', channel: '', state: '', search: '' };

function matchesState(row: MselRow, state: StateFilter): boolean {
  const { rollup } = row;
  switch (state) {
    case 'unacknowledged':
      return rollup.delivered > rollup.acknowledged;
    case 'blocked':
      return rollup.blocked > 0;
    case 'acknowledged':
      return rollup.acknowledged > 0 && rollup.acknowledged === rollup.total - rollup.blocked;
    default:
      return row.status === state;
  }
}

function matchesSearch(row: MselRow, needle: string): boolean {
  const haystack = [
    row.id,
    row.title,
    row.text,
    row.from,
    row.channel,
    row.marking,
    row.track ?? '',
    ...row.recipients.map((recipient) => recipient.role),
  ];
  return haystack.some((field) => field.toLowerCase().includes(needle));
}

/** The rows a filter keeps; a role matches as sender or as a recipient. */
export function filterRows(rows: readonly MselRow[], filter: MselFilter): MselRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.role === '' ||
        row.from === filter.role ||
        row.recipients.some((recipient) => recipient.role === filter.role)) &&
      (filter.mechanism === '' || row.mechanisms.includes(filter.mechanism)) &&
      (filter.channel === '' || row.channel === filter.channel) &&
      (filter.state === '' || matchesState(row, filter.state)) &&
      (needle === '' || matchesSearch(row, needle)),
  );
}
