import type { ExerciseMetrics, WindowResult } from '../../core/index';
import { formatDuration, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';
import { BAR, INK, MUTED } from './chart-colours';
import { CHART_WIDTH as WIDTH, AXIS_HEIGHT, LABELLED_ROW } from './chart-layout';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { DurationAxis } from './DurationAxis';
import { durationAxis, linearScale } from './scale';
import { WindowLegend, WindowTicks, windowStatusCounts } from './window-marks';

const PLOT_LEFT = 8;
const PLOT_RIGHT = 520;
const STATUS_X = 530;
const TOP = 4;
const { height: ROW_HEIGHT, barOffset: BAR_OFFSET, barHeight: BAR_HEIGHT } = LABELLED_ROW;
const LEGEND_HEIGHT = 20;

/**
 * Legal-clock compliance (`metrics.legalClocks`): each legal clock's time taken as a bar against its deadline
 * as a tick, its status written beside it; under it, the UCPM requests and those that lapsed.
 */
export function LegalClocksChart({
  metrics,
  words,
  initialView,
}: {
  metrics: ExerciseMetrics;
  words: EventWords;
  initialView?: ChartView;
}) {
  const t = useTranslate();
  const { windows, ucpmRequests, ucpmLapsed } = metrics.legalClocks;
  const axis = durationAxis(
    Math.max(0, ...windows.map((window) => Math.max(window.expectedMs, window.span?.scenarioMs ?? 0))),
  );
  const x = linearScale(axis.max, PLOT_LEFT, PLOT_RIGHT);
  const length = linearScale(axis.max, 0, PLOT_RIGHT - PLOT_LEFT);
  const plotBottom = TOP + windows.length * ROW_HEIGHT;
  const statusWord = (status: WindowResult['status']) => t(`charts.window.${status}`);
  const clockName = (window: WindowResult) =>
    `${words.mechanism(window.actorKey)}: ${window.title}${window.reconstructed ? ` ${t('charts.window.assumed')}` : ''}`;
  const counts = windowStatusCounts(windows);

  return (
    <ChartFigure
      title={t('charts.legal.title')}
      description={t('charts.legal.description', {
        clocks: windows.length,
        met: counts.met,
        late: counts.late,
        missed: counts.missed,
        open: counts.open,
        requests: ucpmRequests,
        lapsed: ucpmLapsed.length,
      })}
      empty={windows.length === 0 ? t('charts.legal.empty') : null}
      size={{ width: WIDTH, height: plotBottom + AXIS_HEIGHT + LEGEND_HEIGHT }}
      initialView={initialView}
      chart={
        <>
          <DurationAxis axis={axis} x={x} top={TOP} bottom={plotBottom} label={formatDuration} />
          {windows.map((window, index) => {
            const y = TOP + index * ROW_HEIGHT;
            const barY = y + BAR_OFFSET;
            const baseline = barY + BAR_HEIGHT / 2 + 4;
            const taken = window.span?.scenarioMs ?? null;
            return (
              <g key={`${window.actorKey}/${window.windowId}`}>
                <text x={PLOT_LEFT} y={y + 11} fill={INK}>
                  {clockName(window)}
                </text>
                {taken === null ? (
                  <text x={PLOT_LEFT + 4} y={baseline} fill={MUTED} fontStyle="italic" fontSize={10}>
                    {t('charts.notReached')}
                  </text>
                ) : (
                  <rect
                    className="chart-bar"
                    x={PLOT_LEFT}
                    y={barY}
                    width={Math.max(1, length(taken))}
                    height={BAR_HEIGHT}
                    fill={BAR}
                  />
                )}
                <WindowTicks windows={[window]} x={x} y={barY} height={BAR_HEIGHT} />
                <text x={STATUS_X} y={baseline} fill={INK} fontSize={10}>
                  {statusWord(window.status)}
                </text>
              </g>
            );
          })}
          <WindowLegend x={PLOT_LEFT} y={plotBottom + AXIS_HEIGHT + 12} />
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.mechanism'),
              t('charts.col.clock'),
              t('charts.col.deadline'),
              t('charts.col.taken'),
              t('charts.col.status'),
            ]}
          />
          <tbody>
            {windows.map((window) => (
              <tr key={`${window.actorKey}/${window.windowId}`}>
                <th scope="row">{words.mechanism(window.actorKey)}</th>
                <td>
                  {window.title}
                  {window.reconstructed ? ` ${t('charts.window.assumed')}` : ''}
                </td>
                <td>{formatDuration(window.expectedMs)}</td>
                <td>{formatDuration(window.span?.scenarioMs ?? null)}</td>
                <td>{statusWord(window.status)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
      summary={
        <dl className="facts chart-facts">
          <dt>{t('charts.legal.ucpmRequests')}</dt>
          <dd>{ucpmRequests}</dd>
          <dt>{t('charts.legal.ucpmLapsed')}</dt>
          <dd>
            {ucpmLapsed.length}
            {ucpmLapsed.length > 0 ? ` (${ucpmLapsed.map((key) => words.mechanism(key)).join(', ')})` : ''}
          </dd>
        </dl>
      }
    />
  );
}
