import { GRID, MUTED } from './chart-colours';
import type { Axis } from './scale';

/** Grid lines at an axis's ticks from `top` to `bottom`, each labelled beneath (`label` writes the value). */
export function DurationAxis({
  axis,
  x,
  top,
  bottom,
  label,
}: {
  axis: Axis;
  x: (ms: number) => number;
  top: number;
  bottom: number;
  label: (ms: number) => string;
}) {
  return (
    <g className="chart-axis">
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} stroke={GRID} />
          <text x={x(tick)} y={bottom + 12} textAnchor="middle" fill={MUTED} fontSize={10}>
            {label(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
