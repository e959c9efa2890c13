import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useTranslate } from '../../state/index';
import { fitMselColumns, type ColumnFit, type MeasuredWidths } from './msel-column-fit';
import { rowTexts, type MselNames } from './msel-labels';
import {
  MSEL_COLUMNS,
  MSEL_ROW_HEIGHT,
  mselRowDomId,
  mselWindow,
  MselRowPainter,
  type MselView,
} from './msel-row-painter';
import type { MselRow } from './msel-rows';

const PAGE_ROWS = 15;
const MEASURED = ['marking', 'status', 'track'] as const;

/** One row for each marking, status and track text in the list: the widest of each is among them. */
function samplesOf(view: MselView): MselRow[] {
  const seen = new Set<string>();
  return view.rows.filter((row) => {
    const words = rowTexts(row, view.t, view.names);
    const keys = [`m:${row.marking}`, `s:${words.status}`, `t:${row.track ?? ''}`].filter(
      (key) => !seen.has(key),
    );
    for (const key of keys) seen.add(key);
    return keys.length > 0;
  });
}

/**
 * The widths (rem) the marking, status and track cells need to show their texts whole: the sample rows are
 * painted by the grid's own painter into a hidden probe that lets every cell take its natural width. Nothing
 * when the page lays nothing out (jsdom).
 */
function measureTexts(grid: HTMLElement, view: MselView): MeasuredWidths {
  const probe = grid.ownerDocument.createElement('div');
  probe.className = 'msel-probe';
  probe.setAttribute('aria-hidden', 'true');
  grid.append(probe);
  const painter = new MselRowPainter(probe);
  const rows = samplesOf(view);
  painter.paint({ ...view, rows, selectedId: null }, { first: 0, size: rows.length });
  const rem = parseFloat(getComputedStyle(grid.ownerDocument.documentElement).fontSize) || 16;
  const widths: MeasuredWidths = {};
  for (const column of MEASURED) {
    const cells = probe.querySelectorAll<HTMLElement>(`.msel-${column}`);
    const widest = Math.max(0, ...[...cells].map((cell) => cell.getBoundingClientRect().width));
    // A pixel to spare: rounding in the grid's own layout must not cut the last letter.
    if (widest > 0) widths[column] = (Math.ceil(widest) + 1) / rem;
  }
  painter.clear();
  probe.remove();
  return widths;
}

interface MselGridProps {
  rows: readonly MselRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  names: MselNames;
}

/**
 * The MSEL as an ARIA grid: one tab stop, arrow keys move the selection (announced through
 * aria-activedescendant), Enter opens the details. Only the rows in view (and a few around) are in the DOM,
 * painted by `MselRowPainter` rather than React, so scrolling costs no render (ADR 0003).
 */
export const MselGrid = memo(function MselGrid({ rows, selectedId, onSelect, onOpen, names }: MselGridProps) {
  const t = useTranslate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const view = useRef<MselView>({ rows, selectedId, t, names });
  const paintRef = useRef<() => void>(() => undefined);
  const selectedIndex = useMemo(() => rows.findIndex((row) => row.id === selectedId), [rows, selectedId]);
  const gridRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<ColumnFit>(() => fitMselColumns(MSEL_COLUMNS, 0));
  // What the texts measure changes only with the set of markings, statuses and tracks, or the language.
  const textKey = useMemo(
    () =>
      [...new Set(rows.map((row) => `${row.marking}|${row.status}|${row.track ?? ''}`))].sort().join('\n'),
    [rows],
  );

  // The painter lives as long as the grid; the scroll position and the view's height move its window.
  useLayoutEffect(() => {
    const body = scrollRef.current as HTMLDivElement;
    const painter = new MselRowPainter(rowsRef.current as HTMLDivElement);
    const paint = () =>
      painter.paint(view.current, mselWindow(body.scrollTop, body.clientHeight, view.current.rows.length));
    paintRef.current = paint;
    body.addEventListener('scroll', paint, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(paint);
    resized?.observe(body);
    return () => {
      body.removeEventListener('scroll', paint);
      resized?.disconnect();
      painter.clear();
      paintRef.current = () => undefined;
    };
  }, []);
  // New rows, selection or words: repaint before the browser shows the frame.
  useLayoutEffect(() => {
    view.current = { rows, selectedId, t, names };
    paintRef.current();
  }, [rows, selectedId, t, names]);
  // The grid picks its columns from its own width: on a narrow window or beside a panel it drops whole
  // columns (msel-column-fit.ts), never half of a marking at the screen's edge.
  useLayoutEffect(() => {
    const grid = gridRef.current as HTMLDivElement;
    const body = scrollRef.current as HTMLDivElement;
    const measured = measureTexts(grid, view.current);
    const choose = () => {
      const rem = parseFloat(getComputedStyle(grid.ownerDocument.documentElement).fontSize) || 16;
      const next = fitMselColumns(MSEL_COLUMNS, body.clientWidth / rem, measured);
      setFit((current) => (current.template === next.template ? current : next));
    };
    choose();
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(choose);
    resized?.observe(body);
    return () => resized?.disconnect();
  }, [textKey, t, names]);

  /** Scroll just enough to show a row, as a list does when the selection moves off its edge. */
  const scrollToRow = (index: number) => {
    const body = scrollRef.current;
    if (!body) return;
    const top = index * MSEL_ROW_HEIGHT;
    const bottom = top + MSEL_ROW_HEIGHT;
    if (top < body.scrollTop) body.scrollTop = top;
    else if (bottom > body.scrollTop + body.clientHeight) body.scrollTop = bottom - body.clientHeight;
    else return;
    // The row is painted now, not when the browser's scroll event comes.
    paintRef.current();
  };

  const moveTo = (index: number) => {
    const target = Math.min(rows.length - 1, Math.max(0, index));
    const row = rows[target];
    if (!row) return;
    onSelect(row.id);
    scrollToRow(target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: PAGE_ROWS,
      PageUp: -PAGE_ROWS,
    };
    const from = selectedIndex < 0 ? -1 : selectedIndex;
    if (event.key in steps) moveTo(from + (steps[event.key] as number));
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(rows.length - 1);
    else if (event.key === 'Enter' && selectedId) onOpen(selectedId);
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="grid"
      aria-label={t('msel.grid')}
      aria-rowcount={rows.length + 1}
      aria-activedescendant={selectedId ? mselRowDomId(selectedId) : undefined}
      ref={gridRef}
      tabIndex={0}
      className={['msel-grid', ...fit.hidden.map((column) => `msel-hide-${column}`)].join(' ')}
      style={{ '--msel-columns': fit.template } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="msel-head">
        <div role="row" aria-rowindex={1} className="msel-row">
          {MSEL_COLUMNS.map((column) => (
            <div key={column} role="columnheader" className={`msel-cell msel-${column}`}>
              {t(`msel.col.${column}`)}
            </div>
          ))}
        </div>
      </div>
      {/* A scrolling region must take focus (WCAG 2.1.1): from it the grid's arrow keys move the selection. */}
      <div role="rowgroup" ref={scrollRef} className="msel-body" tabIndex={0} aria-label={t('msel.rows')}>
        {rows.length === 0 ? <p className="muted msel-empty">{t('msel.empty')}</p> : null}
        {/* The painter's rows; React renders no children here, so it never touches them. */}
        <div
          ref={rowsRef}
          className="msel-spacer"
          style={{ height: rows.length * MSEL_ROW_HEIGHT }}
          onClick={(event) => {
            const index = MselRowPainter.indexOf(event.target);
            const row = index === null ? undefined : rows[index];
            if (!row) return;
            onSelect(row.id);
            onOpen(row.id);
          }}
        />
      </div>
    </div>
  );
});
