// The playbook board with its parts: the states with who moved them (describeMover, eventTitle), the
// OpenDecisions of each role, a mechanism's TransitionLog, and voiding a decision in the VoidDialog.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld, type FollowedExercise } from '../../../test/fixtures/host-world';
import { isEvent } from '../../../core/index';
import { PlaybookBoard } from './PlaybookBoard';

afterEach(closeHostWorlds);

async function startedHost(): Promise<FollowedExercise> {
  const host = await hostWorld().openHost();
  await host.command('exercise/speed', { speed: 'max' });
  await host.command('exercise/start', {});
  return host;
}

const rowOf = (mechanism: string) =>
  screen.getByRole('rowheader', { name: mechanism }).closest('tr') as HTMLElement;

describe('the playbook board', () => {
  it('shows each mechanism state, who moved it, why, and the decisions open to each role', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    await host.command(
      'decision/take',
      { machine: 'crisis', event: 'RAPID_ALERT', rationale: 'Port explosion' },
      { role: 'ms-a' },
    );
    render(<PlaybookBoard view={host.view} send={host.send} />);
    const crisis = rowOf('Crisis arrangements');
    // The state reads as its label (the mini playbook's v1 states get their names spelt out); the id is
    // only the tooltip.
    expect(within(crisis).getByText('Sharing')).toHaveAttribute('title', expect.stringMatching(/^sharing/));
    expect(within(crisis).queryByText('sharing')).toBeNull();
    expect(crisis).toHaveTextContent('Send a rapid alert');
    expect(within(crisis).getByText('Member State A')).toHaveClass('board-mover');
    expect(rowOf('Solidarity request')).toHaveTextContent('no case opened');
    expect(screen.getByText('This playbook has no phase orchestrator.')).toBeInTheDocument();

    expect(within(crisis).queryByRole('table')).toBeNull();
    await user.click(within(crisis).getByRole('button', { name: 'Transitions (1)' }));
    const log = within(crisis).getByRole('table', { name: 'Transitions of Crisis arrangements' });
    expect(log).toHaveTextContent('Standby → Sharing');
    expect(log).toHaveTextContent('Port explosion');

    const presidency = screen.getByRole('list', { name: 'Open decisions: Presidency' });
    expect(within(presidency).getByText(/Escalate to full/)).toBeInTheDocument();
    host.close();
  });

  it('voids a decision only with a reason, and shows it voided', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    await host.command('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, { role: 'ms-a' });
    const decisionId = host.view.events.find((event) => isEvent(event, 'decision.taken'))?.payload.decisionId;
    render(<PlaybookBoard view={host.view} send={host.send} />);
    const crisis = rowOf('Crisis arrangements');
    await user.click(within(crisis).getByRole('button', { name: 'Transitions (1)' }));
    // The log names the decision by its title; its id is there for control, on hover.
    const log = within(crisis).getByRole('table', { name: 'Transitions of Crisis arrangements' });
    expect(log).not.toHaveTextContent(String(decisionId));
    expect(within(log).getByTitle(`RAPID_ALERT · ${String(decisionId)}`)).toHaveTextContent(
      'Send a rapid alert',
    );
    await user.click(within(crisis).getByRole('button', { name: /^Void the decision “Send a rapid alert”/ }));

    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByLabelText('Reason for voiding (required, shown in the log)');
    expect(reason).toHaveFocus();
    const confirm = within(dialog).getByRole('button', { name: 'Void the decision' });
    expect(confirm).toBeDisabled();
    await user.type(reason, 'Played out of turn');
    await user.click(confirm);

    await waitFor(() =>
      expect(host.view.events.find((event) => event.type === 'decision.voided')?.payload).toEqual({
        decisionId,
        reason: 'Played out of turn',
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(within(rowOf('Crisis arrangements')).getByText('Standby')).toBeInTheDocument(),
    );
    expect(rowOf('Crisis arrangements')).toHaveTextContent('voided: Played out of turn');
    expect(
      within(rowOf('Crisis arrangements')).queryByRole('button', {
        name: /^Void the decision “Send a rapid alert”/,
      }),
    ).toBeNull();
    host.close();
  });

  it('closes the void dialog on Escape without sending, and shows the engine refusing an older decision', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    await host.command('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, { role: 'ms-a' });
    await host.command(
      'decision/take',
      { machine: 'crisis', event: 'ESCALATE', fields: { reason: 'Spreading' } },
      { role: 'presidency' },
    );
    const [first] = host.view.events.filter((event) => isEvent(event, 'decision.taken'));
    const firstId = first?.payload.decisionId ?? '';
    render(<PlaybookBoard view={host.view} send={host.send} />);
    const crisis = rowOf('Crisis arrangements');
    await user.click(within(crisis).getByRole('button', { name: 'Transitions (2)' }));
    await user.click(within(crisis).getByRole('button', { name: /^Void the decision “Send a rapid alert”/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      within(crisis).getByRole('button', { name: /^Void the decision “Send a rapid alert”/ }),
    ).toHaveFocus();

    await user.click(within(crisis).getByRole('button', { name: /^Void the decision “Send a rapid alert”/ }));
    await user.type(screen.getByLabelText(/Reason for voiding/), 'Wrong role');
    await user.click(screen.getByRole('button', { name: 'Void the decision' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Refused: ${firstId} cannot be voided: only the latest decision on a mechanism can be`,
    );
    expect(host.view.events.some((event) => event.type === 'decision.voided')).toBe(false);
    host.close();
  });
});
