// One figure, one definition: the console's Coordination and Expected actions panels and the evaluator's
// metrics, rendered over a journal, show the figures that metrics.json and summary.md of the CLI run that
// wrote the journal give. The journal is the PACE-style campaign's doctrine run, restored as a backup.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExerciseReadModels, type ExerciseMetrics, type StationState } from '../../core/index';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { CoordinationPanel, ExpectedActionsPanel } from '../../renderer/console/board/index';
import { EvaluatorScreen } from '../../renderer/evaluator/index';
import { ReviewScreen } from '../../renderer/review/index';
import { runCli } from '../fixtures/cli-harness';
import { closeHostWorlds, hostWorld, type FollowedExercise } from '../fixtures/host-world';

// The report's log: these tests save no export, so no event list is read.
const NO_LOG = { marking: 'EXERCISE', events: () => [] };

let metrics: ExerciseMetrics;
let summary: string;
let host: FollowedExercise;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'pbsim-figures-'));
  const scenario = path.join(PROJECT_ROOT, 'scenarios/combined-hybrid-campaign');
  const run = await runCli('run', scenario, '--policy', 'doctrine', '--seed', '1', '--out', out);
  if (run.code !== 0) throw new Error(run.all);
  metrics = JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8')) as ExerciseMetrics;
  summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
  const world = hostWorld();
  const text = readFileSync(path.join(out, 'events.jsonl'), 'utf8');
  const restored = await world.host.restore('events.jsonl', text);
  if (!restored.ok) throw new Error(restored.reason);
  host = await world.follow(restored.record.exerciseId);
  // The whole log, not the first page of it.
  await waitFor(() => expect(host.view.historyProgress()).toBeNull());
}, 120_000);

afterAll(closeHostWorlds);

/** The `<dd>` under the `<dt>` that names a figure. */
function figure(label: string, scope: HTMLElement): string {
  const value = within(scope).getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`no figure for ${label}`);
  return value.textContent ?? '';
}

/** " · MARKING n" for each marking that blocked something, as both screens list them after the total. */
const blockedList = (byMarking: Record<string, number>) =>
  Object.entries(byMarking)
    .map(([marking, count]) => ` · ${marking} ${count}`)
    .join('');

describe('the figures of a journal agree everywhere', () => {
  it('is a run with exchanges across the EU–NATO line to compare', () => {
    // Proof the comparison below is not of zeros: a PACE-style doctrine run shows EU↔NATO exchanges.
    expect(metrics.exchange.euNato.exchanges).toBeGreaterThan(0);
    expect(metrics.expectedActions.released).toBeGreaterThan(50);
  });

  it('Coordination shows metrics.json’s EU↔NATO figures, blocked markings, hit rate and acknowledgement', () => {
    render(<CoordinationPanel view={host.view} />);
    const { euNato, blockedByMarking } = metrics.exchange;
    const link = screen.getByRole('region', { name: 'EU–NATO link' });
    expect(figure('EU↔NATO exchanges', link)).toBe(
      `${euNato.exchanges} (${euNato.messages} messages, ${euNato.products} link products)`,
    );
    expect(figure('Blocked at the EU↔NATO line', link)).toBe(String(euNato.blocked));
    expect(figure('Scripted injects across the EU↔NATO line', link)).toBe(String(euNato.scriptedInjects));
    expect(figure('Deliveries and link products blocked by marking', link)).toBe(
      `${metrics.exchange.blockedTotal}${blockedList(blockedByMarking)}`,
    );

    const live = screen.getByRole('region', { name: 'Live metrics' });
    const { byStatus, released, hitRate } = metrics.expectedActions;
    expect(live).toHaveTextContent(
      `${Math.round((hitRate ?? 0) * 100)}% — met ${byStatus.met}, marked met ${byStatus['marked-met']} of ${released} released; missed ${byStatus.missed}, marked unmet ${byStatus['marked-unmet']}, open ${byStatus.open}`,
    );
    const ack = within(live).getByRole('table', { name: 'Acknowledgement latency per role' });
    const rows = within(ack).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(metrics.acknowledgement.length);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(cells.map(([delivered, acknowledged]) => [Number(delivered), Number(acknowledged)])).toEqual(
      metrics.acknowledgement.map((row) => [row.delivered, row.acknowledged]),
    );
  });

  it('Expected actions shows metrics.json’s counts', () => {
    render(<ExpectedActionsPanel view={host.view} send={host.send} />);
    const { byStatus, released } = metrics.expectedActions;
    expect(
      screen.getByText(
        `${released} released: ${byStatus.met + byStatus['marked-met']} met, ${byStatus.open} open, ${byStatus.missed + byStatus['marked-unmet']} missed or marked not met`,
      ),
    ).toBeInTheDocument();
    // One row per released expected action.
    expect(screen.getAllByRole('row')).toHaveLength(released + 1);
  });

  it('the evaluator station, from its own stream, shows the same figures', async () => {
    const view = host.view.stationView('lead-evaluator');
    const state: StationState = {
      role: view.role,
      events: view.events,
      mechanisms: view.mechanisms,
      openDecisions: view.openDecisions,
      clock: null,
      heading: view.exercise,
      roster: null,
      hostOnline: true,
      lastHostWallMs: null,
      pending: [],
      refusal: null,
      copy: null,
      unhosted: null,
    };
    render(
      <EvaluatorScreen
        state={state}
        heading={view.exercise}
        send={(type, payload) => host.command(type, payload)}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Live metrics' }));
    const panel = screen.getByRole('region', { name: 'Live metrics' });
    const { expectedActions, exchange } = metrics;
    expect(figure('Expected-action hit rate', panel)).toBe(
      `${Math.round((expectedActions.hitRate ?? 0) * 100)} %`,
    );
    expect(figure('Expected actions released', panel)).toBe(String(expectedActions.released));
    const statuses = within(panel).getByText('Expected actions by status', { selector: 'dt' })
      .nextElementSibling as HTMLElement;
    expect(figure('Met', statuses)).toBe(String(expectedActions.byStatus.met));
    expect(figure('Marked met', statuses)).toBe(String(expectedActions.byStatus['marked-met']));
    expect(figure('Missed', statuses)).toBe(String(expectedActions.byStatus.missed));
    expect(figure('Open', statuses)).toBe(String(expectedActions.byStatus.open));
    expect(figure('Contingency injects released', panel)).toBe(String(expectedActions.contingenciesReleased));
    const { euNato } = exchange;
    expect(figure('EU↔NATO exchanges', panel)).toBe(
      `${euNato.exchanges} (${euNato.messages} messages, ${euNato.products} link products)`,
    );
    expect(figure('Blocked at the EU↔NATO line', panel)).toBe(String(euNato.blocked));
    expect(figure('Scripted injects across the EU↔NATO line', panel)).toBe(String(euNato.scriptedInjects));
    expect(figure('Deliveries and link products blocked by marking', panel)).toBe(
      `${exchange.blockedTotal}${blockedList(exchange.blockedByMarking)}`,
    );
  });

  it('the review’s charts, read as tables, show metrics.json’s figures', async () => {
    const user = userEvent.setup();
    const models = ExerciseReadModels.of(host.view.events, host.view.content);
    render(<ReviewScreen models={models} log={NO_LOG} send={host.send} locked={null} initialView="charts" />);
    const table = async (name: RegExp) => {
      const chart = screen.getByRole('figure', { name });
      await user.click(within(chart).getByRole('button', { name: 'Show table' }));
      return within(chart)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent ?? ''),
        );
    };
    const byRole = (rows: string[][]) =>
      rows.map(([delivered, acknowledged]) => `${delivered}/${acknowledged}`).sort();
    expect(byRole(await table(/^Acknowledgement latency/))).toEqual(
      metrics.acknowledgement.map((row) => `${row.delivered}/${row.acknowledged}`).sort(),
    );
    const statuses = await table(/^Expected-action outcomes/);
    expect(statuses.map(([count]) => Number(count)).reduce((a, b) => a + b, 0)).toBe(
      metrics.expectedActions.released,
    );
    // From, to, messages, injects, products, blocked: one row per edge between organisations.
    const edges = await table(/^Coordination between organisations/);
    expect(edges).toHaveLength(metrics.exchange.edges.length);
    const sum = (rows: string[][], column: number) =>
      rows.reduce((total, row) => total + Number(row[column]), 0);
    const edgeSum = (key: 'messages' | 'injects' | 'products' | 'blocked') =>
      metrics.exchange.edges.reduce((total, edge) => total + edge[key], 0);
    expect([sum(edges, 1), sum(edges, 2), sum(edges, 3), sum(edges, 4)]).toEqual([
      edgeSum('messages'),
      edgeSum('injects'),
      edgeSum('products'),
      edgeSum('blocked'),
    ]);
    // Kind, from, to, marking, outcome: what crossed is metrics.json's exchanges and scripted injects, what a
    // marking stopped its EU↔NATO blocked.
    const crossings = await table(/^Exchanges across the EU↔NATO line/);
    const { euNato } = metrics.exchange;
    expect(crossings.filter((row) => row[4] === 'delivered')).toHaveLength(
      euNato.exchanges + euNato.scriptedInjects,
    );
    expect(crossings.filter((row) => row[4] === 'blocked')).toHaveLength(euNato.blocked);
    expect(await table(/^Legal-clock compliance/)).toHaveLength(metrics.legalClocks.windows.length);
  });

  it('summary.md states the same figures at a glance', () => {
    const { euNato, blockedTotal } = metrics.exchange;
    const { byStatus, released } = metrics.expectedActions;
    expect(summary).toContain(
      `- EU↔NATO exchanges: ${euNato.exchanges} (${euNato.messages} messages, ${euNato.products} link products); blocked at the line ${euNato.blocked}; scripted injects across the line ${euNato.scriptedInjects}.`,
    );
    expect(summary).toContain(`- Deliveries and link products blocked by marking: ${blockedTotal}.`);
    expect(summary).toContain(
      `- Expected actions: ${byStatus.met + byStatus['marked-met']} met of ${released} released`,
    );
  });
});
