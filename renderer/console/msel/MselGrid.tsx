import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslate } from '../../state/index';
import type { MselNames } from './msel-labels';
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
      tabIndex={0}
      className="msel-grid"
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
      <div role="rowgroup" ref={scrollRef} className="msel-body">
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
