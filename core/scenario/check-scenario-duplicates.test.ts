// Ids a scenario lists twice; each place is counted by hand in test/fixtures/mini-scenario.yaml.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { loadScenario } from './load-scenario';

const playbook = loadMiniPlaybook();
const problemsAfter = (from: string, to: string) =>
  loadScenario({ path: 'mini.yaml', text: replaceOnce(miniScenarioText(), from, to) }, playbook).problems.map(
    formatProblem,
  );

describe('duplicate ids in a scenario', () => {
  it('the unedited fixture loads', () => {
    expect(loadScenario({ path: 'mini.yaml', text: miniScenarioText() }, playbook).problems).toEqual([]);
  });

  it.each([
    [
      'a recipient',
      'to: [ms-a, ms-c]',
      'to: [ms-a, ms-c, ms-a]',
      'mini.yaml:26:22: recipient "ms-a" is listed twice (first at injects[0].to[0]) (injects[0].to[2])',
    ],
    [
      'a country',
      '    - { id: arland, name: Arland, memberOf: [eu, nato], role: ms-a }',
      '    - { id: arland, name: Arland, memberOf: [eu, nato], role: ms-a }\n    - { id: arland, name: Arland again }',
      'mini.yaml:13:13: country "arland" is listed twice (first at world.countries[0].id) (world.countries[1].id)',
    ],
    [
      "a local role's clearance",
      'simulatedBy: simcell }',
      'simulatedBy: simcell, clearance: [eu, eu] }',
      'mini.yaml:16:129: clearance "eu" is listed twice (first at roles.local[0].clearance[0]) (roles.local[0].clearance[1])',
    ],
  ])('refuses %s listed twice, at the second, naming the first', (_name, from, to, expected) => {
    expect(problemsAfter(from, to)).toEqual([expected]);
  });
});
