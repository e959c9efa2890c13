import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { eventWordsFrom } from '../components/index';
import { ObservationForm } from './ObservationForm';
import { recordingSend } from '../../test/fixtures/recording-send';

// The mini scenario: objective obj-alert "Alert partners fast", inject INJ-1 "Explosion at the port".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const { scenario } = content;
const words = eventWordsFrom(content);

const events = [
  stationEvent('inject.released', {
    injectId: 'INJ-1',
    content: portBlast(),
    deadlines: {},
    cause: 'schedule',
    adhoc: false,
  }),
  stationEvent(
    'decision.taken',
    {
      decisionId: 'D-4',
      actorKey: 'crisis',
      machine: 'crisis',
      instance: null,
      event: 'RAPID_ALERT',
      fields: {},
      rationale: null,
    },
    { actingAs: 'ms-a' },
  ),
];

describe('ObservationForm', () => {
  it('records a linked observation against the objective, under a fresh id, and clears the text', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    render(<ObservationForm events={events} scenario={scenario} words={words} send={send} locked={null} />);
    const form = screen.getByRole('form', { name: 'Record an observation' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Strength');
    await user.selectOptions(within(form).getByLabelText('Inject (optional)'), 'Explosion at the port');
    // A decision reads as when, who and what; its id is only the option's value.
    const decisionSelect = within(form).getByLabelText('Decision (optional)');
    await user.selectOptions(
      decisionSelect,
      within(decisionSelect).getByRole('option', {
        name: /^T\+[\d:]+ · Member State A · Send a rapid alert$/,
      }),
    );
    await user.selectOptions(within(form).getByLabelText('Role (optional)'), 'Member State A');
    await user.type(within(form).getByLabelText('What you observed'), ' Alert went out at once ');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'observation/record',
      payload: {
        observationId: expect.stringMatching(/^OBS-\w+$/),
        objectiveId: 'obj-alert',
        kind: 'strength',
        injectId: 'INJ-1',
        decisionId: 'D-4',
        role: 'ms-a',
        text: 'Alert went out at once',
      },
    });
    await waitFor(() => expect(within(form).getByLabelText('What you observed')).toHaveValue(''));

    await user.type(within(form).getByLabelText('What you observed'), 'Second');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    // Each observation gets its own id.
    const [first, second] = sent.map(
      (entry) => JSON.stringify(entry.payload).match(/"observationId":"([^"]+)"/)?.[1],
    );
    expect(second).toMatch(/^OBS-/);
    expect(second).not.toBe(first);
  });

  it('sends nothing without text, and says so', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    render(<ObservationForm events={events} scenario={scenario} words={words} send={send} locked={null} />);
    const form = screen.getByRole('form', { name: 'Record an observation' });
    await user.type(within(form).getByLabelText('What you observed'), '  ');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write what you observed.');
    expect(within(form).getByLabelText('What you observed')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('keeps the text when the engine refuses, and shows why', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'not running',
    });
    const user = userEvent.setup();
    render(<ObservationForm events={events} scenario={scenario} words={words} send={send} locked={null} />);
    const form = screen.getByRole('form', { name: 'Record an observation' });
    await user.type(within(form).getByLabelText('What you observed'), 'Late alert');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Refused: not running');
    expect(within(form).getByLabelText('What you observed')).toHaveValue('Late alert');
  });
});
