import { describe, expect, it } from 'vitest';
import { fitMselColumns, MSEL_DROP_ORDER } from './msel-column-fit';
import { MSEL_COLUMNS } from './msel-row-painter';

// The least widths (rem) of the columns, written out here as the oracle: id 6, due 9, title 12, from 7, to 10,
// progress 10, channel 8, marking 7, status 6, mechanisms 8, track 5: 88 in all.
const ALL = 88;

describe('the MSEL grid’s choice of columns', () => {
  it('shows every column when they fit, or when its width is not known yet', () => {
    expect(fitMselColumns(MSEL_COLUMNS, ALL).hidden).toEqual([]);
    expect(fitMselColumns(MSEL_COLUMNS, 0).hidden).toEqual([]);
    expect(fitMselColumns(MSEL_COLUMNS, ALL).template).toBe(
      '6rem 9rem minmax(12rem, 2fr) 7rem minmax(10rem, 1.5fr) 10rem 8rem 7rem 6rem minmax(8rem, 1fr) 5rem',
    );
  });

  it('gives up the least needed columns first, only as many as it must', () => {
    expect(fitMselColumns(MSEL_COLUMNS, ALL - 1).hidden).toEqual(['mechanisms']);
    expect(fitMselColumns(MSEL_COLUMNS, ALL - 8).hidden).toEqual(['mechanisms']);
    expect(fitMselColumns(MSEL_COLUMNS, ALL - 9).hidden).toEqual(['mechanisms', 'channel']);
  });

  it('keeps id, title, marking, status and track however narrow, at the widths their texts need', () => {
    const fit = fitMselColumns(MSEL_COLUMNS, 10, { marking: 14.2, status: 6.5, track: 11 });
    expect(fit.hidden).toEqual([...MSEL_DROP_ORDER]);
    expect(fit.template).toBe('6rem minmax(12rem, 2fr) 14.2rem 6.5rem 11rem');
  });

  it('makes room for a long marking or track by giving up more columns', () => {
    const measured = { marking: 14, track: 11 };
    // 88 - 7 - 5 + 14 + 11 = 101 at least with every column.
    expect(fitMselColumns(MSEL_COLUMNS, 100, measured).hidden).toEqual(['mechanisms']);
    expect(fitMselColumns(MSEL_COLUMNS, 101, measured).hidden).toEqual([]);
  });
});
