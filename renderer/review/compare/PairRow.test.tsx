import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComparedFigure } from '../../../core/index';
import { pairedScale } from './paired-scale';
import { PairRow } from './PairRow';
import { DETECT, SAMPLE_FIGURES } from './sample-comparison';

const STAGES = SAMPLE_FIGURES.filter((figure) => figure.group === 'stages');
const scale = pairedScale(STAGES, 370);
const byKey = (key: string) => SAMPLE_FIGURES.find((figure) => figure.key === key) as ComparedFigure;

function drawn(figure: ComparedFigure) {
  const { container } = render(
    <svg>
      <PairRow figure={figure} label="The figure" y={0} scale={scale} otherFill="url(#hatched)" />
    </svg>,
  );
  return container;
}

describe('PairRow', () => {
  it('draws this run’s bar solid over the other’s hatched, each value written, and the verdict', () => {
    const row = drawn(byKey('stage:all:notify'));
    const bars = [...row.querySelectorAll('rect.chart-bar')];
    // 2h and 3h on an axis to 6h over 370 units.
    expect(bars.map((bar) => Number(bar.getAttribute('width')))).toEqual([123.33, 185]);
    expect(bars[1]).toHaveAttribute('fill', 'url(#hatched)');
    expect(row).toHaveTextContent('The figure');
    expect(row.querySelector('[data-side="a"] text')).toHaveTextContent('2h');
    expect(row.querySelector('[data-side="b"] text')).toHaveTextContent('3h');
    expect(row).toHaveTextContent('better');
    expect(row.querySelector('rect.compare-mark')).not.toBeNull();
  });

  it('writes "none" where a run has no value, and draws no bar for it', () => {
    const row = drawn(byKey('stage:crisis:activate'));
    expect(row.querySelectorAll('rect.chart-bar')).toHaveLength(1);
    expect(row.querySelector('[data-side="a"] text')).toHaveTextContent('none');
    expect(row).toHaveTextContent('only in the other run');
  });

  it('writes how a window stands where it has no time', () => {
    const row = drawn(byKey('window:crisis:sharing-to-full'));
    expect(row.querySelector('[data-side="a"] text')).toHaveTextContent('1d 2h');
    expect(row.querySelector('[data-side="b"] text')).toHaveTextContent('open');
  });

  it('leaves a figure that is the same unmarked, and one settled before the branch reads shared', () => {
    expect(drawn(DETECT).querySelector('rect.compare-mark')).toBeNull();
    expect(drawn(DETECT)).toHaveTextContent('same');
    const shared = drawn({ ...DETECT, beforeBranch: true });
    expect(shared).toHaveTextContent('shared');
    expect(shared.querySelector('[data-shared]')).not.toBeNull();
  });
});
