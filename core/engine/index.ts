export * from './canonical-json';
export * from './sha256';
export * from './clock';
export * from './engine-state';
export * from './exercise-engine';
export { type CreateExercise, type OpenExercise } from './exercise-opening';
export { SNAPSHOT_INTERVAL } from './snapshot-interval';
export type { EngineListener, HistoryProgress } from './engine-log';
export * from './exercise-content';
export * from './check-embedded-content';
export * from './replay';
export {
  BranchError,
  branchLog,
  checkBranchChains,
  checkBranchPrefix,
  PrefixChain,
  type BranchCheck,
  type BranchOptions,
} from './branch-log';
export * from './roles';
export * from './station-view';
export * from './station-roster';
export * from './visibility';
export * from './view-queries';
export {
  headingOf,
  shownMachines,
  stationViewOf,
  streamLengthOf,
  type ViewedExercise,
} from './station-streams';
export { stationWords, type StationWords } from './station-words';
export * from './command-schemas';
export { nextDeadline, pendingDeadlines, type Deadline } from './deadlines';
export { plannedInjectContent } from './injects';
export { actorKey } from './mechanisms';
export { contentEnvelope, decisionMarkings, isAtLeastAsStrict } from './content-marking';
export {
  ENGINE_STATE_VERSION,
  STATE_MIGRATIONS,
  SnapshotVersionError,
  snapshotState,
} from './state-migrations';
