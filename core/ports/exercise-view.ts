import type {
  EngineRole,
  EngineState,
  ExerciseHeading,
  HistoryProgress,
  LoadedContent,
  OpenDecision,
  StationView,
} from '../engine/index';
import type { StationPresence } from '../stations/index';
import type { ExerciseEvent } from './envelopes';

/**
 * What the controller's screens read of an exercise, and nothing they could change it with: commands go
 * through a separate send function. The engine runs in the exercise host, another process; the screens see
 * this view, whose members are the log, the state folded from it, the documents it was
 * started with, and queries computed from those, so a copy of the log answers them as the engine would.
 */
export interface ExerciseView {
  /** The state folded from the log: clock, mechanisms, injects, messages, auto-played roles, NO PLAY. */
  readonly state: Readonly<EngineState>;
  /**
   * The log as this view holds it, oldest first. It only grows: the same array gains events, or is
   * replaced by a longer one (the history read in after a quick open, the engine reopened), so its identity
   * and length are enough to tell a projection whether to fold again. One exception: a console whose copy
   * was far behind the host starts again from the host's snapshot, and holds only the events after it (a
   * new array, whose first event differs) until the history is read in.
   */
  readonly events: readonly ExerciseEvent[];
  /** The playbook and scenario the exercise was created with, loaded: titles, roles, markings, machines. */
  readonly content: LoadedContent;
  /** The exercise's roles (the playbook's the scenario plays and its local ones), in the scenario's order. */
  readonly roles: ReadonlyMap<string, EngineRole>;
  /**
   * True when this console may not change the exercise (a damaged journal the host opened read-only, the
   * host out of reach): screens disable their controls rather than offer commands that would be refused.
   */
  readonly readOnly: boolean;
  /** Why the view is read-only, for the controller; null when it is not. */
  readonly readOnlyReason: string | null;
  /** A failure the controller must see: a command or write that was not recorded, and why. */
  readonly error: string | null;
  /** Increases on every change of the exercise (events, errors): a cheap key for memoised projections. */
  readonly version: number;
  /** Increases when a station arrives, beats or acts: the key of the stations view alone. */
  readonly presenceVersion: number;

  /** The exercise's name, marking and in-world start: every screen's banner and in-world clock. */
  heading(): ExerciseHeading;
  /** How far a long log's history has been read after a quick open; null once it is all in. */
  historyProgress(): HistoryProgress | null;
  /** Which stations are connected, for which role, and when each last acted. */
  presence(): StationPresence[];
  /** Called on every change of the exercise; not on station heartbeats. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Called when a station arrives, beats or acts. Kept apart from `subscribe` so that heartbeats do not
   * recompute the console's projections of a long log.
   */
  subscribePresence(listener: () => void): () => void;

  /** The decisions a role may take now, exactly as its station offers them (the board's "open decisions"). */
  openDecisions(role: string): OpenDecision[];
  /** Active state paths of a mechanism or case; its initial states when it has not started yet. */
  activePaths(machine: string, instance: string | null): string[];
  /** Scenario time at a wall time the screen read (the live clock), by the clock fold. */
  scenarioTimeAt(wallMs: number): number;
  /**
   * What a role's station holds from stream number `since` on: the console's "view as role" shows exactly
   * what the station would.
   */
  stationView(role: string, since?: number): StationView;
}
