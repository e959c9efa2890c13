// The summary `validate --summary` prints, for the mini fixture (test/fixtures), worked out from its documents.
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniScenarioText } from '../test/fixtures/fixtures';
import { validateContent } from '../core/index';
import { contentSummary } from './content-summary';

describe('contentSummary', () => {
  it('says what the playbook holds and, per scenario, its start, span, roles, injects and objectives', () => {
    const report = validateContent(
      [...miniPlaybookSources(), { path: 'port/scenario.yaml', text: miniScenarioText() }],
      [],
    );
    expect(contentSummary(report)).toEqual([
      'Playbook mini-playbook 1.0: Mini playbook for tests',
      '  2 mechanisms, 6 roles, 4 markings (PUBLIC, EU-ONLY, NATO-ONLY, REL-EU-NATO)',
      '  - crisis: Crisis arrangements (8 decisions)',
      '  - solidarity: Solidarity request (2 decisions, one case per requesting Member State)',
      'Scenario mini-scenario: Mini scenario (port/scenario.yaml)',
      '  starts 2019-06-03T09:00 Europe/Brussels, spans 2d; 6 playbook roles and 1 local roles',
      '  4 injects (1 contingencies), 3 expected actions, 1 objectives',
    ]);
  });

  it('says when a mechanism comes into force', () => {
    const sources = miniPlaybookSources().map((source) =>
      source.path.endsWith('solidarity.yaml')
        ? {
            ...source,
            text: source.text.replace('initial: none', 'inForce: { from: "2009-12-01" }\ninitial: none'),
          }
        : source,
    );
    const lines = contentSummary(validateContent(sources, []));
    expect(lines).toContain(
      '  - solidarity: Solidarity request (2 decisions, one case per requesting Member State, in force from 2009-12-01)',
    );
  });
});
