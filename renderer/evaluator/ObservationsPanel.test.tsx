import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type StationEvent } from '../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { stationEvent } from '../../test/fixtures/station-events';
import type { SendCommand } from '../components/index';
import { asLoggedEvent } from './exercise-context';
import { ObservationsPanel } from './ObservationsPanel';

// The mini scenario has one objective: obj-alert, "Alert partners fast".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const send = (async () => ({ ok: true, commandId: 'c', seqs: [1] })) as SendCommand;

const events: StationEvent[] = [
  stationEvent('observation.recorded', { observationId: 'OBS-1', kind: 'strength', text: 'Quick alert' }),
  stationEvent('observation.recorded', {
    observationId: 'OBS-2',
    objectiveId: 'obj-alert',
    kind: 'strength',
    text: 'Clear message',
  }),
  stationEvent('observation.recorded', { observationId: 'OBS-3', objectiveId: 'obj-gone', text: 'Plain' }),
];

describe('ObservationsPanel', () => {
  it('groups observations by kind, newest first, titled by their objective, with the form above', () => {
    render(
      <ObservationsPanel
        events={events}
        models={new ReadModelFeed(content, asLoggedEvent).advance(events)}
        send={send}
        locked={null}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Observations' });
    expect(within(panel).getByRole('form', { name: 'Record an observation' })).toBeInTheDocument();
    const strengths = within(panel).getByRole('region', { name: 'Strengths (2)' });
    const texts = (group: HTMLElement) =>
      [...group.querySelectorAll('.observation-text')].map((text) => text.textContent);
    expect(texts(strengths)).toEqual(['Clear message', 'Quick alert']);
    expect(strengths).toHaveTextContent('Alert partners fast');
    // An observation without a kind is a plain one; an objective the scenario lacks shows by its id.
    const plain = within(panel).getByRole('region', { name: 'Observations (1)' });
    expect(texts(plain)).toEqual(['Plain']);
    expect(plain).toHaveTextContent('obj-gone');
    expect(within(panel).getByRole('region', { name: 'Areas for improvement (0)' })).toHaveTextContent(
      'None recorded yet.',
    );
  });
});
