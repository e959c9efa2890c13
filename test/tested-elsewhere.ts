// Modules with logic whose tests are not beside them: each names the test files that exercise it and why
// there. test/module-tests.test.ts checks every entry (the module exists, has no sibling test, and each
// named test mentions one of its exports).
import type { TestedElsewhereMap } from './module-test-rules';

export const TESTED_ELSEWHERE: TestedElsewhereMap = {
  // cli/
  'cli/exit-codes.ts': {
    tests: ['cli/main.test.ts', 'cli/parse-options.test.ts'],
    why: 'main keeps the EXIT codes its help states and turns a UsageError into exit 2; parseOptions throws UsageError',
  },
  // electron/
  'electron/main.ts': {
    tests: ['test/packaging.test.ts'],
    why: 'main only joins tested modules to Electron, which cannot run here: the packaging check builds its bundle into the asar that package.json starts (and test/electronegativity.test.ts reads its window options)',
  },
  'electron/host-entry.ts': {
    tests: ['test/packaging.test.ts'],
    why: "the utility process's entry hands Electron's parent port to runHostProcess (host-process.test.ts); the packaging check runs its bundle from the asar, which loads every module and refuses to run outside a utility process",
  },
  // core/
  'core/content/json-schemas.ts': {
    tests: ['test/generated-files.test.ts'],
    why: 'each committed JSON Schema file must equal renderJsonSchema of its zod source',
  },
  'core/package/package-format.ts': {
    tests: ['core/package/package-open.test.ts'],
    why: 'packages are made and opened together: makePackage is checked against Node’s SHA-256 and Ed25519, and every opening test opens what it makes',
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

  // renderer/
  'renderer/report/OverviewSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx'],
    why: 'the overview section is read in the rendered document: its facts against the mini scenario and the log',
  },
  'renderer/report/ObjectivesSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx'],
    why: 'the objective with its rating, strengths and areas for improvement, in the rendered document',
  },
  'renderer/report/CoordinationSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx', 'renderer/report/report-html.test.tsx'],
    why: 'its charts are tested beside them (renderer/charts); the document test and the saved HTML read the section and its charts',
  },
  'renderer/report/PlanSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx'],
    why: 'the improvement plan row of the rendered document, CA-1 with its objective and observation',
  },
  'renderer/report/AnnexSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx'],
    why: 'the annex rows of the rendered document against figures worked out from the review log',
  },
  'renderer/report/ReportSection.tsx': {
    tests: ['renderer/report/ReportDocument.test.tsx'],
    why: 'every section of the rendered document is found by the heading ReportSection gives it, and the contents link to its id',
  },
  'renderer/components/ExchangeFigures.tsx': {
    tests: ['renderer/console/board/CoordinationPanel.test.tsx'],
    why: 'the EU–NATO link of the coordination picture shows its figures, each checked by hand',
  },
  'renderer/components/MarkingBadge.tsx': {
    tests: ['renderer/components/NoPlayOverlay.test.tsx'],
    why: 'the shared components test colours MarkingBadge by marking family',
  },
  'renderer/console/SafetyStop.tsx': {
    tests: ['renderer/console/ClockBar.test.tsx'],
    why: 'the clock bar puts NO PLAY on with a notice through the SafetyStop, and lifts it',
  },
  'renderer/components/CoordinationMatrix.tsx': {
    tests: ['renderer/console/board/CoordinationPanel.test.tsx'],
    why: 'the coordination picture’s matrix cells between organisations, checked by hand',
  },
  'renderer/console/board/EuNatoLink.tsx': {
    tests: ['renderer/console/board/CoordinationPanel.test.tsx'],
    why: 'the coordination picture’s EU–NATO link region and its figures',
  },
  'renderer/console/board/LiveMetrics.tsx': {
    tests: ['renderer/console/board/CoordinationPanel.test.tsx'],
    why: 'the coordination picture’s live hit rate, response stages and acknowledgement tables',
  },
  'renderer/console/board/OpenDecisions.tsx': {
    tests: ['renderer/console/board/PlaybookBoard.test.tsx'],
    why: 'the board lists the decisions open to each role',
  },
  'renderer/console/board/TransitionLog.tsx': {
    tests: ['renderer/console/board/PlaybookBoard.test.tsx'],
    why: 'the board opens a mechanism’s transitions with their change, rationale and void buttons',
  },
  'renderer/console/board/VoidDialog.tsx': {
    tests: ['renderer/console/board/PlaybookBoard.test.tsx'],
    why: 'voiding a decision only with a reason, and closing the dialog on Escape with focus returned',
  },
  'renderer/components/coordination-view.ts': {
    tests: ['renderer/console/board/coordination-and-expected.test.ts'],
    why: 'coordinationMatrix on hand-built exchanges, now and as of an earlier event',
  },
  'renderer/console/board/expected-actions.ts': {
    tests: ['renderer/console/board/coordination-and-expected.test.ts'],
    why: 'expectedActionRows with their status, who met them and the time left',
  },
  'renderer/console/board/mechanism-board.ts': {
    tests: ['renderer/console/board/board-projections.test.ts'],
    why: 'mechanismRows with their cases and states, and playbookPhase from the orchestrator',
  },
  'renderer/components/state-paths.ts': {
    tests: ['renderer/console/board/board-projections.test.ts'],
    why: 'labelState with the state descriptions and phases of the orchestrator document',
  },
  'renderer/console/lan/ConfirmStep.tsx': {
    tests: ['renderer/console/lan/LanPanel.test.tsx'],
    why: 'each revocation and the control code are confirmed through it, and cancelling sends nothing',
  },
  'renderer/console/lan/ConnectedStations.tsx': {
    tests: ['renderer/console/lan/LanPanel.test.tsx'],
    why: 'the stations with their address and sockets, the revoked ones struck, and a revocation after its confirmation',
  },
  'renderer/console/lan/ControlCode.tsx': {
    tests: ['renderer/console/lan/LanPanel.test.tsx'],
    why: 'only control roles other than EXCON are offered, and the code is asked for only after the confirmation',
  },
  'renderer/console/lan/JoinCodes.tsx': {
    tests: ['renderer/console/lan/LanPanel.test.tsx'],
    why: 'codes in groups with role and kind, the QR code of the join link, Open here, and a replacement after its confirmation',
  },
  'renderer/console/lan/use-station-access.ts': {
    tests: ['renderer/console/lan/LanPanel.test.tsx'],
    why: 'the panel shows what the fake StationAccessSource pushes, as it pushes it',
  },
  'renderer/console/msel/InjectEditForm.tsx': {
    tests: ['renderer/console/msel/MselPanel.test.tsx'],
    why: 'editing an inject before release, from its details',
  },
  'renderer/console/msel/InjectFields.tsx': {
    tests: ['renderer/console/msel/MselPanel.test.tsx', 'renderer/console/msel/AdhocCompose.test.tsx'],
    why: 'the fields of the edit form and of the ad-hoc composer: sender, recipients, channel, marking, text',
  },
  'renderer/console/msel/InjectRecord.tsx': {
    tests: ['renderer/console/msel/MselPanel.test.tsx'],
    why: 'the timeline of a held, rescheduled and released inject in its details',
  },
  'renderer/console/msel/MselDetails.tsx': {
    tests: ['renderer/console/msel/MselPanel.test.tsx'],
    why: 'holding, rescheduling, releasing and editing the selected inject, refusals shown',
  },
  'renderer/console/msel/MselFilters.tsx': {
    tests: ['renderer/console/msel/MselPanel.test.tsx'],
    why: 'filtering the MSEL by role, mechanism, channel, state and text, and clearing the filters',
  },
  'renderer/console/msel/SimulatedInbox.tsx': {
    tests: ['renderer/console/msel/AdhocCompose.test.tsx'],
    why: 'a message that reached a simulated actor appears there, and is answered as that actor',
  },
  'renderer/console/msel/msel-filter.ts': {
    tests: ['renderer/console/msel/msel-rows.test.ts'],
    why: 'filterRows from NO_FILTER by each criterion',
  },
  'renderer/console/msel/use-msel-world.ts': {
    tests: ['renderer/console/msel/MselPanel.test.tsx'],
    why: 'every MSEL panel test reads its rows, roles and mechanisms through useMselWorld',
  },
  'renderer/console/use-live-scenario-time.ts': {
    tests: ['renderer/console/board/ExpectedActionsPanel.test.tsx'],
    why: 'the time left in an expected action’s window runs from the live scenario time',
  },
  'renderer/console/use-view-version.ts': {
    tests: ['renderer/console/ClockBar.test.tsx'],
    why: 'the clock bar is re-rendered on every change of the view through useViewVersion',
  },
  'renderer/content/bundled-content.ts': {
    tests: ['test/jsdom/core-in-browser.test.ts'],
    why: 'the bundled playbook and scenarios load and validate in the browser-like environment',
  },
  'renderer/home/ScenarioLibrary.tsx': {
    tests: ['renderer/home/HomeScreen.test.tsx'],
    why: 'Home lists one card per bundled scenario and starts an exercise from one',
  },
  'renderer/home/StartExercise.tsx': {
    tests: ['renderer/home/HomeScreen.test.tsx'],
    why: 'Home starts an exercise with its name and the roles as assigned, one by one or all at once',
  },
  'renderer/storage/exercise-db.ts': {
    tests: ['renderer/storage/dexie-event-store.test.ts'],
    why: 'the event store contract and its failures run on ExerciseDatabase',
  },
  'renderer/storage/storage-error.ts': {
    tests: ['renderer/storage/dexie-event-store.test.ts', 'renderer/storage/station-db.test.ts'],
    why: 'a full quota and a blocked upgrade surface as a StorageError saying what to do',
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
  'station-server/host-journal.ts': {
    tests: ['station-server/hosted-exercise.test.ts'],
    why: 'openJournalStore opens every journal of the host tests; the failing OpenJournal there wraps the same store',
  },
};
