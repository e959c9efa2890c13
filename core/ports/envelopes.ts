import type { EventPayload, EventType } from '../events/index';

/**
 * The command, event and reply envelopes (docs/architecture.md §3). Fixed early because logs are never migrated
 * by editing: a change here, or to an event's payload, is a new envelope version `v`, and lines of the
 * versions before are read through named migration steps (core/events/event-migrations.ts).
 */

/**
 * 1: the first version. 2: `message.blocked` is addressed to the sender as well as to control and evaluation
 * (issue 18: a sender learns what its marking did); step `message-blocked-told-to-sender`. 3: the station access
 * events (issue 20). 4: the improvement plan and the inject a decision answers (issue 22). 5: `exercise.branched`,
 * where a what-if branch leaves its origin (issue 23).
 */
export const EVENT_ENVELOPE_VERSION = 5;

/** Who may see an event, besides its marking: players (all, or named roles), control, evaluation. */
export type AudienceEntry = 'players' | 'control' | 'evaluation' | `role:${string}`;

/** The role behind an event or command; `actingAs` when EXCON or an automated agent plays a role. */
export interface ActorRef {
  role: string;
  station: string | null;
  actingAs: string | null;
}

/** One event of a given type; `ExerciseEvent` is the union of all of them, so `event.type` narrows `payload`. */
export interface EventEnvelope<K extends EventType = EventType> {
  v: number;
  /** Contiguous per exercise, from 1. */
  seq: number;
  exerciseId: string;
  type: K;
  /** Milliseconds of scenario time since T0 at which it happened. */
  scenarioMs: number;
  /** The host's wall clock, read once per command or tick. */
  wallMs: number;
  /** The command that caused it; null for events the engine appends on its own (timers, ticks). */
  commandId: string | null;
  actor: ActorRef | null;
  /** Releasability marking of the content, or null for control events with no content to release. */
  marking: string | null;
  audience: AudienceEntry[];
  payload: EventPayload<K>;
}

/** Any event of the log: a union discriminated by `type`. */
export type ExerciseEvent = { [K in EventType]: EventEnvelope<K> }[EventType];

/** The event of one type (or of several). */
export type EventOf<K extends EventType> = Extract<ExerciseEvent, { type: K }>;

/** `Omit` that keeps a union a union (the built-in one merges its members and loses the narrowing). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandIssuer {
  role: string;
  station: string;
}

/** A command from a station, the console, the CLI or an agent. `issuedBy` is stamped by the transport. */
export interface ExerciseCommand<P = Record<string, unknown>> {
  /** Chosen by the sender, unique per exercise: a resent command is applied once. */
  commandId: string;
  type: string;
  issuedBy: CommandIssuer;
  /** When EXCON or an agent plays a role: the role whose decision this is. */
  actingAs?: string;
  payload: P;
  /** The sender's clock, for information only. */
  clientTs?: number;
}

export type CommandReply =
  | { ok: true; commandId: string; seqs: number[]; duplicate?: boolean }
  | { ok: false; commandId: string; code: RejectionCode; reason: string; field?: string };

export type RejectionCode =
  | 'invalid-command'
  | 'unknown-command'
  | 'not-allowed'
  | 'not-now'
  | 'unknown-target'
  | 'exercise-ended'
  /** The real-world safety stop stands: no player command is taken until EXCON lifts it. */
  | 'no-play';
