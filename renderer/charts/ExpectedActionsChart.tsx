import type { ExerciseMetrics, ExpectedStatus } from '../../core/index';
import { useTranslate } from '../state/index';
import { EXPECTED_STATUS_FILL, MUTED, INK, PAPER } from './chart-colours';
import { CHART_WIDTH as WIDTH } from './chart-layout';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { linearScale } from './scale';
import { useSvgId } from './use-svg-id';

/** Achieved first, then not achieved, then still open: the order a reader adds the bar up in. */
export const STATUS_READING_ORDER = [
  'met',
  'marked-met',
  'missed',
  'marked-unmet',
  'open',
] as const satisfies readonly ExpectedStatus[];

const LEFT = 8;
const RIGHT = 632;
const BAR_Y = 8;
const BAR_HEIGHT = 24;
const LEGEND_Y = 52;
const LEGEND_ROW = 18;
const LEGEND_COLUMN = 210;
const LEGEND_PER_ROW = 3;

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Expected-action outcomes (`metrics.expectedActions`): the released expected actions as one bar split by
 * status, the marked statuses hatched, with a legend that writes each status and its count; under it the
 * released share of the scenario's expected actions and the hit rate.
 */
export function ExpectedActionsChart({
  metrics,
  initialView,
}: {
  metrics: ExerciseMetrics;
  initialView?: ChartView;
}) {
  const t = useTranslate();
  const id = useSvgId();
  const { byStatus, released, total, hitRate, contingenciesReleased } = metrics.expectedActions;
  const x = linearScale(released, LEFT, RIGHT);
  const length = linearScale(released, 0, RIGHT - LEFT);
  const fillOf = (status: ExpectedStatus) =>
    EXPECTED_STATUS_FILL[status].hatched ? `url(#${id}-${status})` : EXPECTED_STATUS_FILL[status].background;
  const hit = hitRate === null ? '—' : percent(hitRate);
  // Each segment starts where the ones before it end.
  let before = 0;
  const segments = STATUS_READING_ORDER.filter((status) => byStatus[status] > 0).map((status) => {
    const start = before;
    before += byStatus[status];
    return { status, start, count: byStatus[status] };
  });

  return (
    <ChartFigure
      title={t('charts.expected.title')}
      description={t('charts.expected.description', {
        released,
        total,
        hitRate: hit,
        statuses: STATUS_READING_ORDER.map(
          (status) => `${t(`expected.status.${status}`)} ${byStatus[status]}`,
        ).join(', '),
      })}
      empty={released === 0 ? t('charts.expected.empty') : null}
      size={{ width: WIDTH, height: LEGEND_Y + 2 * LEGEND_ROW }}
      initialView={initialView}
      chart={
        <>
          <defs>
            {STATUS_READING_ORDER.filter((status) => EXPECTED_STATUS_FILL[status].hatched).map((status) => (
              <pattern
                key={status}
                id={`${id}-${status}`}
                patternUnits="userSpaceOnUse"
                width={6}
                height={6}
                patternTransform="rotate(45)"
              >
                <rect width={6} height={6} fill={EXPECTED_STATUS_FILL[status].background} />
                <line
                  x1={0}
                  y1={0}
                  x2={0}
                  y2={6}
                  stroke={EXPECTED_STATUS_FILL[status].colour}
                  strokeWidth={3}
                />
              </pattern>
            ))}
          </defs>
          {segments.map(({ status, start, count }) => (
            <rect
              key={status}
              className="chart-bar"
              data-status={status}
              x={x(start)}
              y={BAR_Y}
              width={length(count)}
              height={BAR_HEIGHT}
              fill={fillOf(status)}
              stroke={status === 'open' ? MUTED : PAPER}
            />
          ))}
          {STATUS_READING_ORDER.map((status, index) => {
            const legendX = LEFT + (index % LEGEND_PER_ROW) * LEGEND_COLUMN;
            const legendY = LEGEND_Y + Math.floor(index / LEGEND_PER_ROW) * LEGEND_ROW;
            return (
              <g key={status} className="chart-legend">
                <rect
                  className="chart-swatch"
                  x={legendX}
                  y={legendY - 10}
                  width={14}
                  height={12}
                  fill={fillOf(status)}
                  stroke={EXPECTED_STATUS_FILL[status].colour}
                />
                <text x={legendX + 20} y={legendY} fill={INK}>
                  {`${t(`expected.status.${status}`)} ${byStatus[status]}`}
                </text>
              </g>
            );
          })}
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.status'),
              t('charts.col.expectedActions'),
              t('charts.col.shareOfReleased'),
            ]}
          />
          <tbody>
            {STATUS_READING_ORDER.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`expected.status.${status}`)}</th>
                <td>{byStatus[status]}</td>
                <td>{released === 0 ? '—' : percent(byStatus[status] / released)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
      summary={
        <dl className="facts chart-facts">
          <dt>{t('charts.expected.released')}</dt>
          <dd>{t('charts.expected.releasedOf', { released, total })}</dd>
          <dt>{t('charts.expected.hitRate')}</dt>
          <dd>{hit}</dd>
          <dt>{t('charts.expected.contingencies')}</dt>
          <dd>{contingenciesReleased}</dd>
        </dl>
      }
    />
  );
}
