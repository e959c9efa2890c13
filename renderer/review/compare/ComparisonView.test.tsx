import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MetricsComparison } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { eventWordsFrom } from '../../components/index';
import { useUiStore } from '../../state/index';
import { ComparisonView } from './ComparisonView';
import { BRANCHED_COMPARISON, DETECT, SAMPLE_COMPARISON } from './sample-comparison';

const words = eventWordsFrom(
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
);
const ORGANISATIONS: Record<string, string> = { council: 'Council', nato: 'NATO', 'state-a': 'State A' };
const organisationName = (id: string) => ORGANISATIONS[id] ?? id;
const show = (comparison: MetricsComparison) =>
  render(<ComparisonView comparison={comparison} words={words} organisationName={organisationName} />);
const pairs = (container: HTMLElement) =>
  [...container.querySelectorAll('g.compare-pair')].map((pair) => pair.getAttribute('data-verdict'));

afterEach(() => {
  useUiStore.setState({ language: 'en' });
  vi.restoreAllMocks();
});

describe('ComparisonView', () => {
  it('draws a chart per group, showing only the differences at first when there are any', async () => {
    const { container } = show(SAMPLE_COMPARISON);
    expect(screen.getByText('9 of 12 figures differ.')).toBeInTheDocument();
    expect(
      screen.getAllByRole('figure').map((figure) => figure.querySelector('figcaption')?.textContent),
    ).toEqual([
      'Response stages (scenario time)',
      'The playbook’s windows (scenario time)',
      'Acknowledgement by role',
      'Expected actions',
      'Delivered between organisations',
      'Across the EU↔NATO line',
      'Legal clocks (scenario time)',
    ]);
    const filter = screen.getByRole('checkbox', { name: 'Show only differences' });
    expect(filter).toBeChecked();
    expect(pairs(container)).toHaveLength(9);
    expect(pairs(container)).not.toContain('same');
    await userEvent.click(filter);
    expect(pairs(container)).toHaveLength(12);
  });

  it('shows every figure when the runs do not differ', () => {
    const same: MetricsComparison = { ...SAMPLE_COMPARISON, figures: [DETECT], differing: 0 };
    const { container } = show(same);
    expect(screen.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
    expect(pairs(container)).toEqual(['same']);
    expect(screen.getByText('0 of 1 figures differ.')).toBeInTheDocument();
  });

  it('marks what was settled before a branch point as shared, and lists the decisions after it', async () => {
    show(BRANCHED_COMPARISON);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show only differences' }));
    const stages = screen.getByRole('figure', { name: 'Response stages (scenario time)' });
    await userEvent.click(within(stages).getByRole('button', { name: 'Show table' }));
    const detect = within(stages).getByRole('row', { name: /All mechanisms: Detect/ });
    expect(detect).toHaveTextContent('shared (settled before the branch)');
    expect(screen.getByRole('heading', { name: 'Decisions after the branch point' })).toBeInTheDocument();
  });

  it('speaks Dutch', () => {
    useUiStore.setState({ language: 'nl' });
    show(SAMPLE_COMPARISON);
    expect(screen.getByRole('checkbox', { name: 'Alleen verschillen tonen' })).toBeChecked();
    expect(screen.getByRole('figure', { name: 'Verwachte acties' })).toBeInTheDocument();
    expect(screen.getByText('9 van de 12 cijfers verschillen.')).toBeInTheDocument();
  });

  it('has no critical, serious or moderate accessibility findings, as charts and as tables', async () => {
    const { container } = show(BRANCHED_COMPARISON);
    // axe asks for a canvas, which jsdom lacks and complains of on the console; with none it does without.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const findings = async () => {
      const results = await axe.run(container, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        rules: {
          // A fragment of a page, not a page: these rules are about the whole document.
          region: { enabled: false },
          'page-has-heading-one': { enabled: false },
          'landmark-one-main': { enabled: false },
          // jsdom lays nothing out, so contrast cannot be measured here.
          'color-contrast': { enabled: false },
        },
      });
      return results.violations
        .filter((violation) => ['critical', 'serious', 'moderate'].includes(violation.impact ?? ''))
        .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
    };
    expect(await findings()).toEqual([]);
    for (const button of screen.getAllByRole('button', { name: 'Show table' })) await userEvent.click(button);
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(8);
    expect(await findings()).toEqual([]);
  });
});
