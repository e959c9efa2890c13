import type {
  ExerciseHeading,
  MechanismView,
  StationDecision,
  StationEvent,
  StationRoster,
  StationWords,
} from '../engine/index';
import type { CopyReport } from './station-lock';
import type { HostClock } from './station-protocol';

/*
 * What a role's station holds and where it keeps it: the shapes StationClient works with, apart from it so
 * the client reads as what it does.
 */

export interface PendingCommand {
  commandId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** What one role's station holds: only what reached it over its channel. */
export interface StationState {
  role: string;
  events: StationEvent[];
  mechanisms: MechanismView[];
  openDecisions: StationDecision[];
  /** The words of the content shown, by language, as the host last sent them (null from an older host). */
  words?: StationWords | null;
  clock: HostClock | null;
  /** The exercise's name, marking and in-world start, as the host last sent them. */
  heading: ExerciseHeading | null;
  /** The roles, markings and mechanism names this role's station words things with, as the host sent them. */
  roster: StationRoster | null;
  hostOnline: boolean;
  lastHostWallMs: number | null;
  pending: PendingCommand[];
  /** The host's last refusal of a malformed message, shown to the participant. */
  refusal: string | null;
  /** What the host's last answer to a hello did to the copy; `ahead` holds until the copy is replaced. */
  copy: CopyReport | null;
  /** The host refused the role's channel (the exercise is not on the host): its reason, until it accepts. */
  unhosted: string | null;
}

/** Where a station keeps what it received (its own database, never the engine's). */
export interface StationStorage {
  load(): Promise<
    | (Pick<StationState, 'events' | 'mechanisms' | 'openDecisions' | 'pending'> & {
        heading?: ExerciseHeading | null;
        roster?: StationRoster | null;
      })
    | null
  >;
  save(update: {
    newEvents: readonly StationEvent[];
    mechanisms: readonly MechanismView[];
    openDecisions: readonly StationDecision[];
    pending: readonly PendingCommand[];
    heading: ExerciseHeading | null;
  }): Promise<void>;
  /** Keep the roster the host sent, so a station opened while the host is away still shows titles. */
  saveRoster(roster: StationRoster): Promise<void>;
  /** Forget everything kept for this role (its copy is replaced with the host's). */
  clear(): Promise<void>;
}
