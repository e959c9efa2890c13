import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type StationEvent } from '../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import type { SendCommand } from '../components/index';
import { EvaluationGuide } from './EvaluationGuide';
import { asLoggedEvent } from './exercise-context';

// The mini scenario: INJ-1 expects EA-1 (ms-a takes crisis RAPID_ALERT within 6h, for obj-alert) and EA-2
// (ms-a briefs the press within 12h, free text).
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const send = (async () => ({ ok: true, commandId: 'c', seqs: [1] })) as SendCommand;
const HOUR = 3_600_000;

function show(events: StationEvent[]) {
  render(
    <EvaluationGuide
      models={new ReadModelFeed(content, asLoggedEvent).advance(events)}
      send={send}
      locked={null}
    />,
  );
  return screen.getByRole('region', { name: 'Evaluation guide' });
}

const rowOf = (guide: HTMLElement, actionId: string) =>
  within(guide).getByRole('cell', { name: actionId }).closest('tr') as HTMLElement;

describe('EvaluationGuide', () => {
  it('lists each objective with its capability and its injects’ expected actions, not released yet', () => {
    const guide = show([]);
    const objective = within(guide).getByRole('heading', { name: 'Alert partners fast' }).closest('article');
    expect(objective).toHaveTextContent('Capability: Operational communications');
    expect(objective).toHaveTextContent('INJ-1 · Explosion at the port');
    const decision = rowOf(guide, 'EA-1');
    expect(decision).toHaveTextContent('Playbook decision: crisis RAPID_ALERT');
    expect(decision).toHaveTextContent('6h');
    expect(decision).toHaveTextContent('Not released');
    // A free-text action cannot be marked before its inject is out.
    expect(rowOf(guide, 'EA-2')).toHaveTextContent('Brief the press');
    expect(within(guide).queryByRole('group', { name: /Mark EA-2/ })).toBeNull();
  });

  it('shows released actions open until their deadline, and offers to mark a free-text one', () => {
    const guide = show([
      stationEvent('inject.released', {
        injectId: 'INJ-1',
        content: portBlast(),
        deadlines: { 'EA-1': 6 * HOUR, 'EA-2': 12 * HOUR },
        cause: 'schedule',
        adhoc: false,
      }),
    ]);
    expect(rowOf(guide, 'EA-1')).toHaveTextContent('Open');
    expect(rowOf(guide, 'EA-1')).toHaveTextContent('until T+06:00:00');
    expect(rowOf(guide, 'EA-2')).toHaveTextContent('until T+12:00:00');
    expect(within(guide).getByRole('group', { name: 'Mark EA-2 of INJ-1' })).toBeInTheDocument();
    expect(within(guide).queryByRole('group', { name: /Mark EA-1/ })).toBeNull();
  });
});
