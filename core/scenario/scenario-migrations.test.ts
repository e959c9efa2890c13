// Scenario versions: each earlier version is brought to today's by a named step; a newer one is refused.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem, missingMigrationSteps } from '../documents/index';
import { loadScenario } from './load-scenario';
import { migrateScenarioDocument, SCENARIO_MIGRATIONS } from './scenario-migrations';
import { SCENARIO_SCHEMA_VERSION } from './scenario-schema';

const playbook = loadMiniPlaybook();
/** The mini scenario at today's version: its contingency INJ-2 with a heading of its own. */
const currentText = () =>
  replaceOnce(
    replaceOnce(miniScenarioText(), 'schemaVersion: 1\n', `schemaVersion: ${SCENARIO_SCHEMA_VERSION}\n`),
    '    title: Reminder to alert\n',
    '    title: Reminder to alert\n    heading: Partners are waiting\n',
  );

describe('scenario versions', () => {
  it('has one step from every earlier version', () => {
    expect(missingMigrationSteps('scenario', SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS)).toEqual([]);
  });

  it('refuses a newer scenario on its schemaVersion, naming file, line and field', () => {
    const text = replaceOnce(currentText(), 'schemaVersion: 2\n', 'schemaVersion: 3\n');
    const result = loadScenario({ path: 'mini.yaml', text }, playbook);
    expect(result.problems.map(formatProblem)).toEqual([
      'mini.yaml:1:16: written for a newer version of the app (schemaVersion 3; this version reads scenario ' +
        'documents up to 2): open it with a later version (schemaVersion)',
    ]);
  });

  it('gives a v1 contingency a heading for its recipients: its title without a "Contingency:" prefix', () => {
    const text = replaceOnce(
      miniScenarioText(),
      'title: Reminder to alert',
      'title: "Contingency: partners wait"',
    );
    const loaded = loadScenario({ path: 'mini.yaml', text }, playbook);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const byId = new Map(loaded.scenario.injects.map((inject) => [inject.id, inject]));
    expect(byId.get('INJ-2')).toMatchObject({
      title: 'Contingency: partners wait',
      heading: 'Partners wait',
    });
    // Injects released at a time or on a state keep their title for everyone: no heading is made up.
    expect(byId.get('INJ-1')?.heading).toBeUndefined();
    expect(byId.get('INJ-3')?.heading).toBeUndefined();
    // A v1 contingency whose title announces nothing keeps it as its heading.
    const plain = loadScenario({ path: 'mini.yaml', text: miniScenarioText() }, playbook);
    expect(plain.ok && plain.scenario.injects.find((inject) => inject.id === 'INJ-2')?.heading).toBe(
      'Reminder to alert',
    );
  });

  it('passes an embedded scenario of today’s version through as it is, and gives nothing for a newer one', () => {
    const loaded = loadScenario({ path: 'mini.yaml', text: currentText() }, playbook);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(migrateScenarioDocument(loaded.scenario)).toBe(loaded.scenario);
    const newer = { ...loaded.scenario, schemaVersion: 3 } as unknown as typeof loaded.scenario;
    expect(migrateScenarioDocument(newer)).toBeUndefined();
  });

  it('refuses a contingency of today’s version without a heading, naming the field', () => {
    const text = replaceOnce(currentText(), '    heading: Partners are waiting\n', '');
    const result = loadScenario({ path: 'mini.yaml', text }, playbook);
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(
      /^mini\.yaml:\d+:\d+: contingency INJ-2 needs a "heading" for its recipients: its title "Reminder to alert" is control material/,
    );
  });
});
