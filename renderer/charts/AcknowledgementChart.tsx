import type { ExerciseMetrics } from '../../core/index';
import { formatDuration, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';
import { BAR, INK, MUTED } from './chart-colours';
import { CHART_WIDTH as WIDTH, AXIS_HEIGHT, LABELLED_ROW } from './chart-layout';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { DurationAxis } from './DurationAxis';
import { durationAxis, linearScale } from './scale';

const PLOT_LEFT = 8;
const PLOT_RIGHT = 470;
const COUNT_X = 480;
const TOP = 4;
const { height: ROW_HEIGHT, barOffset: BAR_OFFSET, barHeight: BAR_HEIGHT } = LABELLED_ROW;
const LEGEND_HEIGHT = 20;

/**
 * Acknowledgement latency by role (`metrics.acknowledgement`), in scenario time: a bar to the median, a
 * whisker on to the longest, and how many of the injects delivered the role acknowledged.
 */
export function AcknowledgementChart({
  metrics,
  words,
  initialView,
}: {
  metrics: ExerciseMetrics;
  words: EventWords;
  initialView?: ChartView;
}) {
  const t = useTranslate();
  const rows = metrics.acknowledgement;
  const axis = durationAxis(Math.max(0, ...rows.map((row) => row.scenario.maxMs ?? 0)));
  const x = linearScale(axis.max, PLOT_LEFT, PLOT_RIGHT);
  const length = linearScale(axis.max, 0, PLOT_RIGHT - PLOT_LEFT);
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  // The highest median; of equal ones the first role, as the metrics order them.
  const [slowest] = rows
    .filter((row) => row.scenario.medianMs !== null)
    .sort((a, b) => (b.scenario.medianMs ?? 0) - (a.scenario.medianMs ?? 0));
  const description = slowest
    ? t('charts.ack.description', {
        roles: rows.length,
        role: words.role(slowest.role),
        median: formatDuration(slowest.scenario.medianMs),
      })
    : t('charts.ack.descriptionNone', { roles: rows.length });

  return (
    <ChartFigure
      title={t('charts.ack.title')}
      description={description}
      empty={rows.length === 0 ? t('charts.ack.empty') : null}
      size={{ width: WIDTH, height: plotBottom + AXIS_HEIGHT + LEGEND_HEIGHT }}
      initialView={initialView}
      chart={
        <>
          <DurationAxis axis={axis} x={x} top={TOP} bottom={plotBottom} label={formatDuration} />
          {rows.map((row, index) => {
            const y = TOP + index * ROW_HEIGHT;
            const barY = y + BAR_OFFSET;
            const middle = barY + BAR_HEIGHT / 2;
            const { medianMs, maxMs } = row.scenario;
            return (
              <g key={row.role}>
                <text x={PLOT_LEFT} y={y + 11} fill={INK}>
                  {words.role(row.role)}
                </text>
                {medianMs === null || maxMs === null ? (
                  <text x={PLOT_LEFT} y={middle + 4} fill={MUTED} fontStyle="italic" fontSize={10}>
                    {t('charts.ack.noneAcknowledged')}
                  </text>
                ) : (
                  <>
                    <rect
                      className="chart-bar"
                      x={PLOT_LEFT}
                      y={barY}
                      width={Math.max(1, length(medianMs))}
                      height={BAR_HEIGHT}
                      fill={BAR}
                    />
                    <g className="chart-whisker" stroke={INK} strokeWidth={1.5}>
                      <line x1={x(medianMs)} x2={x(maxMs)} y1={middle} y2={middle} />
                      <line x1={x(maxMs)} x2={x(maxMs)} y1={barY} y2={barY + BAR_HEIGHT} />
                    </g>
                  </>
                )}
                <text x={COUNT_X} y={middle + 4} fill={INK} fontSize={10}>
                  {t('charts.ack.count', { acknowledged: row.acknowledged, delivered: row.delivered })}
                </text>
              </g>
            );
          })}
          <g className="chart-legend">
            <rect x={PLOT_LEFT} y={plotBottom + AXIS_HEIGHT + 3} width={14} height={9} fill={BAR} />
            <text x={PLOT_LEFT + 18} y={plotBottom + AXIS_HEIGHT + 12} fill={MUTED} fontSize={10}>
              {t('charts.ack.legend')}
            </text>
          </g>
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.role'),
              t('charts.col.delivered'),
              t('charts.col.acknowledged'),
              t('charts.col.median'),
              t('charts.col.longest'),
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.role}>
                <th scope="row" title={row.role}>
                  {words.role(row.role)}
                </th>
                <td>{row.delivered}</td>
                <td>{row.acknowledged}</td>
                <td>{formatDuration(row.scenario.medianMs)}</td>
                <td>{formatDuration(row.scenario.maxMs)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
