import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { recordingSend } from '../../../test/fixtures/recording-send';
import { eventWordsFrom } from '../../components/index';
import { CorrectiveActionItem } from './CorrectiveActionItem';
import { planChoices } from './plan-choices';

// The mini scenario: objective obj-alert "Alert partners fast", roles ms-a "Member State A" and excon
// "Exercise control". logEvent stamps event n at T+n minutes.
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const models = ExerciseReadModels.of(
  [
    logEvent(1, 'observation.recorded', { observationId: 'OBS-1', text: 'Alert late' }),
    logEvent(2, 'observation.recorded', { observationId: 'OBS-2', text: 'No press line' }),
    logEvent(3, 'observation.amended', {
      observationId: 'OBS-2',
      text: 'No press line for 3 h',
      reason: 'timed',
    }),
    logEvent(
      4,
      'corrective-action.added',
      {
        actionId: 'CA-4',
        what: 'Rehearse the rapid alert',
        owner: 'ms-a',
        due: '2027-03-31',
        objectiveId: 'obj-alert',
        observationIds: ['OBS-1', 'OBS-2'],
      },
      { role: 'excon' },
    ),
  ],
  content,
);
const choices = planChoices(models, eventWordsFrom(content));
const action = models.plan.actions()[0]!;

function renderItem(locked: string | null = null, send = recordingSend().send, onWithdrawn = () => {}) {
  render(
    <CorrectiveActionItem
      action={action}
      choices={choices}
      send={send}
      locked={locked}
      onWithdrawn={onWithdrawn}
    />,
  );
  return screen.getByRole('article', { name: 'CA-4 Rehearse the rapid alert' });
}

describe('CorrectiveActionItem', () => {
  it('shows what, owner, due date, objective and the observations’ current text, and who added it when', () => {
    const item = renderItem();
    const terms = within(item)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(terms).toEqual([
      ['Owner', 'Member State A'],
      ['Due date', '31 Mar 2027'],
      ['Objective', 'Alert partners fast'],
      ['Observations', 'Alert lateNo press line for 3 h'],
    ]);
    expect(within(item).getByText('31 Mar 2027')).toHaveAttribute('datetime', '2027-03-31');
    expect(item).toHaveTextContent(/Added by Exercise control at T\+00:04:00 · \d{2}:\d{2}:\d{2}/);
  });

  it('opens the amend form in place and gives the keyboard back to its button when cancelled', async () => {
    const user = userEvent.setup();
    const item = renderItem();
    await user.click(within(item).getByRole('button', { name: 'Amend CA-4' }));
    const form = within(item).getByRole('form', { name: 'Amend CA-4' });
    expect(within(item).queryByRole('button', { name: 'Withdraw CA-4' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Amend CA-4' })).toHaveFocus();
  });

  it('opens the withdraw form, which closes once the withdrawal is sent and tells the list', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    const onWithdrawn = vi.fn();
    const item = renderItem(null, send, onWithdrawn);
    await user.click(within(item).getByRole('button', { name: 'Withdraw CA-4' }));
    await user.keyboard('Done elsewhere');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(item).queryByRole('form')).not.toBeInTheDocument());
    expect(sent).toEqual([
      { type: 'corrective-action/withdraw', payload: { actionId: 'CA-4', reason: 'Done elsewhere' } },
    ]);
    expect(onWithdrawn).toHaveBeenCalledOnce();
    // The action is leaving the list: its Withdraw button does not take the keyboard back (the list does).
    expect(within(item).getByRole('button', { name: 'Withdraw CA-4' })).not.toHaveFocus();
  });

  it('cannot be amended or withdrawn while recording is off', () => {
    const item = renderItem('Host unreachable');
    expect(within(item).getByRole('button', { name: 'Amend CA-4' })).toBeDisabled();
    expect(within(item).getByRole('button', { name: 'Withdraw CA-4' })).toBeDisabled();
  });
});
