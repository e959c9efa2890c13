import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { eventWordsFrom } from '../../components/index';
import { planChoices } from './plan-choices';
import { WithdrawnActions } from './WithdrawnActions';

// The mini scenario: roles ms-c "Member State C" and excon "Exercise control".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const models = ExerciseReadModels.of(
  [
    logEvent(1, 'corrective-action.added', {
      actionId: 'CA-1',
      what: 'Buy new radios',
      owner: 'ms-c',
      due: null,
      objectiveId: null,
      observationIds: [],
    }),
    logEvent(2, 'corrective-action.amended', {
      actionId: 'CA-1',
      changes: { what: 'Buy secure radios' },
      reason: 'Precise',
    }),
    logEvent(
      3,
      'corrective-action.withdrawn',
      { actionId: 'CA-1', reason: 'In the national plan' },
      { role: 'excon' },
    ),
  ],
  content,
);
const words = planChoices(models, eventWordsFrom(content)).words;

describe('WithdrawnActions', () => {
  it('lists each withdrawn action as it last stood, with who withdrew it, when and why', () => {
    render(<WithdrawnActions actions={models.plan.actions()} words={words} />);
    const region = screen.getByRole('region', { name: 'Withdrawn (1)' });
    expect(within(region).getByRole('listitem')).toHaveTextContent(
      /^CA-1 Buy secure radios — Member State CWithdrawn by Exercise control at \d{2}:\d{2}:\d{2} — reason: In the national plan$/,
    );
  });

  it('shows nothing when no action was withdrawn', () => {
    const { container } = render(<WithdrawnActions actions={[]} words={words} />);
    expect(container).toBeEmptyDOMElement();
  });
});
