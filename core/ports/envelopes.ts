/**
 * The command, event and reply envelopes (ARCHITECTURE.md §3). Fixed early because logs are never migrated
 * by editing: a change here is a new envelope version `v`, read side by side with the old one.
 */

export const EVENT_ENVELOPE_VERSION = 1;

/** Who may see an event, besides its marking: players (all, or named roles), control, evaluation. */
export type AudienceEntry = 'players' | 'control' | 'evaluation' | `role:${string}`;

/** The role behind an event or command; `actingAs` when EXCON or an automated agent plays a role. */
export interface ActorRef {
  role: string;
  station: string | null;
  actingAs: string | null;
}

export interface ExerciseEvent<P = Record<string, unknown>> {
  v: number;
  /** Contiguous per exercise, from 1. */
  seq: number;
  exerciseId: string;
  type: string;
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
  payload: P;
}

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
  'invalid-command' | 'unknown-command' | 'not-allowed' | 'not-now' | 'unknown-target' | 'exercise-ended';
