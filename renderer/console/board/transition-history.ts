import type { ExerciseEvent } from '../../../core/index';
import { leafPathsOfValue } from './state-paths';

/** Who or what moved a mechanism: a role's decision, a route from another machine, a timer, or EXCON's void. */
export type TransitionCause = 'decision' | 'route' | 'timer' | 'void';

export interface TransitionRecord {
  seq: number;
  scenarioMs: number;
  wallMs: number;
  actorKey: string;
  /** The playbook event that moved it; null for a void, which restores the earlier state. */
  event: string | null;
  from: string[];
  to: string[];
  cause: TransitionCause;
  decisionId: string | null;
  /** The role the decision counts for (the role played, when EXCON or an agent acted for it). */
  role: string | null;
  /** Who actually sent the command when it was taken for `role` (EXCON, an automated agent). */
  playedBy: string | null;
  rationale: string | null;
  /** The machine a route came from. */
  fromActor: string | null;
  /** EXCON's reason: on a decision later voided, and on the void's own restoring transition. */
  voidReason: string | null;
}

interface DecisionFacts {
  role: string | null;
  playedBy: string | null;
  rationale: string | null;
}

/**
 * Every mechanism transition with who caused it and when, folded incrementally: each call reads only the
 * events appended since the last one, so a 100,000-event log is read once, not on every render.
 */
export class TransitionHistory {
  private seen = 0;
  private readonly byActor = new Map<string, TransitionRecord[]>();
  private readonly decisions = new Map<string, DecisionFacts>();
  private readonly decisionRecords = new Map<string, TransitionRecord>();
  private readonly voidReasons = new Map<string, string>();

  advance(events: readonly ExerciseEvent[]): void {
    for (; this.seen < events.length; this.seen += 1) this.apply(events[this.seen] as ExerciseEvent);
  }

  of(actorKey: string): readonly TransitionRecord[] {
    return this.byActor.get(actorKey) ?? [];
  }

  last(actorKey: string): TransitionRecord | null {
    return this.of(actorKey).at(-1) ?? null;
  }

  private apply(event: ExerciseEvent): void {
    const payload = event.payload;
    if (event.type === 'decision.taken') {
      const actingAs = event.actor?.actingAs ?? null;
      this.decisions.set(payload.decisionId as string, {
        role: actingAs ?? event.actor?.role ?? null,
        playedBy: actingAs ? (event.actor?.role ?? null) : null,
        rationale: (payload.rationale as string | null | undefined) ?? null,
      });
    } else if (event.type === 'decision.voided') {
      const decisionId = payload.decisionId as string;
      const reason = String(payload.reason ?? '');
      this.voidReasons.set(decisionId, reason);
      const record = this.decisionRecords.get(decisionId);
      if (record) record.voidReason = reason;
    } else if (event.type === 'mechanism.transitioned') {
      this.transitioned(event);
    }
  }

  private transitioned(event: ExerciseEvent): void {
    const payload = event.payload;
    const cause = (payload.cause ?? {}) as {
      kind?: TransitionCause;
      decisionId?: string;
      fromActor?: string;
    };
    const decisionId = cause.decisionId ?? null;
    const decision = cause.kind === 'decision' && decisionId ? this.decisions.get(decisionId) : undefined;
    const voidActor = cause.kind === 'void' ? event.actor : null;
    const record: TransitionRecord = {
      seq: event.seq,
      scenarioMs: event.scenarioMs,
      wallMs: event.wallMs,
      actorKey: payload.actorKey as string,
      event: (payload.event as string | null) ?? null,
      from: leafPathsOfValue(payload.from),
      to: leafPathsOfValue(payload.to),
      cause: cause.kind ?? 'route',
      decisionId,
      role: decision?.role ?? voidActor?.role ?? null,
      playedBy: decision?.playedBy ?? null,
      rationale: decision?.rationale ?? null,
      fromActor: cause.fromActor ?? null,
      voidReason: cause.kind === 'void' && decisionId ? (this.voidReasons.get(decisionId) ?? null) : null,
    };
    let list = this.byActor.get(record.actorKey);
    if (!list) this.byActor.set(record.actorKey, (list = []));
    list.push(record);
    if (cause.kind === 'decision' && decisionId) this.decisionRecords.set(decisionId, record);
  }
}
