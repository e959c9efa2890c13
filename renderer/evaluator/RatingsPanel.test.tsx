import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type StationEvent } from '../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { stationEvent } from '../../test/fixtures/station-events';
import { asLoggedEvent } from './exercise-context';
import { RatingsPanel } from './RatingsPanel';
import { recordingSend } from '../../test/fixtures/recording-send';

// The mini scenario has one objective: obj-alert, "Alert partners fast".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const modelsOf = (events: StationEvent[]) => new ReadModelFeed(content, asLoggedEvent).advance(events);

const rating = (value: 'P' | 'S' | 'M' | 'U', rationale: string, streamSeq: number) =>
  stationEvent('rating.given', { objectiveId: 'obj-alert', rating: value, rationale }, { streamSeq });

describe('RatingsPanel', () => {
  it('shows the latest rating of an objective, with the earlier ones folded away', () => {
    render(
      <RatingsPanel
        models={modelsOf([rating('M', 'Slow start', 1), rating('S', 'Caught up', 2)])}
        send={recordingSend().send}
        locked={null}
      />,
    );
    const objective = screen.getByRole('article');
    expect(within(objective).getByRole('heading', { name: 'Alert partners fast' })).toBeInTheDocument();
    expect(objective).toHaveTextContent('S — some challenges Caught up');
    expect(within(objective).getByText('Earlier ratings (1)')).toBeInTheDocument();
    // Scenario time of the fixture's event 1: one second.
    expect(within(objective).getByRole('listitem')).toHaveTextContent(/^T\+00:00:01 · .* · M · Slow start$/);
  });

  it('says when an objective has no rating yet', () => {
    render(<RatingsPanel models={modelsOf([])} send={recordingSend().send} locked={null} />);
    expect(screen.getByText('Not rated yet.')).toBeInTheDocument();
  });

  it('asks for a rating and a justification before it gives the trimmed rating', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    render(<RatingsPanel models={modelsOf([])} send={send} locked={null} />);
    const form = screen.getByRole('form', { name: 'Rate Alert partners fast' });
    const give = within(form).getByRole('button', { name: 'Give rating' });
    await user.click(give);
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose P, S, M or U.');
    await user.click(within(form).getByRole('radio', { name: 'P — without challenges' }));
    await user.type(within(form).getByLabelText('Justification'), '   ');
    await user.click(give);
    expect(within(form).getByRole('alert')).toHaveTextContent('A rating needs a justification.');
    expect(sent).toEqual([]);
    await user.type(within(form).getByLabelText('Justification'), 'Alert sent within the hour ');
    await user.click(give);
    await waitFor(() =>
      expect(sent).toEqual([
        {
          type: 'rating/give',
          payload: { objectiveId: 'obj-alert', rating: 'P', rationale: 'Alert sent within the hour' },
        },
      ]),
    );
    await waitFor(() => expect(within(form).getByLabelText('Justification')).toHaveValue(''));
    expect(within(form).getByRole('radio', { name: 'P — without challenges' })).not.toBeChecked();
  });

  it('shows the engine’s refusal', async () => {
    const { send } = recordingSend({
      ok: false,
      commandId: 'c-1',
      code: 'not-allowed',
      reason: 'exercise ended',
    });
    const user = userEvent.setup();
    render(<RatingsPanel models={modelsOf([])} send={send} locked={null} />);
    const form = screen.getByRole('form', { name: 'Rate Alert partners fast' });
    await user.click(within(form).getByRole('radio', { name: 'U — unable to perform' }));
    await user.type(within(form).getByLabelText('Justification'), 'No alert');
    await user.click(within(form).getByRole('button', { name: 'Give rating' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Refused: exercise ended');
  });
});
