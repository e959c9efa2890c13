/**
 * The API of core/ for the rest of the code: the one import point (docs/architecture.md, boundary rules).
 * Curated: a name is here because something outside core/ uses it; what core/ keeps to itself stays inside.
 */

// YAML documents with source positions, located problems, time spans and eras
export {
  durationToMs,
  errorMessage,
  formatFieldPath,
  formatProblem,
  isInForce,
  type PathSegment,
  type Problem,
  type SourceText,
} from './documents/index';

// the playbook: loading it, its machines, and the consequences of a decision
export {
  buildMechanismMachine,
  contentWords,
  type ContentWords,
  englishWords,
  translatedWords,
  wordsFrom,
  type Consequence,
  type DecisionConsequences,
  DELAY_MS,
  enteredStates,
  guardRefs,
  canSeeMarking,
  loadPlaybook,
  MechanismDocument,
  type MechanismContext,
  type MechanismEvent,
  type Playbook,
  type PlaybookDocuments,
  PLAYBOOK_DOCUMENT_VERSIONS,
  playbookDocumentToCurrent,
  routesFired,
  stateName,
  StateNode,
  timerEventType,
} from './playbook/index';

// scenarios: loading them, their injects, scenario time
export {
  Channel,
  ExpectedAction,
  formatScenarioTime,
  Inject,
  injectById,
  isKnownTimeZone,
  loadScenario,
  SCENARIO_SCHEMA_VERSION,
  ScenarioDocument,
  scenarioToCurrent,
  scenarioTimeToMs,
  zoneOffsetMinutes,
} from './scenario/index';

// MSEL interchange: import, export, spreadsheets
export {
  exportMsel,
  formatImportReport,
  importMsel,
  MSEL_FIELDS,
  type MselField,
  readSpreadsheet,
  writeSpreadsheet,
} from './msel/index';

// validating a set of documents; generated JSON Schemas and the playbook catalogue
export {
  classifyDocuments,
  type ContentReport,
  JSON_SCHEMA_FILES,
  renderJsonSchema,
  renderPlaybookCatalogue,
  validateContent,
} from './content/index';

// the event vocabulary: payloads, the typed event map, expected-action statuses, how roles are played
export {
  AGENT_POLICIES,
  type AgentPolicy,
  agentPolicyNamed,
  type EventPayload,
  type EventType,
  EVENT_TYPES,
  EXPECTED_STATUSES,
  type ExpectedStatus,
  INJECT_PRIORITIES,
  InjectContent,
  type InjectPriority,
  injectPriorityOf,
  isEvent,
  isEventOf,
  OBSERVATION_KINDS,
  ROLE_PLAYS,
  type RolePlay,
  type StationAccessRecord,
  type StateValue,
} from './events/index';

// interfaces: envelopes, the event store, transport, the desktop bridge, the exercise view and record
export {
  type ActorRef,
  type AppInfo,
  type CommandReply,
  type DesktopBridge,
  type DesktopHostStatus,
  type EngineSnapshot,
  EVENT_ENVELOPE_VERSION,
  type EventOf,
  type EventStore,
  type ExerciseCommand,
  type ExerciseEvent,
  type ExerciseRecord,
  type ExerciseView,
  type OpenChannel,
  type OpenedFile,
  type PrintRequest,
  SequenceGapError,
  stationChannelName,
  type TransportChannel,
} from './ports/index';

// the engine: commands and events, content, state, station views and the pure queries screens share
export {
  absentBodies,
  absentBody,
  activePathsOf,
  canonicalJson,
  type CheckedContent,
  checkedContentOfCreated,
  checkEmbeddedContent,
  type CommandInput,
  type CommandType,
  contentOfCreated,
  createdEvent,
  type CreateExercise,
  decisionsToPlay,
  describeProblems,
  EmbeddedContentError,
  type EngineRole,
  type EngineState,
  ExerciseEngine,
  exerciseRoles,
  foldFrom,
  headingOf,
  type ExerciseHeading,
  type HistoryProgress,
  InjectDraft,
  type InjectState,
  type LoadedContent,
  loadExerciseContent,
  type MechanismView,
  type StationWords,
  stationWords,
  type OpenDecision,
  openDecisionsOf,
  plannedInjectContent,
  replay,
  ReplayError,
  roleTitleIn,
  rosterTitle,
  scenarioTimeOf,
  sha256Hex,
  snapshotOf,
  SNAPSHOT_INTERVAL,
  type StationDecision,
  type StationEvent,
  stationRoster,
  type StationRoster,
  stationViewOf,
  streamLengthOf,
  type ViewedExercise,
  COMMAND_AUTHORITY,
  isCommandType,
} from './engine/index';

// the in-memory event store and the JSON Lines journal codec
export {
  checkBatch,
  checkSnapshotExercise,
  decodeJournal,
  type DecodedJournal,
  encodeEvents,
  eventsFromLines,
  EventStoreClosedError,
  JournalDecoder,
  type JournalProblem,
  MemoryEventStore,
  type TornLine,
  WrongExerciseError,
} from './stores/index';

// automated role agents and the headless run
export { LiveAgents, runExercise, type RunSummary, SeededRandom } from './agents/index';

// the live loop: clock pulses, due deadlines, maximum speed, automated roles
export { LiveLoop, ManualTicker, type Ticker } from './live/index';

// read models every screen and the metrics share
export {
  type ActorCredit,
  creditOf,
  isAgentStation,
  EvaluationLog,
  type EventFold,
  ExchangeGraph,
  ExerciseReadModels,
  ExpectedActionLog,
  type ExpectedActionRecord,
  FoldFeed,
  type GivenRating,
  ImprovementPlan,
  InjectLog,
  leafPaths,
  MechanismHistory,
  moverOf,
  type ObservationKind,
  type ObservationLinks,
  type ObservationText,
  ReadModelFeed,
  type RecordedObservation,
  type TransitionRecord,
} from './read-models/index';

// metrics derived from the read models, and the readable summary
export {
  computeMetrics,
  type ExerciseMetrics,
  metricsOf,
  renderSummary,
  type StageChain,
  STAGES,
  type WindowResult,
} from './metrics/index';

// the station protocol: host side, station side, in-process transport, the host clock; the socket's frames
// and the console's channel
export {
  type ClientFrame,
  type JoinAnswer,
  JoinRequest,
  type JoinCodeView,
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_PATH,
  newJoinCode,
  normalizeJoinCode,
  type LanStatus,
  STATION_GRANT_KINDS,
  STATION_TOKEN_PATH,
  type StationAccessView,
  type StationGrantKind,
  StationTokenRequest,
  parseStationMessage,
  type StationMessage,
  CONSOLE_CHANNEL,
  CONSOLE_PAGE_EVENTS,
  type ConsoleCommand,
  commandLock,
  type CopyReport,
  eventDigest,
  hasEnded,
  QUICK_OPEN_AFTER_EVENTS,
  type ConsoleMessage,
  type ConsoleRequest,
  type FrameError,
  HOST_SESSION_PATH,
  HOST_SOCKET_PATH,
  type HostClock,
  type HostFrame,
  type HostMessage,
  hostClockTimeAt,
  inProcessTransport,
  isConsoleMessage,
  MAX_FRAME_BYTES,
  MAX_STATION_FRAME_BYTES,
  type NewExerciseRequest,
  parseClientFrame,
  parseConsoleRequest,
  parseHostFrame,
  parseStationChannel,
  type PendingCommand,
  type RestoreResult,
  StationClient,
  StationHub,
  type StationLock,
  type StationPresence,
  type StationCommandGate,
  type StationState,
  type StationStorage,
} from './stations/index';
