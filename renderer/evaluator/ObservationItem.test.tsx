import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type RecordedObservation } from '../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { stationEvent } from '../../test/fixtures/station-events';
import type { SendCommand } from '../components/index';
import { asLoggedEvent } from './exercise-context';
import { ObservationItem } from './ObservationItem';
import { recordingSend } from '../../test/fixtures/recording-send';

const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});

/** The observation as the evaluation log folds it from a recording and its amendments (at T+1s, T+2s, …). */
function observationFrom(amendments: { text: string; reason: string }[]): RecordedObservation {
  const events = [
    stationEvent(
      'observation.recorded',
      { observationId: 'OBS-1', injectId: 'INJ-1', role: 'ms-a', text: 'Slow alert' },
      { streamSeq: 1 },
    ),
    ...amendments.map((change, index) =>
      stationEvent('observation.amended', { observationId: 'OBS-1', ...change }, { streamSeq: index + 2 }),
    ),
  ];
  const observation = new ReadModelFeed(content, asLoggedEvent).advance(events).evaluation.observations()[0];
  if (!observation) throw new Error('the evaluation log folded no observation');
  return observation;
}

const show = (observation: RecordedObservation, send: SendCommand) =>
  render(
    <ul>
      <ObservationItem
        observation={observation}
        objectiveTitle="Alert partners fast"
        send={send}
        locked={null}
      />
    </ul>,
  );

describe('ObservationItem', () => {
  it('shows the current text, its time (its id on hover), objective and links', () => {
    show(observationFrom([]), recordingSend().send);
    const item = screen.getAllByRole('listitem')[0] as HTMLElement;
    expect(item).toHaveTextContent('T+00:00:01');
    expect(item).not.toHaveTextContent('OBS-1');
    expect(screen.getByTitle('OBS-1')).toHaveTextContent('T+00:00:01');
    expect(item).toHaveTextContent('Alert partners fast');
    expect(item).toHaveTextContent('inject INJ-1');
    expect(item).toHaveTextContent('role ms-a');
    expect(item).not.toHaveTextContent('decision');
    expect(item).toHaveTextContent('Slow alert');
    expect(item).not.toHaveTextContent('Amended');
  });

  it('marks an amended observation and keeps every version with its reason', () => {
    show(observationFrom([{ text: 'Alert on time', reason: 'Clock misread' }]), recordingSend().send);
    expect(screen.getByText('Amended')).toBeInTheDocument();
    expect(screen.getByText('History (1 amendments)')).toBeInTheDocument();
    const versions = [...document.querySelectorAll('details ol > li')].map(
      (version) => version.textContent ?? '',
    );
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatch(/^T\+00:00:01 · .*Slow alert$/);
    expect(versions[1]).toMatch(/^T\+00:00:02 · .* · reason: Clock misread.*Alert on time$/);
    expect(screen.getByText('Alert on time', { selector: '.observation-text' })).toBeInTheDocument();
  });

  it('amends with the trimmed text and a reason, and sends nothing without a reason', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    show(observationFrom([]), send);
    await user.click(screen.getByRole('button', { name: 'Amend OBS-1' }));
    const text = screen.getByLabelText('Amended text');
    expect(text).toHaveValue('Slow alert');
    expect(text).toHaveFocus();
    const save = screen.getByRole('button', { name: 'Save amendment' });
    expect(save).toBeDisabled();
    await user.clear(text);
    await user.type(text, ' Alert within the hour ');
    await user.type(screen.getByLabelText('Reason for the amendment'), 'Log checked');
    await user.click(save);
    await waitFor(() =>
      expect(sent).toEqual([
        {
          type: 'observation/amend',
          payload: { observationId: 'OBS-1', text: 'Alert within the hour', reason: 'Log checked' },
        },
      ]),
    );
    // Accepted: the form closes.
    expect(await screen.findByRole('button', { name: 'Amend OBS-1' })).toBeInTheDocument();
  });

  it('keeps the form open with the refusal, and Escape closes it', async () => {
    const user = userEvent.setup();
    show(
      observationFrom([]),
      recordingSend({ ok: false, commandId: 'c', code: 'not-allowed', reason: 'ended' }).send,
    );
    await user.click(screen.getByRole('button', { name: 'Amend OBS-1' }));
    await user.type(screen.getByLabelText('Reason for the amendment'), 'Typo');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Refused: ended');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Amended text')).toBeNull();
  });
});
