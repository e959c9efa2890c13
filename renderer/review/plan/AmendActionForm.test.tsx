import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { recordingSend } from '../../../test/fixtures/recording-send';
import { eventWordsFrom } from '../../components/index';
import { AmendActionForm } from './AmendActionForm';
import { planChoices } from './plan-choices';

// The mini scenario: objective obj-alert "Alert partners fast", role ms-a "Member State A".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const models = ExerciseReadModels.of(
  [
    logEvent(1, 'observation.recorded', { observationId: 'OBS-1', text: 'Press line was late' }),
    logEvent(2, 'observation.recorded', {
      observationId: 'OBS-2',
      objectiveId: 'obj-alert',
      text: 'Alert late',
    }),
    logEvent(3, 'corrective-action.added', {
      actionId: 'CA-3',
      what: 'Rehearse the rapid alert',
      owner: 'ms-a',
      due: '2027-03-31',
      objectiveId: 'obj-alert',
      observationIds: ['OBS-2'],
    }),
  ],
  content,
);
const choices = planChoices(models, eventWordsFrom(content));
const action = models.plan.actions()[0]!;

const OWNER = 'Owner: a role or an organisation';

function renderForm(
  options: { send?: ReturnType<typeof recordingSend>['send']; locked?: string | null } = {},
) {
  const onDone = vi.fn();
  render(
    <AmendActionForm
      action={action}
      choices={choices}
      send={options.send ?? recordingSend().send}
      locked={options.locked ?? null}
      onDone={onDone}
    />,
  );
  return { form: screen.getByRole('form', { name: 'Amend CA-3' }), onDone };
}

describe('AmendActionForm', () => {
  it('starts as the action stands, the owner by title, with the keyboard in its first field', () => {
    const { form } = renderForm();
    expect(within(form).getByLabelText('What is to be done')).toHaveValue('Rehearse the rapid alert');
    expect(within(form).getByLabelText('What is to be done')).toHaveFocus();
    expect(within(form).getByLabelText(OWNER)).toHaveValue('Member State A');
    expect(within(form).getByLabelText('Due date (optional)')).toHaveValue('2027-03-31');
    expect(within(form).getByLabelText('Objective it answers (optional)')).toHaveValue('obj-alert');
    expect(within(form).getByRole('checkbox', { name: /Alert late/ })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: /Press line was late/ })).not.toBeChecked();
  });

  it('sends only the fields changed, with the reason, then closes', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { form, onDone } = renderForm({ send });
    await user.clear(within(form).getByLabelText('Due date (optional)'));
    await user.type(within(form).getByLabelText('Due date (optional)'), '2027-05-31');
    await user.click(within(form).getByRole('checkbox', { name: /Press line was late/ }));
    await user.selectOptions(within(form).getByLabelText('Objective it answers (optional)'), '— none —');
    await user.type(within(form).getByLabelText('Reason for the amendment'), ' Agreed at the hot wash ');
    await user.click(within(form).getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(sent).toEqual([
      {
        type: 'corrective-action/amend',
        payload: {
          actionId: 'CA-3',
          changes: { due: '2027-05-31', objectiveId: null, observationIds: ['OBS-1', 'OBS-2'] },
          reason: 'Agreed at the hot wash',
        },
      },
    ]);
  });

  it('asks for a reason and a change, naming them, and sends nothing without', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const { form } = renderForm({ send });
    await user.click(within(form).getByRole('button', { name: 'Save amendment' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      '“Reason for the amendment” is required.Nothing to save: change at least one field.',
    );
    expect(within(form).getByLabelText('Reason for the amendment')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(form).getByLabelText('What is to be done'));
    await user.type(within(form).getByLabelText('Reason for the amendment'), 'Typo');
    await user.click(within(form).getByRole('button', { name: 'Save amendment' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('“What is to be done” is required.');
    expect(sent).toEqual([]);
  });

  it('shows the engine’s refusal and stays open', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-now',
      reason: 'corrective action CA-3 was withdrawn',
      field: 'payload.actionId',
    });
    const user = userEvent.setup();
    const { form, onDone } = renderForm({ send });
    await user.type(within(form).getByLabelText(OWNER), ' and State C');
    await user.type(within(form).getByLabelText('Reason for the amendment'), 'Shared');
    await user.click(within(form).getByRole('button', { name: 'Save amendment' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Refused: corrective action CA-3 was withdrawn (payload.actionId)',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('closes on Cancel and on Escape, also while recording is off, which switches the rest off', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm({ locked: 'Host unreachable' });
    expect(within(form).getByLabelText('What is to be done')).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Save amendment' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onDone).toHaveBeenCalledTimes(2);
  });
});
