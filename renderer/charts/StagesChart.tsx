import { Fragment } from 'react';
import type { ExerciseMetrics, WindowResult } from '../../core/index';
import { formatDuration, type EventWords } from '../components/index';
import { useTranslate } from '../state/index';
import { BAR, INK, MUTED } from './chart-colours';
import { CHART_WIDTH as WIDTH, AXIS_HEIGHT } from './chart-layout';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { DurationAxis } from './DurationAxis';
import { durationAxis, linearScale } from './scale';
import { mechanismStages, type StageRow } from './stage-rows';
import { WindowLegend, WindowTicks, windowStatusCounts, windowStatusSummary } from './window-marks';

const PLOT_LEFT = 120;
const PLOT_RIGHT = 470;
const STATUS_X = 480;
const TOP = 4;
const GROUP_HEIGHT = 20;
const ROW_HEIGHT = 18;
const BAR_HEIGHT = 10;
const LEGEND_HEIGHT = 20;

/**
 * Response stages: each mechanism's time to detect, notify, assess, decide and activate as bars, with the
 * playbook's expected windows for those stages as ticks across them and their status written at the end.
 * A window times its own milestones (docs/metrics.md), so the table gives its measured time beside the stage's.
 */
export function StagesChart({
  metrics,
  words,
  initialView,
}: {
  metrics: ExerciseMetrics;
  words: EventWords;
  initialView?: ChartView;
}) {
  const t = useTranslate();
  const groups = mechanismStages(metrics);
  const rows = groups.flatMap((group) => group.rows);
  const windows = rows.flatMap((row) => row.windows);
  const axis = durationAxis(
    Math.max(0, ...rows.map((row) => row.ms ?? 0), ...windows.map((window) => window.expectedMs)),
  );
  const x = linearScale(axis.max, PLOT_LEFT, PLOT_RIGHT);
  const length = linearScale(axis.max, 0, PLOT_RIGHT - PLOT_LEFT);
  const plotBottom = TOP + groups.length * GROUP_HEIGHT + rows.length * ROW_HEIGHT;
  const stageWord = (stage: StageRow['stage']) => t(`charts.stage.${stage}`);
  const statusWord = (status: WindowResult['status']) => t(`charts.window.${status}`);
  const counts = windowStatusCounts(windows);

  // Groups and rows are laid out top to bottom as they are drawn, each moving the cursor down.
  let y = TOP;
  const marks = groups.map((group) => {
    const heading = y + 14;
    y += GROUP_HEIGHT;
    return (
      <g key={group.mechanism} className="chart-group">
        <text x={4} y={heading} fill={INK} fontWeight={600}>
          {words.mechanism(group.mechanism)}
        </text>
        {group.rows.map((row) => {
          const top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
          const baseline = y + ROW_HEIGHT / 2 + 4;
          y += ROW_HEIGHT;
          return (
            <g key={row.stage}>
              <text x={PLOT_LEFT - 6} y={baseline} textAnchor="end" fill={INK}>
                {stageWord(row.stage)}
              </text>
              {row.ms !== null ? (
                <rect
                  className="chart-bar"
                  x={PLOT_LEFT}
                  y={top}
                  width={Math.max(1, length(row.ms))}
                  height={BAR_HEIGHT}
                  fill={BAR}
                />
              ) : row.stage !== 'other' ? (
                <text x={PLOT_LEFT + 4} y={baseline} fill={MUTED} fontStyle="italic" fontSize={10}>
                  {t('charts.notReached')}
                </text>
              ) : null}
              <WindowTicks windows={row.windows} x={x} y={top} height={BAR_HEIGHT} />
              <text x={STATUS_X} y={baseline} fill={INK} fontSize={10}>
                {windowStatusSummary(row.windows, statusWord)}
              </text>
            </g>
          );
        })}
      </g>
    );
  });

  return (
    <ChartFigure
      title={t('charts.stages.title')}
      description={t('charts.stages.description', {
        mechanisms: groups.length,
        windows: windows.length,
        met: counts.met,
        late: counts.late,
        missed: counts.missed,
        open: counts.open,
      })}
      empty={groups.length === 0 ? t('charts.stages.empty') : null}
      size={{ width: WIDTH, height: plotBottom + AXIS_HEIGHT + LEGEND_HEIGHT }}
      initialView={initialView}
      chart={
        <>
          <DurationAxis axis={axis} x={x} top={TOP} bottom={plotBottom} label={formatDuration} />
          {marks}
          <WindowLegend x={PLOT_LEFT} y={plotBottom + AXIS_HEIGHT + 12} />
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.mechanism'),
              t('charts.col.stage'),
              t('charts.col.stageTime'),
              t('charts.col.window'),
              t('charts.col.expected'),
              t('charts.col.windowTime'),
              t('charts.col.status'),
            ]}
          />
          <tbody>
            {groups.map((group) =>
              group.rows.map((row) => (
                <Fragment key={`${group.mechanism}/${row.stage}`}>
                  {(row.windows.length > 0 ? row.windows : [null]).map((window) => (
                    <tr key={window ? `${window.actorKey}/${window.windowId}` : 'none'}>
                      <th scope="row">{words.mechanism(window?.actorKey ?? group.mechanism)}</th>
                      <td>{stageWord(row.stage)}</td>
                      <td>{row.stage === 'other' ? '' : formatDuration(row.ms)}</td>
                      <td>
                        {window
                          ? `${window.title}${window.reconstructed ? ` ${t('charts.window.assumed')}` : ''}`
                          : '—'}
                      </td>
                      <td>{window ? formatDuration(window.expectedMs) : '—'}</td>
                      <td>{window ? formatDuration(window.span?.scenarioMs ?? null) : '—'}</td>
                      <td>{window ? statusWord(window.status) : '—'}</td>
                    </tr>
                  ))}
                </Fragment>
              )),
            )}
          </tbody>
        </>
      }
    />
  );
}
