import type { ComparedFigure, ComparedGroup, MetricsComparison } from '../../../core/index';
import { formatDuration } from '../../components/index';
import { useTranslate } from '../../state/index';
import {
  AXIS_HEIGHT,
  BAR,
  CHART_WIDTH,
  ChartFigure,
  ColumnHeads,
  DurationAxis,
  INK,
  PAPER,
  useSvgId,
} from '../../charts/index';
import { CompareRows } from './CompareRows';
import { differs, figureLabel, type FigureNames } from './figure-words';
import { pairedScale } from './paired-scale';
import { PAIR_ROW_HEIGHT, PairRow, PLOT_LEFT, PLOT_RIGHT } from './PairRow';

const TOP = 4;
const LEGEND_ROW = 16;
/** A run's name in the legend: cut where it would run off the drawing (the table and header give it whole). */
const LEGEND_NAME = 80;

const cut = (name: string) => (name.length > LEGEND_NAME ? `${name.slice(0, LEGEND_NAME - 1)}…` : name);

export interface CompareChartProps {
  group: ComparedGroup;
  /** The group's figures, all of them: the chart shows those `onlyDifferences` keeps. */
  figures: readonly ComparedFigure[];
  runs: Pick<MetricsComparison, 'a' | 'b'>;
  onlyDifferences: boolean;
  names: FigureNames;
}

/**
 * One group of figures of both runs: for each figure this run's bar over the other's, its values and how
 * this run stands against the other, in a figure whose table gives the same numbers.
 */
export function CompareChart({ group, figures, runs, onlyDifferences, names }: CompareChartProps) {
  const t = useTranslate();
  const id = useSvgId();
  const shown = onlyDifferences ? figures.filter(differs) : figures;
  const differing = figures.filter(differs).length;
  const scale = pairedScale(shown, PLOT_RIGHT - PLOT_LEFT);
  const plotBottom = TOP + shown.length * PAIR_ROW_HEIGHT;
  const legendTop = plotBottom + (scale.axis ? AXIS_HEIGHT : 0) + 6;
  const otherFill = `url(#${id}-other)`;
  const title = t(`compare.group.${group}`);
  const empty =
    figures.length === 0
      ? t('compare.chart.empty')
      : shown.length === 0
        ? t('compare.chart.noDifference', { count: figures.length })
        : null;
  const legend = [
    { fill: BAR, text: t('compare.legend.this', { name: cut(runs.a.name) }) },
    { fill: otherFill, text: t('compare.legend.other', { name: cut(runs.b.name) }) },
  ];

  return (
    <ChartFigure
      title={title}
      description={t('compare.chart.description', {
        shown: shown.length,
        this: runs.a.name,
        other: runs.b.name,
        differing,
      })}
      empty={empty}
      size={{ width: CHART_WIDTH, height: legendTop + legend.length * LEGEND_ROW }}
      chart={
        <>
          <defs>
            {/* The other run is hatched, not only another colour: the two read apart in print and to anyone. */}
            <pattern
              id={`${id}-other`}
              patternUnits="userSpaceOnUse"
              width={6}
              height={6}
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} fill={PAPER} />
              <line x1={0} y1={0} x2={0} y2={6} stroke={BAR} strokeWidth={3} />
            </pattern>
          </defs>
          {scale.axis ? (
            <DurationAxis
              axis={scale.axis}
              x={(ms) => PLOT_LEFT + scale.length(ms, 'ms')}
              top={TOP}
              bottom={plotBottom}
              label={formatDuration}
            />
          ) : null}
          {shown.map((figure, index) => (
            <PairRow
              key={figure.key}
              figure={figure}
              label={figureLabel(figure.subject, t, names)}
              y={TOP + index * PAIR_ROW_HEIGHT}
              scale={scale}
              otherFill={otherFill}
            />
          ))}
          {legend.map(({ fill, text }, index) => (
            <g key={index} className="chart-legend">
              <rect
                className="chart-swatch"
                x={PLOT_LEFT}
                y={legendTop + index * LEGEND_ROW}
                width={14}
                height={10}
                fill={fill}
                stroke={BAR}
              />
              <text x={PLOT_LEFT + 20} y={legendTop + index * LEGEND_ROW + 9} fill={INK}>
                {text}
              </text>
            </g>
          ))}
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('compare.col.figure'),
              t('compare.col.this'),
              t('compare.col.other'),
              t('compare.col.difference'),
              t('compare.col.verdict'),
            ]}
          />
          <CompareRows figures={shown} names={names} />
        </>
      }
    />
  );
}
