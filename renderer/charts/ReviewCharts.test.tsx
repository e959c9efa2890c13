import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../state/index';
import { ReviewCharts } from './ReviewCharts';
import { SAMPLE_CROSSINGS, SAMPLE_METRICS, SAMPLE_WORDS } from './sample-metrics';

const TITLES = [
  'Response stages against the expected windows (scenario time)',
  'Acknowledgement latency by role (scenario time)',
  'Expected-action outcomes',
  'Coordination between organisations (sender ↓, receiver →)',
  'Exchanges across the EU↔NATO line (scenario time)',
  'Legal-clock compliance (scenario time)',
];

const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;
const charts = (initialView?: 'chart' | 'table' | 'both') => (
  <ReviewCharts
    metrics={SAMPLE_METRICS}
    crossings={SAMPLE_CROSSINGS}
    words={SAMPLE_WORDS}
    initialView={initialView}
  />
);

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('ReviewCharts', () => {
  it('shows the six charts, each a figure with its drawing and a button for its table', () => {
    render(charts());
    const figures = screen.getAllByRole('figure');
    expect(figures.map((figure) => figure.querySelector('figcaption')?.textContent)).toEqual(TITLES);
    for (const [index, figure] of figures.entries()) {
      const title = TITLES[index] ?? '';
      // Named by its title, then described: the description follows in the same name.
      const named = (name: string) => name.startsWith(`${title} `) && name.length > title.length + 20;
      expect(within(figure).getByRole('img', { name: named })).toBeInTheDocument();
      expect(within(figure).getByRole('button', { name: 'Show table' })).toBeInTheDocument();
    }
  });

  it('renders to static markup with every mark drawn, without a browser', () => {
    const markup = renderToStaticMarkup(charts());
    expect(count(markup, /<svg /g)).toBe(6);
    // Bars: stages 5, acknowledgement 2, expected-action segments 4, legal clocks 1; 4 × 4 matrix cells;
    // 8 crossings and 3 legend marks on the timeline.
    expect(count(markup, /class="chart-bar"/g)).toBe(12);
    expect(count(markup, /class="chart-cell"/g)).toBe(16);
    expect(count(markup, /class="chart-point"/g)).toBe(11);
    expect(count(markup, /<button /g)).toBe(6);
    expect(count(markup, /<table /g)).toBe(0);
    // Each drawing is named by a title and a description that are in the markup.
    for (const [, labelledBy] of markup.matchAll(/<svg role="img" aria-labelledby="([^"]+)"/g)) {
      for (const id of labelledBy?.split(' ') ?? [])
        expect(markup).toMatch(new RegExp(`<(title|desc) id="${id}">`));
    }
  });

  it('renders chart and table together, with no button, for the report', () => {
    const markup = renderToStaticMarkup(charts('both'));
    expect(count(markup, /<svg /g)).toBe(6);
    expect(count(markup, /class="chart-bar"/g)).toBe(12);
    expect(count(markup, /<table /g)).toBe(6);
    expect(markup).toContain('<th scope="row" title="ms-a">Member State A</th><td>3</td><td>2</td>');
    expect(markup).toContain('<caption>Legal-clock compliance (scenario time)</caption>');
    expect(count(markup, /<button /g)).toBe(0);
  });

  it('speaks the language chosen', () => {
    useUiStore.setState({ language: 'nl' });
    render(charts());
    expect(
      screen.getByRole('figure', { name: 'Bevestigingstijd per rol (scenariotijd)' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Tabel tonen' })).toHaveLength(6);
  });

  it('passes axe’s checks in both views', async () => {
    const { container } = render(
      <>
        {charts()}
        {charts('both')}
      </>,
    );
    expect(container.querySelectorAll('svg')).toHaveLength(12);
    expect(container.querySelectorAll('table')).toHaveLength(6);
    expect(container.querySelectorAll('button')).toHaveLength(6);
    const results = await axe.run(container, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      // A fragment, not a page: its landmarks and headings are the review screen's to give.
      rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
    });
    const findings = results.violations
      .filter((violation) => ['critical', 'serious', 'moderate'].includes(violation.impact ?? ''))
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(findings).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  });
});
