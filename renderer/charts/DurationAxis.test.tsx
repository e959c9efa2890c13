import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DurationAxis } from './DurationAxis';

describe('DurationAxis', () => {
  it('draws a grid line at each tick, from top to bottom, labelled beneath', () => {
    const { container } = render(
      <svg>
        <DurationAxis
          axis={{ ticks: [0, 10, 20], max: 20 }}
          x={(value) => 100 + value * 5}
          top={4}
          bottom={50}
          label={(value) => `${value}m`}
        />
      </svg>,
    );
    const lines = [...container.querySelectorAll('line')];
    expect(lines.map((line) => line.getAttribute('x1'))).toEqual(['100', '150', '200']);
    expect(lines.every((line) => line.getAttribute('y1') === '4' && line.getAttribute('y2') === '50')).toBe(
      true,
    );
    expect([...container.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '0m',
      '10m',
      '20m',
    ]);
  });
});
