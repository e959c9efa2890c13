import { describe, expect, it } from 'vitest';
import { ExerciseReadModels, type RecordedObservation } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { eventWordsFrom } from '../../components/index';
import { observationsFirstFor, planChoices } from './plan-choices';

// The mini scenario plays presidency, ms-a, ms-c, nac (players), excon and simcell (control) and the local
// press role "Evening Courier" (its own organisation); its one objective is obj-alert, "Alert partners fast".
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const models = ExerciseReadModels.of(
  [
    logEvent(1, 'observation.recorded', { observationId: 'OBS-1', text: 'Late alert' }, { role: 'excon' }),
    logEvent(2, 'observation.amended', { observationId: 'OBS-1', text: 'Alert 2 h late', reason: 'timed' }),
  ],
  content,
);
const choices = planChoices(models, eventWordsFrom(content));

describe('planChoices', () => {
  it('suggests the roles of the exercise by title, then their organisations not already named', () => {
    expect(choices.owners).toEqual([
      { value: 'Presidency', kind: 'role' },
      { value: 'Member State A', kind: 'role' },
      { value: 'Member State C', kind: 'role' },
      { value: 'North Atlantic Council', kind: 'role' },
      { value: 'Exercise control', kind: 'role' },
      { value: 'Simulation cell', kind: 'role' },
      { value: 'Evening Courier', kind: 'role' },
      { value: 'Council', kind: 'organisation' },
      { value: 'State A', kind: 'organisation' },
      { value: 'State C', kind: 'organisation' },
      { value: 'NATO', kind: 'organisation' },
    ]);
  });

  it('records a role named by its title (in any case) or id as its id, anything else as typed', () => {
    expect(choices.ownerValue('Member State A')).toBe('ms-a');
    expect(choices.ownerValue(' member state a ')).toBe('ms-a');
    expect(choices.ownerValue('nac')).toBe('nac');
    expect(choices.ownerValue(' State A ')).toBe('State A');
    expect(choices.ownerValue('EEAS StratCom')).toBe('EEAS StratCom');
  });

  it('names owners, objectives and observations in words, falling back to what was recorded', () => {
    expect(choices.words.owner('ms-a')).toBe('Member State A');
    expect(choices.words.owner('EEAS StratCom')).toBe('EEAS StratCom');
    expect(choices.words.objective('obj-alert')).toBe('Alert partners fast');
    expect(choices.words.observation('OBS-1')).toBe('Alert 2 h late');
    expect(choices.words.observation('OBS-9')).toBe('OBS-9');
    expect(choices.objectives).toEqual([{ id: 'obj-alert', title: 'Alert partners fast' }]);
  });
});

describe('observationsFirstFor', () => {
  const observation = (observationId: string, objectiveId: string | null) =>
    ({ observationId, objectiveId }) as RecordedObservation;
  const recorded = [
    observation('A', null),
    observation('B', 'obj-x'),
    observation('C', 'obj-y'),
    observation('D', 'obj-x'),
  ];

  it('puts the observations of the objective first, each group in the order recorded', () => {
    expect(observationsFirstFor(recorded, 'obj-x').map((item) => item.observationId)).toEqual([
      'B',
      'D',
      'A',
      'C',
    ]);
  });

  it('keeps the order recorded when no objective is chosen', () => {
    expect(observationsFirstFor(recorded, null).map((item) => item.observationId)).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
  });
});
