import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentLibrary } from '../content/index';
import { useUiStore } from '../state/index';
import { evaluatorWorld, HOUR, LiveEvaluator } from '../../test/fixtures/evaluator-world';

type World = Awaited<ReturnType<typeof evaluatorWorld>>;
let world: World | null = null;

async function openStation(jumpToMs: number): Promise<World> {
  world = await evaluatorWorld();
  await world.startAndJump(jumpToMs);
  render(<LiveEvaluator client={world.client} />);
  await screen.findByRole('heading', { name: 'Evaluation guide' });
  return world;
}

/** The guide's row of one expected action: its id and the start of what it expects. */
function actionRow(actionId: string, expected: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find(
      (candidate) => candidate.textContent?.startsWith(actionId) && candidate.textContent.includes(expected),
    );
  if (!row) throw new Error(`no row for ${actionId} (${expected})`);
  return row;
}

/** A figure of the metrics: the `<dd>` under the `<dt>` that names it (inside `scope`, when given). */
function figure(label: string, scope: HTMLElement = document.body): HTMLElement {
  const term = within(scope).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`no figure for ${label}`);
  return value;
}

afterEach(async () => {
  await act(async () => {
    await world?.close();
  });
  world = null;
  useUiStore.getState().setLanguage('en');
});

// The whole bundled playbook and a 44-inject scenario: loading and rendering them takes seconds in jsdom.
/** ms-affected's title in the bundled playbook: the metrics name roles by their titles. */
const AFFECTED = 'Affected Member State: national crisis centre and government';

describe('evaluator station', () => {
  beforeAll(() => {
    contentLibrary();
  });

  it('shows the guide per objective with evaluator notes, and met and missed from the stream', async () => {
    const { command } = await openStation(6 * HOUR);
    const decision = await command(
      'decision/take',
      {
        machine: 'health-security',
        event: 'EWRS_ALERT',
        fields: { summary: 'Cluster of suspected organophosphate poisoning', threatType: 'biological' },
      },
      'ms-affected-health',
    );
    expect(decision.ok).toBe(true);
    await command('exercise/jump-to', { scenarioMs: 12 * HOUR });
    expect(await screen.findAllByText(/A quiet start, as in the real case/)).not.toHaveLength(0);
    await waitFor(() =>
      expect(
        within(actionRow('EA-1', 'Playbook decision: health-security EWRS_ALERT')).getByText('Met'),
      ).toBeVisible(),
    );
    // INJ-003 EA-2 is free text with a 6 h window from T+5h: it passed unmarked at T+11h.
    expect(
      within(actionRow('EA-2', 'Activate national CBRN arrangements')).getByText('Missed'),
    ).toBeVisible();
    // INJ-004 (T+16h) has not been released yet.
    const inject4 = screen.getAllByRole('heading', { name: /^INJ-004 · / })[0]?.parentElement as HTMLElement;
    expect(within(inject4).getByText('Not released')).toBeVisible();
    expect(screen.getByRole('heading', { name: /Notify the chemical threat early/ })).toBeVisible();
  });

  it('marks a free-text expected action met with a note', async () => {
    const { engine } = await openStation(6 * HOUR);
    const user = userEvent.setup();
    // Released at T+0 with a 12 h window: still open at T+6h.
    expect(within(actionRow('EA-1', 'National Crisis Centre logs')).getByText('Open')).toBeVisible();
    const form = screen.getByRole('group', { name: 'Mark EA-1 of INJ-001' });
    await user.type(within(form).getByLabelText('Note (optional)'), 'Logged at 16:20');
    await user.click(within(form).getByRole('button', { name: 'Mark met' }));
    await waitFor(() =>
      expect(within(actionRow('EA-1', 'National Crisis Centre logs')).getByText('Marked met')).toBeVisible(),
    );
    const marked = engine.events.filter((event) => event.type === 'expected-action.marked');
    expect(marked.map((event) => event.payload)).toEqual([
      { injectId: 'INJ-001', actionId: 'EA-1', met: true, note: 'Logged at 16:20' },
    ]);
    expect(
      within(actionRow('EA-1', 'National Crisis Centre logs')).getByText(/Logged at 16:20/),
    ).toBeVisible();
  });

  it('records an observation linked to an objective and an inject, and amends it with a reason', async () => {
    const { engine } = await openStation(6 * HOUR);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.selectOptions(screen.getByLabelText('Kind'), 'strength');
    await user.selectOptions(screen.getByLabelText('Objective'), 'obj-shared-awareness');
    await user.selectOptions(
      screen.getByLabelText('Inject (optional)'),
      'Two people collapsed on a bench in Caddersby',
    );
    await user.type(screen.getByLabelText('What you observed'), 'The NCC linked the symptoms to a chemical');
    await user.click(screen.getByRole('button', { name: 'Record observation' }));

    const strengths = await screen.findByRole('region', { name: 'Strengths (1)' });
    expect(within(strengths).getByText('The NCC linked the symptoms to a chemical')).toBeVisible();
    // Its links read in words: the inject by its title, never its id.
    expect(within(strengths).getByText('inject Two people collapsed on a bench in Caddersby')).toBeVisible();
    expect(strengths).not.toHaveTextContent('INJ-001');
    const recorded = engine.events.find((event) => event.type === 'observation.recorded');
    expect(recorded?.payload).toMatchObject({
      objectiveId: 'obj-shared-awareness',
      kind: 'strength',
      injectId: 'INJ-001',
      text: 'The NCC linked the symptoms to a chemical',
    });

    await user.click(within(strengths).getByRole('button', { name: /^Amend OBS-/ }));
    const text = screen.getByLabelText('Amended text');
    expect(text).toHaveFocus();
    await user.clear(text);
    await user.type(text, 'The NCC linked the responders’ symptoms to a chemical agent');
    await user.type(screen.getByLabelText('Reason for the amendment'), 'more precise');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));

    expect(
      await within(strengths).findByText('The NCC linked the responders’ symptoms to a chemical agent', {
        selector: '.observation-text',
      }),
    ).toBeVisible();
    expect(within(strengths).getByText('Amended')).toBeVisible();
    expect(within(strengths).getByText('History (1 amendments)')).toBeInTheDocument();
    expect(within(strengths).getByText(/reason: more precise/)).toBeInTheDocument();
    expect(engine.events.find((event) => event.type === 'observation.amended')?.payload).toMatchObject({
      reason: 'more precise',
      text: 'The NCC linked the responders’ symptoms to a chemical agent',
    });
  });

  it('refuses a rating without a justification, and gives one with it', async () => {
    const { engine } = await openStation(HOUR);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ratings' }));
    const form = screen.getByRole('form', { name: /^Rate Notify the chemical threat early/ });
    await user.click(within(form).getByLabelText('S — some challenges'));
    await user.click(within(form).getByRole('button', { name: 'Give rating' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('A rating needs a justification.');
    expect(engine.events.some((event) => event.type === 'rating.given')).toBe(false);

    await user.type(within(form).getByLabelText('Justification'), 'EWRS alert late by two hours');
    await user.click(within(form).getByRole('button', { name: 'Give rating' }));
    expect(await screen.findByText('EWRS alert late by two hours')).toBeVisible();
    expect(engine.events.find((event) => event.type === 'rating.given')?.payload).toEqual({
      objectiveId: 'obj-health-alert',
      rating: 'S',
      rationale: 'EWRS alert late by two hours',
    });
  });

  it('shows live metrics computed from the evaluator stream', async () => {
    const { command } = await openStation(6 * HOUR);
    await command('inject/acknowledge', { injectId: 'INJ-001' }, 'ms-affected');
    const mark = { injectId: 'INJ-001', actionId: 'EA-1', met: true };
    expect((await command('expected-action/mark', mark, 'lead-evaluator')).ok).toBe(true);
    // One message crosses the EU–NATO line; the EU-only one is stopped at it.
    const liaison = (marking: string, subject: string) =>
      command('message/send', { to: ['nato-liaison'], marking, subject, body: subject }, 'eu-liaison-nato');
    expect((await liaison('PUBLIC', 'Sitrep')).ok).toBe(true);
    expect((await liaison('EU-ONLY', 'Internal')).ok).toBe(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Live metrics' }));
    const acknowledgement = await screen.findByRole('table', { name: 'Acknowledgement latency per role' });
    const row = within(acknowledgement)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.startsWith(AFFECTED));
    // INJ-001, INJ-002 and INJ-003 reached ms-affected; INJ-001 (T+0) was acknowledged at T+6h.
    await waitFor(() =>
      expect(
        within(row as HTMLElement)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((cell) => cell.textContent),
      ).toEqual([AFFECTED, '3', '1', '6h']),
    );
    expect(screen.getByRole('table', { name: 'Response stages (scenario time)' })).toBeVisible();
    // The blocked message was the last event sent: once it is counted, everything before it is too.
    await waitFor(() => expect(figure('Blocked at the EU↔NATO line')).toHaveTextContent(/^1$/));
    expect(figure('Expected-action hit rate')).toHaveTextContent('33 %');
    // INJ-001 EA-1 and INJ-003 EA-1 and EA-2 are released: one marked met, two still open.
    expect(figure('Expected actions released')).toHaveTextContent(/^3$/);
    const byStatus = figure('Expected actions by status');
    expect(figure('Open', byStatus)).toHaveTextContent(/^2$/);
    expect(figure('Marked met', byStatus)).toHaveTextContent(/^1$/);
    expect(figure('Met', byStatus)).toHaveTextContent(/^0$/);
    expect(figure('EU↔NATO exchanges')).toHaveTextContent(/^1 \(1 messages, 0 link products\)$/);
    expect(figure('Scripted injects across the EU↔NATO line')).toHaveTextContent(/^0$/);
    expect(figure('Deliveries and link products blocked by marking')).toHaveTextContent(/^1 · EU-ONLY 1$/);
  });

  it('filters the event stream by type', async () => {
    await openStation(6 * HOUR);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Event stream' }));
    // The panel's own count (the screen says what the host did to the copy in a status line of its own).
    const count = () => within(screen.getByRole('region', { name: 'Event stream' })).getByRole('status');
    const total = Number(/of (\d+) events/.exec(count().textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await user.selectOptions(screen.getByLabelText('Event type'), 'Inject released');
    expect(count()).toHaveTextContent(new RegExp(`^3 of ${total} events$`));
  });

  it('covers the screen while a safety stop is on, until it is lifted', async () => {
    const { command } = await openStation(HOUR);
    await command('exercise/no-play', { on: true, notice: 'Real fire alarm in building B' });
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Real fire alarm in building B');
    await command('exercise/no-play', { on: false });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('speaks Dutch when the language is nl', async () => {
    useUiStore.getState().setLanguage('nl');
    world = await evaluatorWorld();
    await world.startAndJump(HOUR);
    render(<LiveEvaluator client={world.client} />);
    expect(await screen.findByRole('heading', { name: 'Evaluatiegids' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Waarnemingen' })).toBeVisible();
    expect(screen.getAllByText('Aantekeningen voor evaluatoren:').length).toBeGreaterThan(0);
    // The shared words for where an expected action stands (INJ-004 comes at T+16h).
    expect(screen.getAllByText('Niet vrijgegeven').length).toBeGreaterThan(0);
  });
});
