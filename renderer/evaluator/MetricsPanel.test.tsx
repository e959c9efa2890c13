import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type ExerciseEvent } from '../../core/index';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { MetricsPanel } from './MetricsPanel';

/** The mini fixture played by hand; the figures the panel must show are worked out beside each step. */
async function playedLog() {
  const h = await Harness.create();
  await h.startAtMaxSpeed(); //                                                  T+0  INJ-1 to ms-a and ms-c
  await h.jumpTo(1 * HOUR);
  await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c'); //         ms-c acknowledges after 1 h
  await h.jumpTo(2 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a'); // meets EA-1; notify 2 h
  return h;
}

const figureOf = (panel: HTMLElement, term: string) =>
  within(panel).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('MetricsPanel', () => {
  it('shows the stages, expected actions and acknowledgement latency of the evaluator’s stream', async () => {
    const h = await playedLog();
    const models = new ReadModelFeed(h.engine.content, (event: ExerciseEvent) => event).advance(
      h.engine.events,
    );
    render(<MetricsPanel models={models} />);
    const panel = screen.getByRole('region', { name: 'Live metrics' });
    expect(panel).toHaveTextContent(
      `From the ${h.engine.events.length} events that reached this evaluator station.`,
    );

    const stages = within(panel).getByRole('table', { name: 'Response stages (scenario time)' });
    const total = within(stages)
      .getByRole('rowheader', { name: 'All mechanisms' })
      .closest('tr') as HTMLElement;
    // Columns T_detect, T_notify, …: nothing detected; notification 2 h after the first delivery.
    expect(
      within(total)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 2),
    ).toEqual(['—', '2h']);

    // INJ-1 released two expected actions: EA-1 met by the rapid alert, EA-2 (12 h) still open.
    expect(figureOf(panel, 'Expected actions released')).toBe('2');
    expect(figureOf(panel, 'Met')).toBe('1');
    expect(figureOf(panel, 'Open')).toBe('1');

    const latency = within(panel).getByRole('table', { name: 'Acknowledgement latency per role' });
    // Roles by their titles (the id stays on hover).
    const msC = within(latency).getByRole('cell', { name: 'Member State C' }).closest('tr') as HTMLElement;
    expect(
      within(msC)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['Member State C', '1', '1', '1h']);
    expect(within(msC).getByTitle('ms-c')).toHaveTextContent('Member State C');
    expect(panel).not.toHaveTextContent(/\bms-[ac]\b/);
  });
});
