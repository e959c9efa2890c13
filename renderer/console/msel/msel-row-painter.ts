import { markingBadgeClass } from '../../components/index';
import type { Translator } from '../../state/index';
import { rowTexts, type MselNames, type MselRowTexts } from './msel-labels';
import type { MselRow } from './msel-rows';

/** Fixed row height: the window is arithmetic, so 5,000 rows scroll without measuring anything. */
export const MSEL_ROW_HEIGHT = 30;
/** Rows painted beyond each edge of the view, so a fast scroll does not show blank space. */
export const MSEL_OVERSCAN = 8;

export const MSEL_COLUMNS = [
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
export type MselColumn = (typeof MSEL_COLUMNS)[number];

export const mselRowDomId = (id: string) => `msel-row-${id}`;

/** The rows of the list that are in the DOM: `first` and then `size` rows. */
export interface MselWindow {
  first: number;
  size: number;
}

/**
 * The rows to paint for a scroll position: those in view plus the overscan, always the same number while
 * the list and the view keep their sizes (at the ends the window reaches further the other way), so a
 * scroll never adds or removes a row element.
 */
export function mselWindow(scrollTop: number, viewHeight: number, count: number): MselWindow {
  const size = Math.min(count, Math.ceil(viewHeight / MSEL_ROW_HEIGHT) + 1 + 2 * MSEL_OVERSCAN);
  const wanted = Math.floor(scrollTop / MSEL_ROW_HEIGHT) - MSEL_OVERSCAN;
  return { first: Math.max(0, Math.min(wanted, count - size)), size };
}

/** What the grid shows: the (filtered) rows, the selection and the words to show them in. */
export interface MselView {
  rows: readonly MselRow[];
  selectedId: string | null;
  t: Translator;
  names: MselNames;
}

/** Columns whose cell is one text node. */
type TextColumn = Exclude<MselColumn, 'to' | 'marking' | 'status'>;

/** One row element, reused for whichever row of the list falls to its place in the window. */
interface Slot {
  element: HTMLDivElement;
  texts: Record<TextColumn, Text>;
  to: HTMLDivElement;
  marking: HTMLSpanElement;
  status: HTMLSpanElement;
  /** What the slot shows now: painting it again with the same changes nothing. */
  shown: { words: MselRowTexts; index: number; selected: boolean } | null;
}

/** Set a text node's value only when it differs: the browser then has nothing to lay out again. */
function setText(node: Text, value: string) {
  if (node.data !== value) node.data = value;
}

function setAttribute(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Paints the MSEL's rows straight into the DOM. Scrolling rewrites the text of the rows that left the view
 * with the rows coming in (keyed by place in the window, index modulo its size) and touches nothing else:
 * no React render, no element created or dropped, so a long scroll leaves the garbage collectors (whose
 * pauses were the slowest frames with 5,000 rows) almost nothing to do. React renders the grid around it.
 */
export class MselRowPainter {
  private slots: Slot[] = [];

  constructor(private readonly container: HTMLElement) {}

  /** Bring the window's rows up to date with the view; rows already showing the same are left alone. */
  paint(view: MselView, window: MselWindow) {
    this.resize(window.size);
    for (let index = window.first; index < window.first + window.size; index++) {
      const slot = this.slots[index % window.size] as Slot;
      const row = view.rows[index] as MselRow;
      const selected = row.id === view.selectedId;
      // The same words object means the same row in the same language (`rowTexts` keeps one per row).
      const words = rowTexts(row, view.t, view.names);
      const shown = slot.shown;
      if (shown && shown.words === words && shown.index === index && shown.selected === selected) continue;
      this.paintSlot(slot, row, words, index, selected);
      slot.shown = { words, index, selected };
    }
  }

  /** The list index a row element shows, for a click on it. */
  static indexOf(target: EventTarget | null): number | null {
    const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null;
    return row ? Number(row.dataset.index) : null;
  }

  /** Remove every row element (the grid is leaving the page). */
  clear() {
    for (const slot of this.slots) slot.element.remove();
    this.slots = [];
  }

  private resize(size: number) {
    while (this.slots.length > size) this.slots.pop()?.element.remove();
    while (this.slots.length < size) this.slots.push(this.createSlot());
  }

  private createSlot(): Slot {
    const doc = this.container.ownerDocument;
    const element = doc.createElement('div');
    element.setAttribute('role', 'row');
    element.style.height = `${MSEL_ROW_HEIGHT}px`;
    const texts = {} as Record<TextColumn, Text>;
    const cells = {} as Record<MselColumn, HTMLDivElement>;
    for (const column of MSEL_COLUMNS) {
      const cell = doc.createElement('div');
      cell.setAttribute('role', 'gridcell');
      cell.className = `msel-cell msel-${column}`;
      element.append(cell);
      cells[column] = cell;
      if (column !== 'to' && column !== 'marking' && column !== 'status')
        texts[column] = cell.appendChild(doc.createTextNode(''));
    }
    const marking = cells.marking.appendChild(doc.createElement('span'));
    marking.append(doc.createTextNode(''));
    const status = cells.status.appendChild(doc.createElement('span'));
    status.append(doc.createTextNode(''));
    this.container.append(element);
    return { element, texts, to: cells.to, marking, status, shown: null };
  }

  private paintSlot(slot: Slot, row: MselRow, words: MselRowTexts, index: number, selected: boolean) {
    const { element, texts } = slot;
    element.id = mselRowDomId(row.id);
    element.dataset.index = String(index);
    setAttribute(element, 'aria-rowindex', String(index + 2));
    setAttribute(element, 'aria-selected', String(selected));
    const className = `msel-row msel-status-${row.status}${selected ? ' selected' : ''}`;
    if (element.className !== className) element.className = className;
    element.style.transform = `translateY(${index * MSEL_ROW_HEIGHT}px)`;
    setText(texts.id, row.id);
    setText(texts.due, words.due);
    setText(texts.title, row.title);
    setText(texts.from, words.from);
    setText(texts.progress, words.progress);
    setText(texts.channel, words.channel);
    setText(texts.mechanisms, words.mechanisms);
    setText(texts.track, row.track ?? '');
    setAttribute(slot.marking, 'class', markingBadgeClass(row.marking));
    setText(slot.marking.firstChild as Text, row.marking);
    // A long marking ends in an ellipsis in its column; hovering shows it whole.
    setAttribute(slot.marking, 'title', row.marking);
    setAttribute(slot.status, 'class', `inject-status inject-status-${row.status}`);
    setText(slot.status.firstChild as Text, words.status);
    this.paintRecipients(slot.to, words.recipients, words.recipientsLabel);
    // Names are long in a narrow column: hovering shows them whole.
    setAttribute(slot.to, 'title', words.recipientsLabel);
  }

  /** Recipients as marks, one span each (reused), named in words by the cell's label for screen readers. */
  private paintRecipients(cell: HTMLDivElement, recipients: MselRowTexts['recipients'], label: string) {
    setAttribute(cell, 'aria-label', label);
    while (cell.childElementCount > recipients.length) cell.lastElementChild?.remove();
    while (cell.childElementCount < recipients.length) {
      const span = cell.appendChild(cell.ownerDocument.createElement('span'));
      span.append(cell.ownerDocument.createTextNode(''));
    }
    recipients.forEach(({ mark, state }, place) => {
      const span = cell.children[place] as HTMLSpanElement;
      setAttribute(span, 'class', `recipient recipient-${state}`);
      setText(span.firstChild as Text, mark);
    });
  }
}
