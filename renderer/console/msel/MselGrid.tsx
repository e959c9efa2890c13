import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { MarkingBadge } from '../../components/index';
import { useTranslate } from '../../state/index';
import { rowTexts, type NameMechanism } from './msel-labels';
import type { MselRow } from './msel-rows';

/** Fixed row height: the virtualizer needs no measuring, so 5,000 rows scroll without layout work. */
export const MSEL_ROW_HEIGHT = 30;
const PAGE_ROWS = 15;

const COLUMNS = [
  'id',
  'due',
  'title',
  'from',
  'to',
  'progress',
  'channel',
  'marking',
  'status',
  'mechanisms',
  'track',
] as const;
type Column = (typeof COLUMNS)[number];

export const mselRowDomId = (id: string) => `msel-row-${id}`;

interface MselGridProps {
  rows: readonly MselRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  mechanism: NameMechanism;
}

/**
 * The MSEL as an ARIA grid: one tab stop, arrow keys move the selection (announced through
 * aria-activedescendant), Enter opens the details. Only the rows in view (and a few around) are in the DOM.
 */
export const MselGrid = memo(function MselGrid({
  rows,
  selectedId,
  onSelect,
  onOpen,
  mechanism,
}: MselGridProps) {
  const t = useTranslate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The same function until the rows change: the virtualizer recomputes every row's position when it
  // gets a new one, which would be 5,000 objects on every scrolled frame.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => MSEL_ROW_HEIGHT,
    overscan: 8,
    getItemKey,
  });
  const selectedIndex = useMemo(() => rows.findIndex((row) => row.id === selectedId), [rows, selectedId]);
  const items = virtualizer.getVirtualItems();
  // Rows are keyed by their place in the window, not by inject: a scroll rewrites the rows that left the
  // view with the ones coming in, rather than creating DOM nodes and leaving the old ones for the garbage
  // collectors (whose pauses were the slowest frames with 5,000 rows). The window is contiguous, so
  // index modulo its length is unique within it, and a row leaving gives its key to the one coming in.
  const slots = items.length;

  const moveTo = (index: number) => {
    const target = Math.min(rows.length - 1, Math.max(0, index));
    const row = rows[target];
    if (!row) return;
    onSelect(row.id);
    virtualizer.scrollToIndex(target, { align: 'auto' });
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
          {COLUMNS.map((column) => (
            <div key={column} role="columnheader" className={`msel-cell msel-${column}`}>
              {t(`msel.col.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="msel-body">
        {rows.length === 0 ? <p className="muted msel-empty">{t('msel.empty')}</p> : null}
        <div className="msel-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index] as MselRow;
            return (
              <MselGridRow
                key={item.index % slots}
                row={row}
                index={item.index}
                start={item.start}
                selected={row.id === selectedId}
                onSelect={onSelect}
                onOpen={onOpen}
                mechanism={mechanism}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});

interface MselGridRowProps {
  row: MselRow;
  index: number;
  start: number;
  selected: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  mechanism: NameMechanism;
}

/** One row; memoised, so a change elsewhere in the MSEL leaves the rows whose inject did not change alone. */
const MselGridRow = memo(function MselGridRow({
  row,
  index,
  start,
  selected,
  onSelect,
  onOpen,
  mechanism,
}: MselGridRowProps) {
  const t = useTranslate();
  const texts = rowTexts(row, t, mechanism);
  const cells: Record<Column, ReactNode> = {
    id: row.id,
    due: texts.due,
    title: row.title,
    from: row.from,
    // Named in words for screen readers (the cell's label); shown as marks, one text per recipient, since
    // a row's every node costs layout while the MSEL scrolls.
    to: texts.recipients.map(({ mark, state }, place) => (
      <span key={place} className={`recipient recipient-${state}`}>
        {mark}
      </span>
    )),
    progress: texts.progress,
    channel: texts.channel,
    marking: <MarkingBadge marking={row.marking} />,
    status: <span className={`inject-status inject-status-${row.status}`}>{texts.status}</span>,
    mechanisms: texts.mechanisms,
    track: row.track ?? '',
  };
  return (
    <div
      id={mselRowDomId(row.id)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`msel-row msel-status-${row.status}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: MSEL_ROW_HEIGHT }}
      onClick={() => {
        onSelect(row.id);
        onOpen(row.id);
      }}
    >
      {COLUMNS.map((column) => (
        <div
          key={column}
          role="gridcell"
          className={`msel-cell msel-${column}`}
          aria-label={column === 'to' ? texts.recipientsLabel : undefined}
        >
          {cells[column]}
        </div>
      ))}
    </div>
  );
});
