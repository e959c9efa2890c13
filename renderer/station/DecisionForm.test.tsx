import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OpenDecision } from '../../core/index';
import type { SendCommand } from '../components/index';
import { DecisionForm } from './DecisionForm';
import { recordingSend } from '../../test/fixtures/recording-send';

const decision: OpenDecision = {
  machine: 'ucpm',
  instance: null,
  newCase: true,
  event: 'REQUEST_ASSISTANCE',
  title: 'Request assistance',
  fields: [{ name: 'teams', label: 'Teams', type: 'number', required: true }],
};

const consequences = {
  description: 'Ask the Union for help',
  consequences: ['UCPM moves to “request received”'],
  items: [
    {
      kind: 'enters' as const,
      machineTitle: 'UCPM',
      state: { path: 'requestReceived', name: 'request received', description: null },
      condition: null,
      note: null,
    },
  ],
};

function show(send: SendCommand, change: { locked?: string; initiallyOpen?: boolean } = {}) {
  const taken: string[] = [];
  render(
    <DecisionForm
      decision={decision}
      formId="decision-ucpm"
      consequences={consequences}
      instanceLabel="requesting Member State"
      roles={[]}
      markings={[]}
      send={send}
      locked={change.locked ?? null}
      onTaken={(title) => taken.push(title)}
      initiallyOpen={change.initiallyOpen ?? true}
    />,
  );
  return { form: screen.getByRole('form', { name: 'Request assistance' }), taken };
}

describe('DecisionForm', () => {
  it('shows what the decision does, then asks for confirmation before it sends the decision', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { form, taken } = show(send);
    expect(form).toHaveTextContent('Ask the Union for help');
    expect(form).toHaveTextContent('UCPM moves to “request received”');
    await user.type(within(form).getByLabelText('requesting Member State (the new case)'), ' ms-a ');
    await user.type(within(form).getByLabelText('Teams (required)'), '4');
    await user.type(within(form).getByLabelText('Rationale (required)'), '  Fires out of control ');
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    const confirm = within(form).getByRole('group', { name: 'Confirm: Request assistance' });
    expect(sent).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Take the decision' }));
    await waitFor(() => expect(taken).toEqual(['Request assistance']));
    expect(sent).toEqual([
      {
        type: 'decision/take',
        payload: {
          machine: 'ucpm',
          instance: 'ms-a',
          event: 'REQUEST_ASSISTANCE',
          fields: { teams: 4 },
          rationale: 'Fires out of control',
        },
      },
    ]);
    expect(within(form).getByLabelText('Rationale (required)')).toHaveValue('');
  });

  it('flags every missing answer at once, each with its message, and puts focus on the first', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { form } = show(send);
    const review = () => user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    const instance = within(form).getByLabelText('requesting Member State (the new case)');
    const teams = within(form).getByLabelText('Teams (required)');
    const rationale = within(form).getByLabelText('Rationale (required)');
    await user.type(rationale, '   ');
    await review();
    expect(within(form).getByRole('alert')).toHaveTextContent('3 required answers are missing');
    const expected: [HTMLElement, string][] = [
      [instance, '“requesting Member State” is required.'],
      [teams, '“Teams” is required.'],
      [rationale, 'Give a rationale before taking the decision.'],
    ];
    for (const [field, message] of expected) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(message);
    }
    expect(instance).toHaveFocus();
    expect(within(form).queryByRole('group', { name: /Confirm/ })).toBeNull();
    // An answer given clears its own flag; the next review flags what is still missing, focus on it.
    await user.type(instance, 'ms-a');
    expect(instance).not.toHaveAttribute('aria-invalid');
    expect(teams).toHaveAttribute('aria-invalid', 'true');
    await review();
    expect(within(form).getByRole('alert')).toHaveTextContent('2 required answers are missing');
    expect(teams).toHaveFocus();
    await user.type(teams, '2');
    await review();
    expect(within(form).getByRole('alert')).toHaveTextContent('One required answer is missing');
    expect(rationale).toHaveFocus();
    expect(rationale).toHaveAccessibleDescription('Give a rationale before taking the decision.');
    expect(sent).toEqual([]);
    await user.type(rationale, 'Fires out of control');
    await review();
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(form).getByRole('button', { name: 'Take the decision' })).toHaveFocus();
  });

  it('goes back from the confirmation without sending, and keeps a refusal with the form filled', async () => {
    const { sent, send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'too late',
    });
    const user = userEvent.setup();
    const { form, taken } = show(send);
    await user.type(within(form).getByLabelText('requesting Member State (the new case)'), 'ms-a');
    await user.type(within(form).getByLabelText('Teams (required)'), '2');
    await user.type(within(form).getByLabelText('Rationale (required)'), 'Now');
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(form).getByRole('button', { name: 'Back' }));
    expect(within(form).queryByRole('group', { name: /Confirm/ })).toBeNull();
    expect(sent).toEqual([]);
    // Focus goes back to the form's own button, not to the page's body.
    expect(within(form).getByRole('button', { name: 'Review the decision' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(form).getByRole('button', { name: 'Take the decision' }));
    expect(await within(form).findByText('Refused: too late')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(form).getByRole('button', { name: 'Review the decision' })).toHaveFocus(),
    );
    expect(sent).toHaveLength(1);
    expect(taken).toEqual([]);
    expect(within(form).getByLabelText('Rationale (required)')).toHaveValue('Now');
  });

  it('shows folded when asked, and opens on its title', async () => {
    const user = userEvent.setup();
    const { form } = show(recordingSend().send, { initiallyOpen: false });
    const toggle = within(form).getByRole('button', { name: 'Request assistance' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(form).getByLabelText('Rationale (required)')).not.toBeVisible();
    await user.click(toggle);
    expect(within(form).getByLabelText('Rationale (required)')).toBeVisible();
  });
});
