import type { MselColumn } from './msel-row-painter';

/** How wide a column may be: at least `min` rem, taking `fr` shares of what is left over (0: exactly `min`). */
interface ColumnSize {
  min: number;
  fr: number;
}

/** The columns' sizes, in rem; marking, status and track are replaced by what their texts measure. */
const SIZES: Record<MselColumn, ColumnSize> = {
  id: { min: 6, fr: 0 },
  due: { min: 9, fr: 0 },
  title: { min: 12, fr: 2 },
  from: { min: 7, fr: 0 },
  to: { min: 10, fr: 1.5 },
  progress: { min: 10, fr: 0 },
  channel: { min: 8, fr: 0 },
  marking: { min: 7, fr: 0 },
  status: { min: 6, fr: 0 },
  mechanisms: { min: 8, fr: 1 },
  track: { min: 5, fr: 0 },
};

/**
 * The columns given up first when the grid is narrow, least needed first. Marking, status and track are
 * never given up (issue 18: a controller must read them in full at 1024 px), nor the id and title.
 */
export const MSEL_DROP_ORDER: readonly MselColumn[] = [
  'mechanisms',
  'channel',
  'progress',
  'from',
  'to',
  'due',
];

/** The widths (rem) that the texts of the always-shown columns need, measured in the page. */
export type MeasuredWidths = Partial<Record<'marking' | 'status' | 'track', number>>;

export interface ColumnFit {
  hidden: MselColumn[];
  /** The CSS grid template of the shown columns, in their order. */
  template: string;
}

const sizeOf = (column: MselColumn, measured: MeasuredWidths): ColumnSize => {
  const size = SIZES[column];
  const needed =
    column === 'marking' || column === 'status' || column === 'track' ? measured[column] : undefined;
  return needed === undefined ? size : { ...size, min: Math.max(needed, 1) };
};

/**
 * Which columns the MSEL grid shows in `available` rem, and its template: every column when they fit, else
 * dropping them in `MSEL_DROP_ORDER` until the rest fit at their least widths. The grid decides this from
 * its own width, so a narrow window or a side panel loses whole columns, never half a marking at the edge.
 * Unknown width (not laid out yet): every column.
 */
export function fitMselColumns(
  columns: readonly MselColumn[],
  available: number,
  measured: MeasuredWidths = {},
): ColumnFit {
  const hidden: MselColumn[] = [];
  const shown = () => columns.filter((column) => !hidden.includes(column));
  const least = () => shown().reduce((sum, column) => sum + sizeOf(column, measured).min, 0);
  if (available > 0)
    for (const column of MSEL_DROP_ORDER) {
      if (least() <= available) break;
      if (columns.includes(column)) hidden.push(column);
    }
  const template = shown()
    .map((column) => {
      const { min, fr } = sizeOf(column, measured);
      const rem = `${Math.ceil(min * 100) / 100}rem`;
      return fr > 0 ? `minmax(${rem}, ${fr}fr)` : rem;
    })
    .join(' ');
  return { hidden, template };
}
