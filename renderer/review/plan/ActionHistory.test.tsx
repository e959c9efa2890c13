import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels, type ExerciseEvent } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { eventWordsFrom } from '../../components/index';
import { ActionHistory } from './ActionHistory';
import { planChoices } from './plan-choices';

// The mini scenario: objective obj-alert "Alert partners fast", roles ms-a "Member State A", presidency
// "Presidency", excon "Exercise control". logEvent stamps event n at T+n minutes.
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const added = logEvent(
  2,
  'corrective-action.added',
  {
    actionId: 'CA-2',
    what: 'Rehearse the rapid alert',
    owner: 'ms-a',
    due: null,
    objectiveId: 'obj-alert',
    observationIds: [],
  },
  { role: 'excon' },
);

function renderHistory(events: ExerciseEvent[]) {
  const models = ExerciseReadModels.of(
    [logEvent(1, 'observation.recorded', { observationId: 'OBS-1', text: 'Alert late' }), added, ...events],
    content,
  );
  const words = planChoices(models, eventWordsFrom(content)).words;
  return render(<ActionHistory action={models.plan.actions()[0]!} words={words} />);
}

describe('ActionHistory', () => {
  it('folds away every version: as added, then each amendment with who, when, why and each change', () => {
    renderHistory([
      logEvent(
        3,
        'corrective-action.amended',
        { actionId: 'CA-2', changes: { due: '2027-06-30', observationIds: ['OBS-1'] }, reason: 'Dated' },
        { role: 'excon' },
      ),
      logEvent(4, 'corrective-action.amended', {
        actionId: 'CA-2',
        changes: { owner: 'presidency', objectiveId: null },
        reason: 'Council leads',
      }),
    ]);
    const details = screen.getByText('Amendments (2)').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    const versions = details.querySelector('ol')!.children;
    expect([...versions].map((version) => version.textContent)).toEqual([
      expect.stringMatching(/^Added at T\+00:02:00 · [\d:]+ by Exercise control$/),
      expect.stringMatching(
        /^Amended at T\+00:03:00 · [\d:]+ by Exercise control — reason: DatedDue date: none → 30 Jun 2027Observations: none → Alert late$/,
      ),
      expect.stringMatching(
        /^Amended at T\+00:04:00 · [\d:]+ by an unnamed role — reason: Council leadsOwner: Member State A → PresidencyObjective: Alert partners fast → none$/,
      ),
    ]);
  });

  it('shows nothing for an action never amended', () => {
    const { container } = renderHistory([]);
    expect(container).toBeEmptyDOMElement();
  });
});
