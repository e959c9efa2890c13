import {
  activePathsOf,
  openDecisionsOf,
  scenarioTimeOf,
  type ExerciseEngine,
  type ExerciseView,
  type HistoryProgress,
  type StationPresence,
} from '../../core/index';

/**
 * What an engine in this process and its surroundings tell a view: the engine host, or a test's lone engine.
 * `engine` is read on every call, so a view stays valid when the host swaps its engine (the read-only
 * follower reopens the exercise when another tab has appended to it).
 */
export interface EngineViewSource {
  readonly engine: ExerciseEngine;
  readonly readOnly: boolean;
  readonly error: string | null;
  readonly version: number;
  readonly presenceVersion: number;
  historyProgress(): HistoryProgress | null;
  presence(): StationPresence[];
  subscribe(listener: () => void): () => void;
  subscribePresence(listener: () => void): () => void;
}

/**
 * The console's read-only view of an engine in this process. The derived queries are core's pure functions
 * of state, content and log, the ones a console fed a copy of the log from another process computes too.
 */
export class EngineView implements ExerciseView {
  constructor(private readonly source: EngineViewSource) {}

  get state() {
    return this.source.engine.state;
  }

  get events() {
    return this.source.engine.events;
  }

  get content() {
    return this.source.engine.content;
  }

  get roles() {
    return this.source.engine.roles;
  }

  get readOnly() {
    return this.source.readOnly;
  }

  /** An engine in this process is never out of reach. */
  get readOnlyReason() {
    return this.source.readOnly ? 'this tab is read-only' : null;
  }

  get error() {
    return this.source.error;
  }

  get version() {
    return this.source.version;
  }

  get presenceVersion() {
    return this.source.presenceVersion;
  }

  /** From the engine: it keeps `exercise.created`, which a log still reading its history does not hold. */
  heading() {
    return this.source.engine.heading();
  }

  historyProgress() {
    return this.source.historyProgress();
  }

  presence() {
    return this.source.presence();
  }

  subscribe(listener: () => void) {
    return this.source.subscribe(listener);
  }

  subscribePresence(listener: () => void) {
    return this.source.subscribePresence(listener);
  }

  openDecisions(role: string) {
    const { content, state, roles } = this.source.engine;
    return openDecisionsOf(content, state, roles, role);
  }

  activePaths(machine: string, instance: string | null) {
    const { content, state } = this.source.engine;
    return activePathsOf(content, state, machine, instance);
  }

  scenarioTimeAt(wallMs: number) {
    return scenarioTimeOf(this.source.engine.state, wallMs);
  }

  stationView(role: string, since = 0) {
    return this.source.engine.stationView(role, since);
  }
}
