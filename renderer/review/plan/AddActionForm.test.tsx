import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { recordingSend } from '../../../test/fixtures/recording-send';
import { eventWordsFrom } from '../../components/index';
import { AddActionForm } from './AddActionForm';
import { planChoices } from './plan-choices';

// The mini scenario: objective obj-alert "Alert partners fast", role ms-a "Member State A".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const choices = planChoices(
  ExerciseReadModels.of(
    [
      logEvent(1, 'observation.recorded', { observationId: 'OBS-1', text: 'Press line was late' }),
      logEvent(2, 'observation.recorded', {
        observationId: 'OBS-2',
        objectiveId: 'obj-alert',
        kind: 'improvement',
        text: 'Alert went out late',
      }),
    ],
    content,
  ),
  eventWordsFrom(content),
);

const OWNER = 'Owner: a role or an organisation';

function renderForm(send = recordingSend().send, locked: string | null = null) {
  render(<AddActionForm choices={choices} send={send} locked={locked} />);
  return screen.getByRole('form', { name: 'Add a corrective action' });
}

describe('AddActionForm', () => {
  it('adds an action with every field, the role picked by title recorded by id, and empties the form', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const form = renderForm(send);
    await user.type(within(form).getByLabelText('What is to be done'), '  Rehearse the rapid alert  ');
    await user.type(within(form).getByLabelText(OWNER), 'Member State A');
    await user.type(within(form).getByLabelText('Due date (optional)'), '2027-06-30');
    await user.selectOptions(
      within(form).getByLabelText('Objective it answers (optional)'),
      'Alert partners fast',
    );
    await user.click(within(form).getByRole('checkbox', { name: /Press line was late/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Alert went out late/ }));
    await user.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          type: 'corrective-action/add',
          payload: {
            what: 'Rehearse the rapid alert',
            owner: 'ms-a',
            due: '2027-06-30',
            objectiveId: 'obj-alert',
            observationIds: ['OBS-1', 'OBS-2'],
          },
        },
      ]),
    );
    await waitFor(() => expect(within(form).getByLabelText('What is to be done')).toHaveValue(''));
    expect(within(form).getByLabelText(OWNER)).toHaveValue('');
    expect(within(form).getByRole('checkbox', { name: /Press line was late/ })).not.toBeChecked();
  });

  it('refuses to send without what and an owner, naming both, and marks them', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const form = renderForm(send);
    await user.type(within(form).getByLabelText('What is to be done'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      '“What is to be done” is required.“Owner” is required: name a role or an organisation.',
    );
    expect(within(form).getByLabelText('What is to be done')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText(OWNER)).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(form).getByLabelText(OWNER), 'x'.repeat(201));
    await user.type(within(form).getByLabelText('What is to be done'), 'Brief');
    await user.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('“Owner” can be at most 200 characters long.');
    expect(sent).toEqual([]);
  });

  it('shows the engine’s refusal and keeps what was typed', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'unknown-target',
      reason: 'no observation OBS-1',
      field: 'payload.observationIds',
    });
    const user = userEvent.setup();
    const form = renderForm(send);
    await user.type(within(form).getByLabelText('What is to be done'), 'Brief the press');
    await user.type(within(form).getByLabelText(OWNER), 'EEAS StratCom');
    await user.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Refused: no observation OBS-1 (payload.observationIds)',
    );
    expect(within(form).getByLabelText('What is to be done')).toHaveValue('Brief the press');
  });

  it('is switched off while recording is off', () => {
    const form = renderForm(recordingSend().send, 'Host unreachable');
    expect(within(form).getByLabelText('What is to be done')).toBeDisabled();
    expect(within(form).getByLabelText(OWNER)).toBeDisabled();
    expect(within(form).getByRole('checkbox', { name: /Press line was late/ })).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Add corrective action' })).toBeDisabled();
  });
});
