// Scenario versions: v1 is the first, so there is no step yet; a newer scenario is refused where it says so.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem, missingMigrationSteps } from '../documents/index';
import { loadScenario } from './load-scenario';
import { migrateScenarioDocument, SCENARIO_MIGRATIONS } from './scenario-migrations';
import { SCENARIO_SCHEMA_VERSION } from './scenario-schema';

const playbook = loadMiniPlaybook();

describe('scenario versions', () => {
  it('has one step from every earlier version', () => {
    expect(missingMigrationSteps('scenario', SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS)).toEqual([]);
  });

  it('refuses a newer scenario on its schemaVersion, naming file, line and field', () => {
    const text = replaceOnce(miniScenarioText(), 'schemaVersion: 1\n', 'schemaVersion: 2\n');
    const result = loadScenario({ path: 'mini.yaml', text }, playbook);
    expect(result.problems.map(formatProblem)).toEqual([
      'mini.yaml:1:16: written for a newer version of the app (schemaVersion 2; this version reads scenario ' +
        'documents up to 1): open it with a later version (schemaVersion)',
    ]);
  });

  it('passes an embedded scenario of today’s version through as it is, and gives nothing for a newer one', () => {
    const loaded = loadScenario({ path: 'mini.yaml', text: miniScenarioText() }, playbook);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(migrateScenarioDocument(loaded.scenario)).toBe(loaded.scenario);
    const newer = { ...loaded.scenario, schemaVersion: 2 } as unknown as typeof loaded.scenario;
    expect(migrateScenarioDocument(newer)).toBeUndefined();
  });
});
