import { firstAfter } from './count-history';
import type { ExerciseReadModels } from './exercise-read-models';
import type { EuNatoFigures, OrganisationPair } from './exchange-types';
import type { LoggedAt } from './logged-at';
import type { DecisionRecord } from './mechanism-history';

/** A mechanism or case as it stood: its leaf states and the event that put it there. */
export interface MomentMechanism {
  actorKey: string;
  machine: string;
  instance: string | null;
  states: readonly string[];
  since: LoggedAt;
}

/** What one role had received and read by then. */
export interface MomentRole {
  role: string;
  injectsReceived: number;
  injectsRead: number;
  injectsBlocked: number;
  messagesReceived: number;
  messagesRead: number;
  /** The inject it received last, if any. */
  lastInject: { injectId: string; title: string; at: LoggedAt } | null;
}

/** A decision taken by then, and whether control had voided it by then. */
export interface MomentDecision {
  record: DecisionRecord;
  voided: boolean;
}

/**
 * The exercise as it stood once one event of the log was applied: what the review's scrubber shows at a
 * point. Every part is read from the read models themselves (their records carry the event that made them,
 * and the exchange graph keeps checkpoints of its counts), never by folding the log again from the start.
 */
export interface ReviewMoment {
  seq: number;
  scenarioMs: number;
  mechanisms: MomentMechanism[];
  roles: MomentRole[];
  decisions: MomentDecision[];
  pairs: OrganisationPair[];
  euNato: EuNatoFigures;
  blockedByMarking: Record<string, number>;
}

/** The moment after the event `at.seq`, logged at scenario time `at.scenarioMs`. */
export function reviewMoment(
  models: ExerciseReadModels,
  at: { seq: number; scenarioMs: number },
): ReviewMoment {
  const { seq } = at;
  return {
    seq,
    scenarioMs: at.scenarioMs,
    mechanisms: mechanismsAt(models, seq),
    roles: rolesAt(models, seq),
    decisions: decisionsAt(models, seq),
    pairs: models.exchange.organisationPairs(seq),
    euNato: models.exchange.euNato(seq),
    blockedByMarking: models.exchange.blockedByMarking(seq),
  };
}

function mechanismsAt(models: ExerciseReadModels, seq: number): MomentMechanism[] {
  const out: MomentMechanism[] = [];
  for (const [actorKey, records] of models.history.actors()) {
    const last = records[firstAfter(records, seq) - 1];
    if (!last) continue;
    out.push({
      actorKey,
      machine: last.machine,
      instance: last.instance,
      states: last.to,
      since: { seq: last.seq, scenarioMs: last.scenarioMs, wallMs: last.wallMs },
    });
  }
  return out.sort((a, b) => (a.actorKey < b.actorKey ? -1 : a.actorKey > b.actorKey ? 1 : 0));
}

function decisionsAt(models: ExerciseReadModels, seq: number): MomentDecision[] {
  const out: MomentDecision[] = [];
  // Decisions are kept in the order taken, so the first one after the event ends the list.
  for (const record of models.history.decisions()) {
    if (record.seq > seq) break;
    out.push({ record, voided: record.voided !== null && record.voided.seq <= seq });
  }
  return out;
}

/**
 * Every role that received anything in the whole log, so the rows stay put while the scrubber moves; each
 * with what had reached it by then.
 */
function rolesAt(models: ExerciseReadModels, seq: number): MomentRole[] {
  const rows = new Map<string, MomentRole>();
  const row = (role: string) => {
    let found = rows.get(role);
    if (!found)
      rows.set(
        role,
        (found = {
          role,
          injectsReceived: 0,
          injectsRead: 0,
          injectsBlocked: 0,
          messagesReceived: 0,
          messagesRead: 0,
          lastInject: null,
        }),
      );
    return found;
  };
  for (const inject of models.injects.all()) {
    for (const recipient of inject.recipients.values()) {
      const counts = row(recipient.role);
      const { delivered, acknowledged } = recipient;
      if (delivered && delivered.seq <= seq) {
        counts.injectsReceived += 1;
        if (!counts.lastInject || counts.lastInject.at.seq < delivered.seq)
          counts.lastInject = {
            injectId: inject.injectId,
            title: inject.content?.title ?? '',
            at: delivered,
          };
      }
      if (acknowledged && acknowledged.seq <= seq) counts.injectsRead += 1;
      if (recipient.status === 'blocked') {
        const step = inject.steps.find(
          (item) => item.type === 'inject.blocked' && item.role === recipient.role,
        );
        if (step && step.seq <= seq) counts.injectsBlocked += 1;
      }
    }
  }
  const finalSeq = Number.MAX_SAFE_INTEGER;
  for (const role of models.exchange.messagesByRole(finalSeq).keys()) row(role);
  for (const [role, messages] of models.exchange.messagesByRole(seq)) {
    row(role).messagesReceived = messages.received;
    row(role).messagesRead = messages.read;
  }
  return [...rows.values()].sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}
