import type { LoadedContent } from '../engine/index';
import type { FieldValue, TransitionCause } from '../events/index';
import type { StateValue } from '../events/index';
import { activeStatePaths } from '../playbook/index';
import type { ExerciseEvent } from '../ports/index';
import { creditIn, type ActorCredit } from './actor-credit';
import type { LoggedAt } from './logged-at';
import { leafPaths } from './state-paths';

/** A decision of the log, with what became of it. */
export interface DecisionRecord extends LoggedAt {
  decisionId: string;
  actorKey: string;
  machine: string;
  instance: string | null;
  event: string;
  fields: Record<string, FieldValue>;
  rationale: string | null;
  /** The role the decision counts for: the role played, when EXCON or an agent acted for it. */
  role: string;
  /** Who sent the command when it was taken for `role` (EXCON, an automated agent); null in person. */
  playedBy: string | null;
  /** Who is credited with it: a person, control (by hand), an automated role with its policy. */
  credit: ActorCredit;
  /** The playbook's stage of the event (report, notify, assess, decide, activate or other). */
  stage: string;
  /** The inject its taker named as the one it answers (envelope v4); null when none was named. */
  answersInject: string | null;
  /** EXCON's void, when it came: the decision then counts nowhere but in the consistency flags. */
  voided: (LoggedAt & { reason: string; by: string | null }) | null;
}

/** A timer that fired: which actor, and which of the playbook's delays. */
export interface FiredTimer {
  actorKey: string;
  delay: string;
}

/** A mechanism (or case) starting, or moving from one state to another. */
export interface TransitionRecord extends LoggedAt {
  kind: 'started' | 'transitioned';
  actorKey: string;
  machine: string;
  instance: string | null;
  /** The playbook event that moved it; null when it started, and for a void (which restores). */
  event: string | null;
  cause: TransitionCause | null;
  /** Leaf states before and after (shared between records: never change them). */
  from: readonly string[];
  to: readonly string[];
  /** The state paths it entered (every active path when it started). */
  entered: readonly string[];
  /** The decision behind it (or the one a void undid). */
  decision: DecisionRecord | null;
  /** The role behind a void. */
  voidedBy: string | null;
}

/**
 * Mechanism transition history, folded one event at a time: every start and transition of every mechanism
 * and case with who or what caused it, and every decision with its stage and its void. The board, the
 * playbook windows, the response stages and the consistency flags read it.
 */
export class MechanismHistory {
  private readonly byActor = new Map<string, TransitionRecord[]>();
  private readonly movesByActor = new Map<string, TransitionRecord[]>();
  private readonly decisionsById = new Map<string, DecisionRecord>();
  private readonly timersFired: FiredTimer[] = [];
  /** Each name kept once, however many records name it: a long log repeats a few hundred names. */
  private readonly names = new Map<string, string>();
  /**
   * A long exercise moves a few dozen machines through a few hundred states tens of thousands of times: the
   * path lists of a state value, and the states entered between two values, are worked out once and shared
   * by every record that has them (100,000 events: a fraction of the memory and time of one list each).
   */
  private readonly shapes = new Map<string, { key: string; paths: string[]; leaves: string[] }>();
  private readonly entered = new Map<string, string[]>();

  constructor(private readonly content: LoadedContent) {}

  apply(event: ExerciseEvent): void {
    switch (event.type) {
      case 'decision.taken': {
        const { payload } = event;
        const actingAs = event.actor?.actingAs ?? null;
        this.decisionsById.set(payload.decisionId, {
          seq: event.seq,
          scenarioMs: event.scenarioMs,
          wallMs: event.wallMs,
          decisionId: payload.decisionId,
          actorKey: this.name(payload.actorKey),
          machine: this.name(payload.machine),
          instance: this.nameOrNull(payload.instance),
          event: this.name(payload.event),
          fields: payload.fields,
          rationale: payload.rationale,
          role: this.name(actingAs ?? event.actor?.role ?? ''),
          playedBy: actingAs ? (event.actor?.role ?? null) : null,
          credit: creditIn(this.content.playbook, event.actor),
          stage:
            this.content.playbook.mechanisms.get(payload.machine)?.events[payload.event]?.stage ?? 'other',
          answersInject: payload.answersInject ?? null,
          voided: null,
        });
        break;
      }
      case 'decision.voided': {
        const decision = this.decisionsById.get(event.payload.decisionId);
        if (decision)
          decision.voided = {
            seq: event.seq,
            scenarioMs: event.scenarioMs,
            wallMs: event.wallMs,
            reason: event.payload.reason,
            by: event.actor?.role ?? null,
          };
        break;
      }
      case 'mechanism.started':
        this.push({
          seq: event.seq,
          scenarioMs: event.scenarioMs,
          wallMs: event.wallMs,
          kind: 'started',
          actorKey: this.name(event.payload.actorKey),
          machine: this.name(event.payload.machine),
          instance: this.nameOrNull(event.payload.instance),
          event: null,
          cause: null,
          from: [],
          to: this.shapeOf(event.payload.value).leaves,
          entered: this.shapeOf(event.payload.value).paths,
          decision: null,
          voidedBy: null,
        });
        break;
      case 'mechanism.transitioned': {
        const { payload } = event;
        const cause = payload.cause;
        const decisionId = cause.kind === 'decision' || cause.kind === 'void' ? cause.decisionId : null;
        const from = this.shapeOf(payload.from);
        const to = this.shapeOf(payload.to);
        this.push({
          seq: event.seq,
          scenarioMs: event.scenarioMs,
          wallMs: event.wallMs,
          kind: 'transitioned',
          actorKey: this.name(payload.actorKey),
          machine: this.name(payload.machine),
          instance: this.nameOrNull(payload.instance),
          event: this.nameOrNull(payload.event),
          cause,
          from: from.leaves,
          to: to.leaves,
          entered: this.enteredBetween(from, to),
          decision: decisionId ? (this.decisionsById.get(decisionId) ?? null) : null,
          voidedBy: cause.kind === 'void' ? (event.actor?.role ?? null) : null,
        });
        break;
      }
      case 'timer.fired':
        this.timersFired.push({
          actorKey: this.name(event.payload.actorKey),
          delay: this.name(event.payload.delay),
        });
        break;
      default:
        break;
    }
  }

  /** Starts and transitions of one mechanism or case, oldest first. */
  of(actorKey: string): readonly TransitionRecord[] {
    return this.byActor.get(actorKey) ?? [];
  }

  /** Transitions only (no start), oldest first: what the board's log of an actor lists. */
  moves(actorKey: string): readonly TransitionRecord[] {
    return this.movesByActor.get(actorKey) ?? [];
  }

  /** The latest transition of an actor; null when it has not moved since it started. */
  lastMove(actorKey: string): TransitionRecord | null {
    return this.moves(actorKey).at(-1) ?? null;
  }

  actors(): IterableIterator<[string, readonly TransitionRecord[]]> {
    return this.byActor.entries();
  }

  /** Every decision, in the order taken, voided ones included (see `voided`). */
  decisions(): IterableIterator<DecisionRecord> {
    return this.decisionsById.values();
  }

  decision(decisionId: string): DecisionRecord | undefined {
    return this.decisionsById.get(decisionId);
  }

  /** Timers that fired (a UCPM request lapsing, a window's reminder), in order. */
  firedTimers(): readonly FiredTimer[] {
    return this.timersFired;
  }

  /**
   * Does this transition still stand? Those a voided decision caused, and the restorations the voids logged,
   * are left out, as the log says.
   */
  static stands(record: TransitionRecord): boolean {
    if (record.cause?.kind === 'void') return false;
    return !(record.cause?.kind === 'decision' && record.decision?.voided);
  }

  private name(text: string): string {
    const kept = this.names.get(text);
    if (kept !== undefined) return kept;
    this.names.set(text, text);
    return text;
  }

  private nameOrNull(text: string | null): string | null {
    return text === null ? null : this.name(text);
  }

  private shapeOf(value: StateValue) {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    let shape = this.shapes.get(key);
    if (!shape) {
      const paths = activeStatePaths(value);
      this.shapes.set(key, (shape = { key, paths, leaves: leafPaths(paths) }));
    }
    return shape;
  }

  /** The state paths active after a transition that were not before it (as `enteredStates` has them). */
  private enteredBetween(from: { key: string; paths: string[] }, to: { key: string; paths: string[] }) {
    const key = `${from.key}\n${to.key}`;
    let entered = this.entered.get(key);
    if (!entered) {
      const was = new Set(from.paths);
      this.entered.set(key, (entered = to.paths.filter((path) => !was.has(path))));
    }
    return entered;
  }

  private push(record: TransitionRecord): void {
    append(this.byActor, record);
    if (record.kind === 'transitioned') append(this.movesByActor, record);
  }
}

function append(lists: Map<string, TransitionRecord[]>, record: TransitionRecord): void {
  let list = lists.get(record.actorKey);
  if (!list) lists.set(record.actorKey, (list = []));
  list.push(record);
}

/** Who or what moved a mechanism, in the terms the board and the report show. */
export interface TransitionMover {
  cause: 'started' | TransitionCause['kind'];
  /** The decision behind it, or the one a void undid. */
  decisionId: string | null;
  /** The role the decision counts for, or the role that voided. */
  role: string | null;
  /** Who sent the command when it was taken for `role` (EXCON, an automated agent). */
  playedBy: string | null;
  /** Who is credited with the decision behind it; null for a route, a timer, a void or a start. */
  credit: ActorCredit | null;
  rationale: string | null;
  /** The mechanism (actor) a route came from. */
  fromActor: string | null;
  /** EXCON's reason: on a decision later voided, and on the void's own restoring transition. */
  voidReason: string | null;
}

export function moverOf(record: TransitionRecord): TransitionMover {
  const { cause, decision } = record;
  const kind = cause?.kind ?? 'started';
  return {
    cause: kind,
    decisionId: decision?.decisionId ?? null,
    role: kind === 'void' ? record.voidedBy : kind === 'decision' ? (decision?.role ?? null) : null,
    playedBy: kind === 'decision' ? (decision?.playedBy ?? null) : null,
    credit: kind === 'decision' ? (decision?.credit ?? null) : null,
    rationale: kind === 'decision' ? (decision?.rationale ?? null) : null,
    fromActor: cause?.kind === 'route' ? cause.fromActor : null,
    voidReason: decision?.voided?.reason ?? null,
  };
}
