// Modules with logic whose tests are not beside them: each names the test files that exercise it and why
// there. test/module-tests.test.ts checks every entry (the module exists, has no sibling test, and each
// named test mentions one of its exports).
import type { TestedElsewhereMap } from './module-test-rules';

export const TESTED_ELSEWHERE: TestedElsewhereMap = {
  // cli/
  'cli/bin.ts': {
    tests: ['test/cli-validate.test.ts'],
    why: 'the entry point is run as a process (tsx cli/bin.ts validate …) to check its exit code and output',
  },
  'cli/exit-codes.ts': {
    tests: ['cli/main.test.ts', 'cli/parse-options.test.ts'],
    why: 'main keeps the EXIT codes its help states and turns a UsageError into exit 2; parseOptions throws UsageError',
  },
  // core/
  'core/content/json-schemas.ts': {
    tests: ['test/generated-files.test.ts'],
    why: 'each committed JSON Schema file must equal renderJsonSchema of its zod source',
  },
  'core/content/playbook-catalogue.ts': {
    tests: ['test/generated-files.test.ts'],
    why: 'docs/playbook-catalogue.md must equal renderPlaybookCatalogue of the bundled playbook',
  },
  'core/documents/problem.ts': {
    tests: ['core/playbook/load-playbook.test.ts', 'test/fuzz-loaders.test.ts'],
    why: 'formatProblem writes the file:line:column lines the loader tests expect; the fuzzing checks formatFieldPath',
  },
  'core/events/decode-event.ts': {
    tests: ['core/events/event-migrations.test.ts'],
    why: 'decodeEvent migrates and refuses versions there; its envelope and payload checks run through decodeJournal in core/stores/journal-codec.test.ts',
  },
  'core/metrics/coordination.ts': {
    tests: ['core/metrics/compute-metrics.test.ts'],
    why: 'acknowledgement latency, infoSharing and the exchange summary are worked out by hand on a hand-built log',
  },
  'core/msel/msel-import.ts': {
    tests: ['test/msel-import.test.ts'],
    why: 'importMsel on HSEEP, headerless and odd sheets, the drafts validated against the bundled playbook and played',
  },
  'core/playbook/check-links.ts': {
    tests: ['core/playbook/load-playbook.test.ts'],
    why: 'the checkLinks table there breaks the mini fixture one reference at a time, through loadPlaybook',
  },
  'core/playbook/check-registry-names.ts': {
    tests: ['core/playbook/load-playbook.test.ts'],
    why: 'the checkRegistryNames table there breaks the mini fixture one name at a time, through loadPlaybook',
  },
  'core/playbook/check-structure.ts': {
    tests: ['core/playbook/load-playbook.test.ts'],
    why: 'the checkStructure table there breaks the mini fixture one state or event at a time, through loadPlaybook',
  },
  'core/playbook/playbook-schema.ts': {
    tests: [
      'core/playbook/load-playbook.test.ts',
      'core/playbook/document-migrations.test.ts',
      'test/fuzz-loaders.test.ts',
    ],
    why: 'MechanismDocument refuses unknown and missing fields, reads migrated documents, and never crashes on fuzzed ones',
  },
  'core/playbook/registry.ts': {
    tests: ['core/playbook/registry-names.test.ts', 'test/playbook-legal-triggers.test.ts'],
    why: 'every action, guard and delay name the journals use stays in the registry; DELAY_MS gives the legal deadlines',
  },
  'core/read-models/mechanism-history.ts': {
    tests: ['renderer/console/board/board-projections.test.ts'],
    why: 'MechanismHistory and moverOf record who moved each mechanism, when and why, voids included',
  },
  'core/read-models/state-paths.ts': {
    tests: ['renderer/console/board/board-projections.test.ts'],
    why: 'leafPaths keeps the deepest active states of a parallel state',
  },
  'core/scenario/check-contingencies.ts': {
    tests: ['core/scenario/load-scenario.test.ts'],
    why: 'the checkContingencies cases there: a contingency loop, and one that could fire only after the end',
  },
  'core/scenario/check-injects.ts': {
    tests: ['core/scenario/load-scenario.test.ts'],
    why: 'the checkInjects table there breaks the mini scenario one inject at a time, through loadScenario',
  },
  'core/scenario/check-scenario-refs.ts': {
    tests: ['core/scenario/load-scenario.test.ts'],
    why: 'the ScenarioRefs table there breaks each reference to the playbook, through loadScenario',
  },
  'core/scenario/scenario-schema.ts': {
    tests: ['core/scenario/load-scenario.test.ts', 'test/fuzz-loaders.test.ts'],
    why: 'ScenarioDocument refuses missing fields, bad times and an inject with both a time and a condition; fuzzed documents never crash it',
  },

  // station-server/
  'station-server/content-types.ts': {
    tests: ['station-server/static-server.test.ts'],
    why: 'contentTypeFor, directly and through the types the static server sends for each built file',
  },
  'station-server/csp.ts': {
    tests: ['station-server/static-server.test.ts'],
    why: 'readCspFromHtml reads the policy of renderer/index.html, which the server sends as a header',
  },
};
