import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../../test/fixtures/host-world';
import { miniScenarioText } from '../../../test/fixtures/fixtures';
import { MselPanel } from './MselPanel';

afterEach(closeHostWorlds);

/**
 * jsdom lays nothing out and does not scroll: give elements a viewport height and a content height, and let
 * scrollTo move scrollTop and fire `scroll` as a browser does, so the virtualizer sees a window move.
 */
const VIEWPORT = 600;
const offsets = new WeakMap<Element, number>();
const saved = ['clientHeight', 'scrollHeight', 'scrollTop', 'scrollTo'].map(
  (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
);
beforeAll(() => {
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => VIEWPORT },
    // Content height: the tallest child's inline height (the virtualizer's spacer sets one).
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        const heights = [...this.children].map(
          (child) => parseFloat((child as HTMLElement).style.height) || 0,
        );
        return Math.max(VIEWPORT, ...heights);
      },
    },
    scrollTop: {
      configurable: true,
      get(this: HTMLElement) {
        return offsets.get(this) ?? 0;
      },
      set(this: HTMLElement, top: number) {
        offsets.set(this, top);
      },
    },
    scrollTo: {
      configurable: true,
      value(this: HTMLElement, options: ScrollToOptions) {
        offsets.set(this, options.top ?? 0);
        this.dispatchEvent(new Event('scroll'));
      },
    },
  });
});
afterAll(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
});

/** The mini scenario with its injects replaced by `count` timed ones, two a minute. */
function scenarioWith(count: number): string {
  const head = miniScenarioText().split('\ninjects:\n')[0] as string;
  const injects = Array.from(
    { length: count },
    (_, index) =>
      `  - { id: GEN-${index + 1}, title: Generated ${index + 1}, at: T+${Math.floor(index / 2)}m, from: press, to: [ms-a, ms-c], channel: news, marking: PUBLIC, text: Item ${index + 1} }`,
  );
  return `${head}\ninjects:\n${injects.join('\n')}\n`;
}

describe('the MSEL at scale', () => {
  it('renders only a window of rows for 5,000 injects, and reaches the last by keyboard', async () => {
    const user = userEvent.setup();
    const world = hostWorld();
    const record = await world.create({
      name: 'Large',
      marking: 'EXERCISE',
      scenario: { id: 'large', title: 'Large', source: { path: 'large.yaml', text: scenarioWith(5000) } },
      roles: {},
    });
    const host = await world.follow(record.exerciseId);
    render(<MselPanel view={host.view} send={host.send} />);
    expect(screen.getByText('5000 of 5000 injects')).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'MSEL injects' });
    expect(grid).toHaveAttribute('aria-rowcount', '5001');
    const rendered = within(grid).getAllByRole('row').length - 1;
    // A 600 px window of 30 px rows plus the overscan: a few dozen, never thousands.
    expect(rendered).toBeGreaterThanOrEqual(VIEWPORT / 30);
    expect(rendered).toBeLessThan(60);
    expect(within(grid).queryByText('GEN-5000')).not.toBeInTheDocument();
    const body = within(grid).getAllByRole('rowgroup')[1] as HTMLElement;
    // A short scroll rewrites the rows that left the view with the ones coming in: no row is created or
    // dropped (each would be garbage for the browser to collect while the controller scrolls).
    act(() => body.scrollTo({ top: 200 * 30 }));
    expect(await within(grid).findByText('GEN-201')).toBeInTheDocument();
    const rowsBefore = within(body).getAllByRole('row');
    act(() => body.scrollTo({ top: 210 * 30 }));
    expect(await within(grid).findByText('GEN-231')).toBeInTheDocument();
    expect(within(grid).queryByText('GEN-195')).not.toBeInTheDocument();
    const rowsAfter = within(body).getAllByRole('row');
    expect(rowsAfter).toHaveLength(rowsBefore.length);
    expect(rowsAfter.every((row) => rowsBefore.includes(row))).toBe(true);
    // Scrolling the list moves the window: rows far down are rendered, the first ones are gone.
    act(() => body.scrollTo({ top: 2500 * 30 }));
    expect(await within(grid).findByText('GEN-2501')).toBeInTheDocument();
    expect(within(grid).queryByText('GEN-1')).not.toBeInTheDocument();
    grid.focus();
    await user.keyboard('{End}');
    const last = await within(grid).findByText('GEN-5000');
    expect(last.closest('[role="row"]')).toHaveAttribute('aria-selected', 'true');
    expect(within(grid).getAllByRole('row').length - 1).toBeLessThan(60);
    host.close();
  });
});
