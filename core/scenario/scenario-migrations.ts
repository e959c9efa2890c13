import { toCurrentVersion, type DocumentMigration, type VersionedValue } from '../documents/index';
import { SCENARIO_SCHEMA_VERSION, type ScenarioDocument } from './scenario-schema';

/** A title that announces a contingency ("Contingency: the PSC meets…"): the prefix players must not read. */
const CONTINGENCY_PREFIX = /^\s*contingency\s*[:\-–—]\s*/i;

/**
 * v2: an inject's title is control's; a contingency's recipients read its `heading`. A v1 contingency had
 * none, so its recipients read the title: it gets the title without a "Contingency:" prefix as its heading.
 */
const contingencyHeadings: DocumentMigration = {
  kind: 'scenario',
  from: 1,
  name: 'contingency injects get a heading for recipients: the title without its "Contingency:" prefix',
  migrate(document) {
    const injects = document.injects;
    if (!Array.isArray(injects)) return { ...document, schemaVersion: 2 };
    return {
      ...document,
      schemaVersion: 2,
      injects: injects.map((inject: unknown) => {
        if (!isRecord(inject) || inject.heading !== undefined || typeof inject.title !== 'string')
          return inject;
        if (!isRecord(inject.when) || !('missed' in inject.when)) return inject;
        const stripped = inject.title.replace(CONTINGENCY_PREFIX, '');
        const heading = stripped.charAt(0).toUpperCase() + stripped.slice(1);
        return { ...inject, heading: heading || inject.title };
      }),
    };
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The named steps that bring a scenario of an earlier `schemaVersion` to today's, one version at a time,
 * whether it is read from YAML or embedded, parsed, in an old journal. A schema change bumps
 * SCENARIO_SCHEMA_VERSION and adds its step here with a test of its own (scenario-migrations.test.ts).
 */
export const SCENARIO_MIGRATIONS: readonly DocumentMigration[] = [contingencyHeadings];

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
