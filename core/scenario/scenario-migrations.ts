import { toCurrentVersion, type DocumentMigration, type VersionedValue } from '../documents/index';
import { SCENARIO_SCHEMA_VERSION, type ScenarioDocument } from './scenario-schema';

/**
 * The named steps that bring a scenario of an earlier `schemaVersion` to today's, one version at a time,
 * whether it is read from YAML or embedded, parsed, in an old journal. Scenario v1 is the first version:
 * no step yet. A schema change bumps SCENARIO_SCHEMA_VERSION and adds its step here with a test of its own
 * (scenario-migrations.test.ts).
 */
export const SCENARIO_MIGRATIONS: readonly DocumentMigration[] = [];

/** A scenario at today's version, or why not (a newer one); what is not versioned is left to the schema. */
export function scenarioToCurrent(document: Readonly<Record<string, unknown>>): VersionedValue {
  return toCurrentVersion(document, 'scenario', SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS);
}

/**
 * The parsed scenario a journal embeds, at today's version (trusted: migrated, not checked again);
 * undefined when it is newer than this version reads.
 */
export function migrateScenarioDocument(document: ScenarioDocument): ScenarioDocument | undefined {
  const versioned = scenarioToCurrent(document);
  return versioned.ok ? (versioned.value as ScenarioDocument) : undefined;
}
