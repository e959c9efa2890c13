import type { EventOf, ExerciseEvent } from '../ports/index';
import type { InjectContent } from '../events/index';
import { isAgentStation } from './actor-credit';
import { loggedAt, type LoggedAt } from './logged-at';

/** Where an inject stands with one recipient. */
export interface RecipientRecord {
  role: string;
  status: 'delivered' | 'blocked' | 'acknowledged';
  delivered: LoggedAt | null;
  acknowledged: LoggedAt | null;
  /** True when an automated role acknowledged it (core/read-models/actor-credit.ts), not a person or control. */
  acknowledgedByAgent: boolean;
  /** Why the delivery was blocked (the marking the recipient is not cleared for). */
  blockedReason: string | null;
  marking: string;
}

/** One step of an inject's life, for one recipient or (role null) for all. */
export interface InjectStep extends LoggedAt {
  type: InjectStepType;
  role: string | null;
  reason: string | null;
}

export type InjectStepType = InjectStepEvent['type'];
type InjectStepEvent = EventOf<
  | 'inject.triggered'
  | 'inject.rescheduled'
  | 'inject.edited'
  | 'inject.held'
  | 'inject.skipped'
  | 'inject.released'
  | 'inject.delivered'
  | 'inject.blocked'
  | 'inject.acknowledged'
  | 'expected-action.met'
  | 'expected-action.missed'
  | 'expected-action.marked'
>;

export interface InjectRecord {
  injectId: string;
  /** The content as released (edits applied; an ad-hoc inject exists nowhere else); null until released. */
  content: InjectContent | null;
  released: LoggedAt | null;
  /** Why it was released: schedule, trigger, controller or adhoc. */
  cause: string | null;
  adhoc: boolean;
  recipients: Map<string, RecipientRecord>;
  steps: InjectStep[];
}

const STEP_TYPES = new Set<string>([
  'inject.triggered',
  'inject.rescheduled',
  'inject.edited',
  'inject.held',
  'inject.skipped',
  'inject.released',
  'inject.delivered',
  'inject.blocked',
  'inject.acknowledged',
  'expected-action.met',
  'expected-action.missed',
  'expected-action.marked',
]);

const isStep = (event: ExerciseEvent): event is InjectStepEvent => STEP_TYPES.has(event.type);

/**
 * The inject log per recipient, folded one event at a time: what each inject said when released, and for each
 * recipient when it was delivered (or blocked, and why) and acknowledged; with every step of its life for the
 * MSEL's record. Acknowledgement latency is measured from it.
 */
export class InjectLog {
  private readonly injects = new Map<string, InjectRecord>();

  apply(event: ExerciseEvent): void {
    if (!isStep(event)) return;
    const record = this.recordOf(event.payload.injectId);
    const role = 'role' in event.payload ? event.payload.role : null;
    const reason = event.type === 'inject.blocked' ? event.payload.reason : null;
    record.steps.push({
      seq: event.seq,
      scenarioMs: event.scenarioMs,
      wallMs: event.wallMs,
      type: event.type,
      role,
      reason,
    });
    switch (event.type) {
      case 'inject.released':
        record.content = event.payload.content;
        record.released = loggedAt(event);
        record.cause = event.payload.cause;
        record.adhoc = event.payload.adhoc;
        break;
      case 'inject.delivered':
        record.recipients.set(event.payload.role, {
          role: event.payload.role,
          status: 'delivered',
          delivered: loggedAt(event),
          acknowledged: null,
          acknowledgedByAgent: false,
          blockedReason: null,
          marking: event.payload.content.marking,
        });
        break;
      case 'inject.blocked':
        record.recipients.set(event.payload.role, {
          role: event.payload.role,
          status: 'blocked',
          delivered: null,
          acknowledged: null,
          acknowledgedByAgent: false,
          blockedReason: event.payload.reason,
          marking: event.payload.marking,
        });
        break;
      case 'inject.acknowledged': {
        const recipient = record.recipients.get(event.payload.role);
        if (recipient) {
          recipient.status = 'acknowledged';
          recipient.acknowledged = loggedAt(event);
          recipient.acknowledgedByAgent = isAgentStation(event.actor?.station ?? null);
        }
        break;
      }
      default:
        break;
    }
  }

  get(injectId: string): InjectRecord | undefined {
    return this.injects.get(injectId);
  }

  /** Every inject the log mentions, in the order it first did. */
  all(): IterableIterator<InjectRecord> {
    return this.injects.values();
  }

  private recordOf(injectId: string): InjectRecord {
    let record = this.injects.get(injectId);
    if (!record) {
      record = {
        injectId,
        content: null,
        released: null,
        cause: null,
        adhoc: false,
        recipients: new Map(),
        steps: [],
      };
      this.injects.set(injectId, record);
    }
    return record;
  }
}
