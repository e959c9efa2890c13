import type { ComparedFigure, FigureVerdict } from '../../../core/index';
import { useTranslate } from '../../state/index';
import { BAD, BAR, INK, LABELLED_ROW, MUTED, OK, WARN } from '../../charts/index';
import { differs, formatValue } from './figure-words';
import type { PairedScale } from './paired-scale';

export const PLOT_LEFT = 10;
export const PLOT_RIGHT = 380;
const VALUE_X = 388;
const VERDICT_X = 440;
const { barOffset: BAR_OFFSET, barHeight: BAR_HEIGHT } = LABELLED_ROW;
const BAR_GAP = 2;
/** A figure's row: its name on a line of its own (names are long), then this run's bar over the other's. */
export const PAIR_ROW_HEIGHT = BAR_OFFSET + 2 * BAR_HEIGHT + BAR_GAP + 8;

/** A verdict's colour; the verdict is written beside it too, so the colour is never the only sign of it. */
const VERDICT_COLOUR: Record<FigureVerdict, string> = {
  same: MUTED,
  better: OK,
  worse: BAD,
  changed: WARN,
  'only-a': INK,
  'only-b': INK,
};

/**
 * One figure in the comparison chart: this run's bar solid, the other run's hatched (`otherFill`), each
 * value written at the end of the plot, and the verdict in words; a figure that differs has a mark down its
 * left edge and its verdict in bold, one settled before the branch point reads "shared".
 */
export function PairRow({
  figure,
  label,
  y,
  scale,
  otherFill,
}: {
  figure: ComparedFigure;
  label: string;
  y: number;
  scale: PairedScale;
  otherFill: string;
}) {
  const t = useTranslate();
  const marked = differs(figure);
  const bars = [
    { side: 'a' as const, top: y + BAR_OFFSET, fill: BAR },
    { side: 'b' as const, top: y + BAR_OFFSET + BAR_HEIGHT + BAR_GAP, fill: otherFill },
  ];
  const middle = y + BAR_OFFSET + BAR_HEIGHT + BAR_GAP / 2;
  return (
    <g className="compare-pair" data-verdict={figure.verdict} data-shared={figure.beforeBranch || undefined}>
      {marked ? (
        <rect
          className="compare-mark"
          x={0}
          y={y + 2}
          width={4}
          height={PAIR_ROW_HEIGHT - 6}
          fill={VERDICT_COLOUR[figure.verdict]}
        />
      ) : null}
      <text x={PLOT_LEFT} y={y + 11} fill={INK} fontWeight={marked ? 600 : undefined}>
        {label}
      </text>
      {bars.map(({ side, top, fill }) => {
        const value = figure[side];
        // A window with no time in a run (still open, missed) says how it stands there instead.
        const status = figure.status?.[side] ?? null;
        return (
          <g key={side} data-side={side}>
            {value === null ? null : (
              <rect
                className="chart-bar"
                x={PLOT_LEFT}
                y={top}
                width={Math.max(1, scale.length(value, figure.unit))}
                height={BAR_HEIGHT}
                fill={fill}
                stroke={BAR}
                strokeWidth={side === 'b' ? 1 : 0}
              />
            )}
            <text
              x={VALUE_X}
              y={top + BAR_HEIGHT - 1}
              fill={value === null ? MUTED : INK}
              fontStyle={value === null ? 'italic' : undefined}
              fontSize={10}
            >
              {value !== null
                ? formatValue(value, figure.unit)
                : status !== null
                  ? t(`charts.window.${status}`)
                  : t('compare.value.none')}
            </text>
          </g>
        );
      })}
      <text
        x={VERDICT_X}
        y={middle + 4}
        fill={figure.beforeBranch ? MUTED : VERDICT_COLOUR[figure.verdict]}
        fontWeight={marked ? 700 : undefined}
        fontSize={10}
      >
        {figure.beforeBranch ? t('compare.verdict.sharedShort') : t(`compare.verdict.${figure.verdict}`)}
      </text>
    </g>
  );
}
