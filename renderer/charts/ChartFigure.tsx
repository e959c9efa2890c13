import { useState, type ReactNode } from 'react';
import { useTranslate } from '../state/index';
import { useSvgId } from './use-svg-id';
import './charts.css';

/** What a chart shows: its drawing, its table, or (for the static report, where nothing is clicked) both. */
export type ChartView = 'chart' | 'table' | 'both';

export interface ChartFigureProps {
  /** The figure's caption, the SVG's title and the table's caption. */
  title: string;
  /** One or two sentences saying what the figures are: the SVG's description for a screen reader. */
  description: string;
  /** A sentence shown in place of the chart and its table when there is nothing to draw; null to draw. */
  empty: string | null;
  /** The drawing's size in SVG units; the drawing scales to the width it is given. */
  size: { width: number; height: number };
  /** The marks, drawn inside the SVG. */
  chart: ReactNode;
  /** The table's head and body, holding the numbers the marks draw. */
  table: ReactNode;
  /** Figures shown under either view: totals that are no mark of their own. */
  summary?: ReactNode;
  initialView?: ChartView;
}

const FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * One chart of the review: a figure captioned with its title, the SVG drawing or the same numbers as a
 * table, switched by a button. It draws from its props alone (no effects, no measuring), so it renders the
 * same live, in jsdom and through `renderToStaticMarkup`.
 */
export function ChartFigure({
  title,
  description,
  empty,
  size,
  chart,
  table,
  summary,
  initialView = 'chart',
}: ChartFigureProps) {
  const t = useTranslate();
  const id = useSvgId();
  const [view, setView] = useState(initialView);
  const toggle =
    empty === null && view !== 'both' ? (
      <button
        type="button"
        className="secondary chart-toggle"
        aria-pressed={view === 'table'}
        onClick={() => setView(view === 'table' ? 'chart' : 'table')}
      >
        {view === 'table' ? t('charts.showChart') : t('charts.showTable')}
      </button>
    ) : null;

  return (
    // Named by its caption explicitly too: not every accessibility tree takes a figure's name from it.
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        {title}
      </figcaption>
      {toggle}
      {empty !== null ? <p className="muted chart-empty">{empty}</p> : null}
      {empty === null && view !== 'table' ? (
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${size.width} ${size.height}`}
          width="100%"
          className="chart-svg"
          fontFamily={FONT_FAMILY}
          fontSize={11}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {chart}
        </svg>
      ) : null}
      {empty === null && view !== 'chart' ? (
        <div className="chart-table-scroll">
          <table className="dense chart-table">
            <caption>{title}</caption>
            {table}
          </table>
        </div>
      ) : null}
      {summary}
    </figure>
  );
}
