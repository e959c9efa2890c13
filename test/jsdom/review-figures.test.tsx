// The review's charts over the hand-built review log (test/fixtures/review-log.ts), read as tables: the figures
// worked out by hand from that log's account, and the same as the metrics of that journal (metrics.json's).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../core/index';
import { ReviewScreen } from '../../renderer/review/index';
import { recordingSend } from '../fixtures/recording-send';
import { reviewModels } from '../fixtures/review-log';

// The report's log: these tests save no export, so no event list is read.
const NO_LOG = { marking: 'EXERCISE', events: () => [] };

async function tableOf(name: RegExp): Promise<string[][]> {
  const chart = screen.getByRole('figure', { name });
  await userEvent.click(within(chart).getByRole('button', { name: 'Show table' }));
  return within(chart)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    ]);
}

describe('the review’s charts on the hand-built log', () => {
  it('show the figures worked out by hand, which are the journal’s metrics', async () => {
    const { h, models } = await reviewModels();
    const metrics = computeMetrics(h.engine.events, h.engine.content);
    const words = { msA: 'Member State A', msC: 'Member State C' };
    render(
      <ReviewScreen
        models={models}
        log={NO_LOG}
        send={recordingSend().send}
        locked={null}
        initialView="charts"
      />,
    );

    // INJ-1 reached ms-a and ms-c at T+0, INJ-3 ms-a at T+5h; only ms-c acknowledged, one hour after.
    const acknowledgement = await tableOf(/^Acknowledgement latency/);
    expect(acknowledgement.find((row) => row[0]?.startsWith(words.msA))).toEqual([
      expect.any(String),
      '2',
      '0',
      '—',
      '—',
    ]);
    expect(acknowledgement.find((row) => row[0]?.startsWith(words.msC))).toEqual([
      expect.any(String),
      '1',
      '1',
      '1h',
      '1h',
    ]);
    expect(
      metrics.acknowledgement.map((row) => [
        row.role,
        row.delivered,
        row.acknowledged,
        row.scenario.medianMs,
      ]),
    ).toEqual([
      ['ms-a', 2, 0, null],
      ['ms-c', 1, 1, 3_600_000],
    ]);

    // INJ-1's two expected actions were released: EA-1 met by the rapid alert at T+2h, EA-2 (12 h) still open.
    const outcomes = await tableOf(/^Expected-action outcomes/);
    expect(outcomes.filter((row) => row[1] !== '0').map((row) => row.slice(0, 3))).toEqual([
      ['Met', '1', '50 %'],
      ['Open', '1', '50 %'],
    ]);
    expect(metrics.expectedActions.byStatus).toMatchObject({ met: 1, open: 1, missed: 0 });

    // One exchange crossed the line: the Presidency's REL-EU-NATO message to the NAC at T+5h. The NAC's
    // NATO-ONLY message to two Member States is national traffic, not EU↔NATO.
    const crossings = await tableOf(/^Exchanges across the EU↔NATO line/);
    expect(crossings).toEqual([['T+05:00:00', 'Message', 'Council', 'NATO', 'REL-EU-NATO', 'delivered']]);
    expect(metrics.exchange.euNato).toEqual({
      exchanges: 1,
      messages: 1,
      products: 0,
      blocked: 0,
      scriptedInjects: 0,
    });

    // Between organisations: the press's INJ-1 to both states, the NAC's INJ-3 and message to State A (its
    // copy to State C blocked: not cleared for NATO-ONLY), the Presidency's message to NATO.
    const edges = await tableOf(/^Coordination between organisations/);
    const edge = (from: string, to: string) =>
      edges.find((row) => row[0] === from && row[1] === to)?.slice(2, 6);
    expect(edge('Council', 'NATO')).toEqual(['1', '0', '0', '0']);
    expect(edge('NATO', 'State A')).toEqual(['1', '1', '0', '0']);
    expect(edge('NATO', 'State C')).toEqual(['0', '0', '0', '1']);
    expect(edges).toHaveLength(metrics.exchange.edges.length);
  });
});
