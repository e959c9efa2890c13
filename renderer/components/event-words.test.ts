import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources, bundledScenarioSources } from '../../test/bundled-content';
import { exerciseContent } from '../../test/fixtures/fixtures';
import { eventWordsFrom } from './event-words';

const scenario = bundledScenarioSources().find((source) =>
  source.path.endsWith('election-under-pressure/scenario.yaml'),
);
if (!scenario) throw new Error('the election scenario is missing');
const words = eventWordsFrom(exerciseContent(bundledPlaybookSources(), scenario));

describe('eventWordsFrom', () => {
  it('names roles, mechanisms and decisions as the playbook words them', () => {
    expect(words.role('ms-affected')).toBe('Affected Member State: national crisis centre and government');
    expect(words.mechanism('situational-awareness')).toBe(
      'EU situational awareness (SITROOM, INTCEN Hybrid Fusion Cell, EUMS INT)',
    );
    expect(words.mechanism('situational-awareness#arland')).toBe(
      'EU situational awareness (SITROOM, INTCEN Hybrid Fusion Cell, EUMS INT) (arland)',
    );
    expect(words.decision('situational-awareness', 'MS_REPORT')).toBe(
      'A Member State reports an incident or indicator to the EU Situation Room',
    );
  });

  it('names injects, expected actions and objectives as the scenario words them', () => {
    expect(words.inject('INJ-001')).toBe('Warning of a possible leak of Civic Renewal e-mails');
    // EA-1 of INJ-001 has no description of its own: the decision it expects words it.
    expect(words.action('INJ-001', 'EA-1')).toBe(
      'A Member State reports an incident or indicator to the EU Situation Room',
    );
    expect(words.objective('obj-shared-awareness')).not.toBe('obj-shared-awareness');
  });

  it('falls back to the id for what the content does not know, so it still reads as something', () => {
    expect(words.role('nobody-here')).toBe('nobody-here');
    expect(words.mechanism('no-machine')).toBe('no-machine');
    expect(words.inject('INJ-999')).toBe('INJ-999');
    expect(words.action('INJ-001', 'EA-9')).toBe('EA-9');
  });

  it('words a state through the one state wording', () => {
    expect(words.state('situational-awareness', { watch: 'indicatorReceived' })).toBe(
      'watch › indicator received',
    );
  });
});
