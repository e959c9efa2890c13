import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StationDecision, StationRoster } from '../../core/index';
import { stationEvent } from '../../test/fixtures/station-events';
import type { SendCommand } from '../components/index';
import { DecisionPanel } from './DecisionPanel';

const open = (machine: string, event: string, title: string): StationDecision => ({
  machine,
  instance: null,
  newCase: false,
  event,
  title,
  fields: [],
  consequences: { description: title, consequences: [], items: [] },
  caseLabel: null,
});

const roster = {
  exerciseId: 'ex-1',
  role: 'ms-a',
  roles: [],
  recipients: [],
  markings: [],
  mechanisms: [
    {
      id: 'ipcr',
      title: 'IPCR',
      caseLabel: null,
      decisions: [{ event: 'ACTIVATE_FULL', title: 'Activate in full mode' }],
    },
  ],
} satisfies StationRoster;

const taken = (decisionId: string, machine: string, event: string, instance: string | null) =>
  stationEvent(
    'decision.taken',
    { decisionId, actorKey: machine, machine, instance, event, fields: {}, rationale: `Why ${decisionId}` },
    { actingAs: 'ms-a', streamSeq: decisionId === 'D-1' ? 61 : 62 },
  );

const events = [
  taken('D-1', 'ipcr', 'ACTIVATE_FULL', null),
  taken('D-2', 'ucpm', 'REQUEST_ASSISTANCE', 'ms-a'),
  stationEvent('decision.voided', { decisionId: 'D-2', reason: 'Wrong case' }, { streamSeq: 63 }),
];

function show(
  decisions: StationDecision[],
  send: SendCommand = (async () => ({ ok: true, commandId: 'c', seqs: [1] })) as SendCommand,
) {
  render(
    <DecisionPanel
      role="ms-a"
      decisions={decisions}
      events={events}
      roster={roster}
      roles={[]}
      markings={[]}
      send={send}
      locked={null}
      timeOf={(ms) => `T+${ms / 1000}s`}
    />,
  );
  return screen.getByRole('region', { name: 'Decisions open to you' });
}

describe('DecisionPanel', () => {
  it('lists the decisions taken, newest first, with the roster’s titles, their case, time, rationale and voiding', () => {
    const panel = show([]);
    expect(
      within(panel).getByText('No decision is open to your role in the current state of the playbook.'),
    ).toBeInTheDocument();
    const history = within(panel)
      .getAllByRole('listitem')
      .map((entry) => entry.textContent);
    expect(history).toEqual([
      'REQUEST_ASSISTANCE — Case: ms-a at T+62sWhy D-2Voided by the controller: Wrong case',
      'Activate in full mode at T+61sWhy D-1',
    ]);
  });

  it('shows up to three open decisions unfolded, and more than three folded', () => {
    const three = [open('a', 'A', 'Alpha'), open('b', 'B', 'Bravo'), open('c', 'C', 'Charlie')];
    const panel = show(three);
    expect(within(panel).getByRole('button', { name: 'Alpha' })).toHaveAttribute('aria-expanded', 'true');
    document.body.innerHTML = '';
    const more = show([...three, open('d', 'D', 'Delta')]);
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta'])
      expect(within(more).getByRole('button', { name: title })).toHaveAttribute('aria-expanded', 'false');
  });

  it('announces a decision once it is taken', async () => {
    const user = userEvent.setup();
    const panel = show([open('ipcr', 'ACTIVATE_FULL', 'Activate in full mode')]);
    await user.type(within(panel).getByLabelText('Rationale (required)'), 'Now');
    await user.click(within(panel).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(panel).getByRole('button', { name: 'Take the decision' }));
    await waitFor(() =>
      expect(within(panel).getAllByText('Decision taken: Activate in full mode')).toHaveLength(2),
    );
  });
});
