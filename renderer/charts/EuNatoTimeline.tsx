import type { EuNatoCrossing, ExerciseMetrics } from '../../core/index';
import { ExchangeFigures, formatDuration, formatScenarioClock } from '../components/index';
import { useTranslate } from '../state/index';
import { BAD, BAR, GRID, INK, MUTED, PAPER } from './chart-colours';
import { CHART_WIDTH as WIDTH, AXIS_HEIGHT } from './chart-layout';
import { ColumnHeads } from './ColumnHeads';
import { ChartFigure, type ChartView } from './ChartFigure';
import { DurationAxis } from './DurationAxis';
import { organisationLabel, type OrganisationName } from './organisation-label';
import { durationAxis, linearScale } from './scale';

const LANES = ['message', 'inject', 'product'] as const satisfies readonly EuNatoCrossing['kind'][];
const PLOT_LEFT = 110;
const PLOT_RIGHT = 610;
const TOP = 6;
// Tall enough for a blocked mark's marking written above or below it.
const LANE_HEIGHT = 44;
const LEGEND_HEIGHT = 22;
const R = 5;
// Spaced for the longest of the languages' legends (Dutch).
const LEGEND = [
  { outcome: 'delivered', x: 8, text: 'charts.outcome.delivered' },
  { outcome: 'blocked', x: 110, text: 'charts.timeline.legendBlocked' },
  { outcome: 'voided', x: 410, text: 'charts.outcome.voided' },
] as const;

type Outcome = 'delivered' | 'blocked' | 'voided';
/** A voided link product no longer counts, whatever its marking did: that is what it is shown as. */
const outcomeOf = (crossing: EuNatoCrossing): Outcome => (crossing.voided ? 'voided' : crossing.outcome);

/** Each outcome's shape, so it reads without colour: a dot, a cross, a hollow ring struck through. */
function Mark({ outcome, x, y }: { outcome: Outcome; x: number; y: number }) {
  if (outcome === 'delivered') return <circle className="chart-point" cx={x} cy={y} r={R} fill={BAR} />;
  if (outcome === 'blocked')
    return (
      <path
        className="chart-point"
        d={`M${x - R} ${y - R} L${x + R} ${y + R} M${x - R} ${y + R} L${x + R} ${y - R}`}
        stroke={BAD}
        strokeWidth={2.5}
      />
    );
  return (
    <g className="chart-point">
      <circle cx={x} cy={y} r={R} fill={PAPER} stroke={MUTED} strokeWidth={1.5} />
      <line x1={x - R - 2} x2={x + R + 2} y1={y} y2={y} stroke={MUTED} strokeWidth={1.5} />
    </g>
  );
}

/**
 * The EU↔NATO exchange timeline: each crossing of the line (the read models' crossings) at its scenario
 * time, in a lane for its kind; delivered, blocked (with the marking that stopped it) and voided told apart
 * by shape. Under it, the EU↔NATO figures and what markings blocked, as the other screens give them.
 */
export function EuNatoTimeline({
  metrics,
  crossings,
  initialView,
  organisationName,
}: {
  metrics: ExerciseMetrics;
  crossings: readonly EuNatoCrossing[];
  initialView?: ChartView;
  /** Organisations' names: the exercise's parties (`models.parties.nameOf`); ids when not given. */
  organisationName?: OrganisationName;
}) {
  const t = useTranslate();
  const endMs = Math.max(metrics.exercise.scenarioDurationMs, ...crossings.map((c) => c.scenarioMs));
  const axis = durationAxis(endMs);
  const x = linearScale(axis.max, PLOT_LEFT, PLOT_RIGHT);
  const plotBottom = TOP + LANES.length * LANE_HEIGHT;
  const count = (outcome: Outcome) => crossings.filter((crossing) => outcomeOf(crossing) === outcome).length;
  const name = (organisation: string) => organisationLabel(organisation, t, organisationName);
  const legendY = plotBottom + AXIS_HEIGHT + 14;

  return (
    <ChartFigure
      title={t('charts.timeline.title')}
      description={t('charts.timeline.description', {
        count: crossings.length,
        span: formatDuration(endMs),
        delivered: count('delivered'),
        blocked: count('blocked'),
        voided: count('voided'),
      })}
      empty={crossings.length === 0 ? t('charts.timeline.empty') : null}
      size={{ width: WIDTH, height: legendY + LEGEND_HEIGHT }}
      initialView={initialView}
      chart={
        <>
          <DurationAxis
            axis={axis}
            x={x}
            top={TOP}
            bottom={plotBottom}
            label={(ms) => `T+${formatDuration(ms)}`}
          />
          {LANES.map((lane, index) => {
            const middle = TOP + index * LANE_HEIGHT + LANE_HEIGHT / 2;
            const blocked = crossings.filter((c) => c.kind === lane && outcomeOf(c) === 'blocked');
            return (
              <g key={lane} className="chart-lane">
                <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={middle} y2={middle} stroke={GRID} />
                <text x={PLOT_LEFT - 8} y={middle + 4} textAnchor="end" fill={INK}>
                  {t(`charts.timeline.lane.${lane}`)}
                </text>
                {crossings
                  .filter((crossing) => crossing.kind === lane)
                  .map((crossing, order) => (
                    <Mark
                      key={`${crossing.seq}/${order}`}
                      outcome={outcomeOf(crossing)}
                      x={x(crossing.scenarioMs)}
                      y={middle}
                    />
                  ))}
                {/* Markings written above and below in turn, so neighbouring labels do not run together. */}
                {blocked.map((crossing, order) => (
                  <text
                    key={`${crossing.seq}/${order}`}
                    x={x(crossing.scenarioMs)}
                    y={order % 2 === 0 ? middle - R - 5 : middle + R + 13}
                    textAnchor="middle"
                    fill={INK}
                    fontSize={9}
                  >
                    {crossing.marking ?? ''}
                  </text>
                ))}
              </g>
            );
          })}
          <g className="chart-legend" fontSize={10}>
            {LEGEND.map(({ outcome, x: legendX, text }) => (
              <g key={outcome}>
                <Mark outcome={outcome} x={legendX + R} y={legendY - 4} />
                <text x={legendX + 2 * R + 6} y={legendY} fill={MUTED}>
                  {t(text)}
                </text>
              </g>
            ))}
          </g>
        </>
      }
      table={
        <>
          <ColumnHeads
            labels={[
              t('charts.col.when'),
              t('charts.col.kind'),
              t('charts.col.from'),
              t('charts.col.to'),
              t('charts.col.marking'),
              t('charts.col.outcome'),
            ]}
          />
          <tbody>
            {crossings.map((crossing, order) => (
              <tr key={`${crossing.seq}/${order}`}>
                <th scope="row">{formatScenarioClock(crossing.scenarioMs)}</th>
                <td>{t(`charts.kind.${crossing.kind}`)}</td>
                <td>{name(crossing.fromOrg)}</td>
                <td>{name(crossing.toOrg)}</td>
                <td>{crossing.marking ?? '—'}</td>
                <td>{t(`charts.outcome.${outcomeOf(crossing)}`)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
      summary={
        <dl className="facts chart-facts">
          <ExchangeFigures exchange={metrics.exchange} />
        </dl>
      }
    />
  );
}
