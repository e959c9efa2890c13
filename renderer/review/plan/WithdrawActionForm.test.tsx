import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { recordingSend } from '../../../test/fixtures/recording-send';
import { WithdrawActionForm } from './WithdrawActionForm';

const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const action = ExerciseReadModels.of(
  [
    logEvent(1, 'corrective-action.added', {
      actionId: 'CA-1',
      what: 'Buy new radios',
      owner: 'ms-c',
      due: null,
      objectiveId: null,
      observationIds: [],
    }),
  ],
  content,
).plan.actions()[0]!;

function renderForm(send: ReturnType<typeof recordingSend>['send'], locked: string | null = null) {
  const onDone = vi.fn();
  const onWithdrawn = vi.fn();
  render(
    <WithdrawActionForm
      action={action}
      send={send}
      locked={locked}
      onDone={onDone}
      onWithdrawn={onWithdrawn}
    />,
  );
  return { form: screen.getByRole('form', { name: 'Withdraw CA-1' }), onDone, onWithdrawn };
}

describe('WithdrawActionForm', () => {
  it('needs a reason, then withdraws the action with it and closes', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { form, onDone, onWithdrawn } = renderForm(send);
    const reason = within(form).getByLabelText('Reason for withdrawing it');
    expect(reason).toHaveFocus();
    await user.type(reason, '  ');
    await user.click(within(form).getByRole('button', { name: 'Withdraw corrective action' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('“Reason for withdrawing it” is required.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
    await user.type(reason, 'Already in the national plan ');
    await user.click(within(form).getByRole('button', { name: 'Withdraw corrective action' }));
    await waitFor(() => expect(onWithdrawn).toHaveBeenCalledOnce());
    expect(onDone).not.toHaveBeenCalled();
    expect(sent).toEqual([
      {
        type: 'corrective-action/withdraw',
        payload: { actionId: 'CA-1', reason: 'Already in the national plan' },
      },
    ]);
  });

  it('shows the engine’s refusal and stays open', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'observers send nothing',
    });
    const user = userEvent.setup();
    const { form, onDone, onWithdrawn } = renderForm(send);
    await user.type(within(form).getByLabelText('Reason for withdrawing it'), 'Done');
    await user.click(within(form).getByRole('button', { name: 'Withdraw corrective action' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Refused: observers send nothing');
    expect(onDone).not.toHaveBeenCalled();
    expect(onWithdrawn).not.toHaveBeenCalled();
  });

  it('is switched off while recording is off, but can be closed', async () => {
    const user = userEvent.setup();
    const { form, onDone, onWithdrawn } = renderForm(recordingSend().send, 'Host unreachable');
    expect(within(form).getByLabelText('Reason for withdrawing it')).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Withdraw corrective action' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledOnce();
    expect(onWithdrawn).not.toHaveBeenCalled();
  });
});
