import type { ExerciseMetrics } from '../../core/index';
import { useTranslate } from '../state/index';
import { GRID, HEAT_RAMP, INK, MUTED } from './chart-colours';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { deliveredOf, heatLevel, heatMap } from './heat-map';
import { organisationLabel, type OrganisationName } from './organisation-label';
import { fitLabel, LABEL_CHAR_WIDTH } from './chart-layout';

const MIN_WIDTH = 640;
// The senders' names take the room the longest needs, within these bounds; a longer one is cut.
const ROW_LABELS_MIN = 120;
const ROW_LABELS_MAX = 230;
const COLUMN_LABELS = 110;
// A slanted receiver's name may run up as far as the top of the drawing: its room along the slant.
const COLUMN_LABEL_CHARS = Math.floor(
  (COLUMN_LABELS - 6) / Math.sin((40 * Math.PI) / 180) / LABEL_CHAR_WIDTH,
);
const CELL_WIDTH = 56;
const CELL_HEIGHT = 32;
// Cells stand apart, so an EU↔NATO cell's outline is never half painted over by its neighbour's.
const GAP = 2;
// Room for the last column's slanted label to run out to the right.
const RIGHT_MARGIN = 80;
const LEGEND_HEIGHT = 40;
const CORNER = 8;

/**
 * The organisation-pair coordination matrix (`metrics.exchange.edges`): senders down, receivers across, each
 * cell shaded by what was delivered and labelled with the count, and with what was blocked by marking. An
 * EU↔NATO pair has a heavy outline and a corner mark, so it stands out without its colour.
 */
export function CoordinationHeatmap({
  metrics,
  initialView,
  organisationName,
}: {
  metrics: ExerciseMetrics;
  initialView?: ChartView;
  /** Organisations' names: the exercise's parties (`models.parties.nameOf`); ids when not given. */
  organisationName?: OrganisationName;
}) {
  const t = useTranslate();
  const { edges } = metrics.exchange;
  const grid = heatMap(edges);
  const name = (organisation: string) => organisationLabel(organisation, t, organisationName);
  const longest = Math.max(0, ...grid.senders.map((organisation) => name(organisation).length));
  const ROW_LABELS = Math.min(
    ROW_LABELS_MAX,
    Math.max(ROW_LABELS_MIN, Math.ceil(longest * LABEL_CHAR_WIDTH) + 12),
  );
  const rowLabelChars = Math.floor((ROW_LABELS - 12) / LABEL_CHAR_WIDTH);
  const gridBottom = COLUMN_LABELS + grid.senders.length * CELL_HEIGHT;
  // Never narrower than the other charts, so its text is drawn at their size, not blown up to fill the width.
  const width = Math.max(MIN_WIDTH, ROW_LABELS + grid.receivers.length * CELL_WIDTH + RIGHT_MARGIN);
  const busiest = edges.find((edge) => grid.maxDelivered > 0 && deliveredOf(edge) === grid.maxDelivered);
  const description = [
    t('charts.matrix.description', {
      pairs: edges.length,
      delivered: edges.reduce((sum, edge) => sum + deliveredOf(edge), 0),
      blocked: edges.reduce((sum, edge) => sum + edge.blocked, 0),
      euNato: edges.filter((edge) => edge.euNato).length,
    }),
    busiest
      ? t('charts.matrix.busiest', {
          from: name(busiest.fromOrg),
          to: name(busiest.toOrg),
          count: grid.maxDelivered,
        })
      : '',
  ].join(' ');

  const cells = grid.senders.flatMap((from, row) =>
    grid.receivers.map((to, column) => {
      const edge = grid.edge(from, to);
      const delivered = edge ? deliveredOf(edge) : 0;
      const swatch = HEAT_RAMP[heatLevel(delivered, grid.maxDelivered, HEAT_RAMP.length)] ?? HEAT_RAMP[0];
      const x = ROW_LABELS + column * CELL_WIDTH + GAP / 2;
      const y = COLUMN_LABELS + row * CELL_HEIGHT + GAP / 2;
      const right = x + CELL_WIDTH - GAP;
      const middle = x + (CELL_WIDTH - GAP) / 2;
      return (
        <g key={`${from}|${to}`} data-pair={`${from}|${to}`}>
          <rect
            className="chart-cell"
            x={x}
            y={y}
            width={CELL_WIDTH - GAP}
            height={CELL_HEIGHT - GAP}
            fill={swatch.fill}
            stroke={edge?.euNato ? INK : GRID}
            strokeWidth={edge?.euNato ? 2.5 : 1}
          />
          {edge?.euNato ? (
            <path
              className="chart-eu-nato"
              d={`M${right - CORNER} ${y} H${right} V${y + CORNER} Z`}
              fill={swatch.ink}
            />
          ) : null}
          <text x={middle} y={y + (edge?.blocked ? 13 : 19)} textAnchor="middle" fill={swatch.ink}>
            {edge ? delivered : '·'}
          </text>
          {edge?.blocked ? (
            <text x={middle} y={y + 25} textAnchor="middle" fill={swatch.ink} fontSize={9}>
              {t('charts.matrix.blockedCount', { count: edge.blocked })}
            </text>
          ) : null}
        </g>
      );
    }),
  );

  return (
    <ChartFigure
      title={t('charts.matrix.title')}
      description={description}
      empty={edges.length === 0 ? t('charts.matrix.empty') : null}
      size={{ width, height: gridBottom + LEGEND_HEIGHT }}
      initialView={initialView}
      chart={
        <>
          {grid.receivers.map((to, column) => {
            const x = ROW_LABELS + column * CELL_WIDTH + CELL_WIDTH / 2;
            return (
              <text
                key={to}
                x={x}
                y={COLUMN_LABELS - 6}
                fill={INK}
                transform={`rotate(-40 ${x} ${COLUMN_LABELS - 6})`}
              >
                <title>{name(to)}</title>
                {fitLabel(name(to), COLUMN_LABEL_CHARS)}
              </text>
            );
          })}
          {grid.senders.map((from, row) => (
            <text
              key={from}
              x={ROW_LABELS - 6}
              y={COLUMN_LABELS + row * CELL_HEIGHT + CELL_HEIGHT / 2 + 4}
              textAnchor="end"
              fill={INK}
            >
              <title>{name(from)}</title>
              {fitLabel(name(from), rowLabelChars)}
            </text>
          ))}
          {cells}
          <g className="chart-legend" fontSize={10}>
            <text x={4} y={gridBottom + 16} fill={MUTED}>
              {t('charts.matrix.legendCount')}
            </text>
            <path d={`M4 ${gridBottom + 24} H${4 + CORNER} V${gridBottom + 24 + CORNER} Z`} fill={INK} />
            <text x={4 + CORNER + 6} y={gridBottom + 32} fill={MUTED}>
              {t('charts.matrix.legendEuNato')}
            </text>
          </g>
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.from'),
              t('charts.col.to'),
              t('charts.col.messages'),
              t('charts.col.injects'),
              t('charts.col.products'),
              t('charts.col.blocked'),
              t('charts.col.euNato'),
            ]}
          />
          <tbody>
            {grid.senders.flatMap((from) =>
              grid.receivers.flatMap((to) => {
                const edge = grid.edge(from, to);
                if (!edge) return [];
                return [
                  <tr key={`${from}|${to}`}>
                    <th scope="row">{name(from)}</th>
                    <td>{name(to)}</td>
                    <td>{edge.messages}</td>
                    <td>{edge.injects}</td>
                    <td>{edge.products}</td>
                    <td>{edge.blocked}</td>
                    <td>{edge.euNato ? t('charts.yes') : t('charts.no')}</td>
                  </tr>,
                ];
              }),
            )}
          </tbody>
        </>
      }
    />
  );
}
