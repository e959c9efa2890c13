import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { mselNamesFixture, mselRowFixture } from '../../../test/fixtures/msel-row';
import { translatorFor } from '../../state/index';
import {
  MSEL_OVERSCAN,
  MSEL_ROW_HEIGHT,
  mselWindow,
  MselRowPainter,
  type MselView,
  type MselWindow,
} from './msel-row-painter';

const english = translatorFor('en');
const names = mselNamesFixture;
const rows = Array.from({ length: 100 }, (_, index) =>
  mselRowFixture({ id: `INJ-${index}`, title: `Item ${index}` }),
);
const view = (changes: Partial<MselView> = {}): MselView => ({
  rows,
  selectedId: null,
  t: english,
  names,
  ...changes,
});

let container: HTMLDivElement;
afterEach(() => container?.remove());

function painterOnPage() {
  container = document.createElement('div');
  document.body.append(container);
  return new MselRowPainter(container);
}

const rowElements = () => [...container.querySelectorAll<HTMLElement>('[role="row"]')];
const rowShowing = (id: string) => container.querySelector<HTMLElement>(`#msel-row-${id}`);
const cellsOf = (id: string) =>
  [...(rowShowing(id)?.querySelectorAll('[role="gridcell"]') ?? [])].map((cell) => cell.textContent);

/** Every DOM change the painter makes between two calls, as the rows whose subtree changed. */
function changedRows(act: () => void): Set<string> {
  const observer = new MutationObserver(() => undefined);
  observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  const changed = new Set<string>();
  for (const record of observer.takeRecords()) {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    changed.add(node?.closest('[role="row"]')?.getAttribute('data-index') ?? 'outside a row');
  }
  observer.disconnect();
  return changed;
}

describe('the MSEL window', () => {
  it('covers the rows in view and the overscan, reaching further the other way at the ends', () => {
    const inView = 600 / MSEL_ROW_HEIGHT;
    const size = inView + 1 + 2 * MSEL_OVERSCAN;
    expect(mselWindow(0, 600, 5000)).toEqual({ first: 0, size });
    expect(mselWindow(300 * MSEL_ROW_HEIGHT, 600, 5000)).toEqual({ first: 300 - MSEL_OVERSCAN, size });
    expect(mselWindow(4990 * MSEL_ROW_HEIGHT, 600, 5000)).toEqual({ first: 5000 - size, size });
    expect(mselWindow(0, 600, 4)).toEqual({ first: 0, size: 4 });
    expect(mselWindow(0, 600, 0)).toEqual({ first: 0, size: 0 });
  });

  it('always holds every row in view, within the list, with a size that scrolling does not change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, viewHeight, at, other) => {
          const maxTop = Math.max(0, count * MSEL_ROW_HEIGHT - viewHeight);
          const scrollTop = at * maxTop;
          const { first, size } = mselWindow(scrollTop, viewHeight, count);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(first + size).toBeLessThanOrEqual(count);
          expect(mselWindow(other * maxTop, viewHeight, count).size).toBe(size);
          const firstInView = Math.floor(scrollTop / MSEL_ROW_HEIGHT);
          const lastInView = Math.min(count, Math.ceil((scrollTop + viewHeight) / MSEL_ROW_HEIGHT)) - 1;
          if (lastInView >= firstInView) {
            expect(first).toBeLessThanOrEqual(firstInView);
            expect(first + size - 1).toBeGreaterThanOrEqual(lastInView);
          }
        },
      ),
    );
  });
});

describe('the MSEL row painter', () => {
  const at = (first: number): MselWindow => ({ first, size: 10 });

  it("paints each row's words, state and place, with the grid's roles", () => {
    const painter = painterOnPage();
    painter.paint(view({ selectedId: 'INJ-3' }), at(0));
    expect(rowElements()).toHaveLength(10);
    expect(cellsOf('INJ-3')).toEqual([
      'INJ-3',
      'T+01:00:00',
      'Item 3',
      'The press',
      '✓\u2009Member State A✕\u2009NAC',
      'acknowledged 1/2 · blocked 1',
      'news',
      'PUBLIC',
      'released',
      'IPCR, ARGUS',
      '',
    ]);
    const row = rowShowing('INJ-3') as HTMLElement;
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAttribute('aria-rowindex', '5');
    expect(row).toHaveClass('msel-row', 'msel-status-released', 'selected');
    expect(row.style.transform).toBe(`translateY(${3 * MSEL_ROW_HEIGHT}px)`);
    expect(row.querySelector('[aria-label]')).toHaveAttribute(
      'aria-label',
      'Member State A (acknowledged), NAC (blocked)',
    );
    expect(row.querySelector('.marking')).toHaveClass('marking-public');
    expect(row.querySelector('.marking')).toHaveAttribute('title', 'PUBLIC');
    expect(rowShowing('INJ-4')).toHaveAttribute('aria-selected', 'false');
    expect(MselRowPainter.indexOf(row.querySelector('.msel-title'))).toBe(3);
    expect(MselRowPainter.indexOf(container)).toBeNull();
  });

  it('changes nothing when painted again with the same view', () => {
    const painter = painterOnPage();
    painter.paint(view(), at(0));
    expect(changedRows(() => painter.paint(view(), at(0)))).toEqual(new Set());
  });

  it('rewrites only the rows that left the window with those coming in, keeping every element', () => {
    const painter = painterOnPage();
    painter.paint(view(), at(20));
    const before = rowElements();
    const changed = changedRows(() => painter.paint(view(), at(23)));
    expect(changed).toEqual(new Set(['30', '31', '32']));
    expect(rowElements()).toEqual(before);
    expect(rowShowing('INJ-20')).toBeNull();
    expect(cellsOf('INJ-32')[2]).toBe('Item 32');
  });

  it('repaints only the rows whose selection, inject or language changed', () => {
    const painter = painterOnPage();
    painter.paint(view({ selectedId: 'INJ-1' }), at(0));
    expect(changedRows(() => painter.paint(view({ selectedId: 'INJ-2' }), at(0)))).toEqual(
      new Set(['1', '2']),
    );
    expect(rowShowing('INJ-1')).not.toHaveClass('selected');
    const edited = rows.map((row, index) =>
      index === 5
        ? mselRowFixture({
            id: 'INJ-5',
            title: 'Item 5',
            status: 'held',
            recipients: [{ role: 'ms-a', state: 'pending' }],
          })
        : row,
    );
    const changed = changedRows(() => painter.paint(view({ rows: edited, selectedId: 'INJ-2' }), at(0)));
    expect(changed).toEqual(new Set(['5']));
    expect(cellsOf('INJ-5')[4]).toBe('○\u2009Member State A');
    expect(rowShowing('INJ-5')?.querySelectorAll('.recipient')).toHaveLength(1);
    expect(rowShowing('INJ-5')).toHaveClass('msel-status-held');
    painter.paint(view({ rows: edited, t: translatorFor('nl') }), at(0));
    expect(cellsOf('INJ-5')[8]).toBe(translatorFor('nl')('msel.status.held'));
  });

  it('adds or removes row elements only when the window changes size, and clears them all', () => {
    const painter = painterOnPage();
    painter.paint(view(), at(0));
    painter.paint(view(), { first: 0, size: 4 });
    expect(rowElements().map((row) => row.id)).toEqual([
      'msel-row-INJ-0',
      'msel-row-INJ-1',
      'msel-row-INJ-2',
      'msel-row-INJ-3',
    ]);
    painter.clear();
    expect(rowElements()).toHaveLength(0);
  });
});
