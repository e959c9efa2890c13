import { expectedStatusAfter, EXPECTED_STATUSES, type ExpectedStatus } from '../events/index';
import type { ExerciseEvent } from '../ports/index';
import { isAgentStation } from './actor-credit';
import { loggedAt, type LoggedAt } from './logged-at';

/** One expected action of a released inject, as the log has settled it so far. */
export interface ExpectedActionRecord {
  injectId: string;
  actionId: string;
  released: LoggedAt;
  /** Scenario time its window closes; null when it has none (free text without a window). */
  deadlineMs: number | null;
  status: ExpectedStatus;
  /** The event that settled it (met, missed or marked); null while it is open. */
  settled: LoggedAt | null;
  /** The role whose decision met it, or the role that marked it. */
  by: string | null;
  /** True when an automated role met or marked it (core/read-models/actor-credit.ts), not a person or control. */
  byAgent: boolean;
  decisionId: string | null;
  note: string | null;
}

const keyOf = (injectId: string, actionId: string) => `${injectId}/${actionId}`;

/**
 * Expected-action outcomes, folded one event at a time: each action of each released inject, opened by
 * `inject.released` (with its window's deadline) and settled by `expected-action.met`, `.missed` or
 * `.marked` (the latest mark stands). The console's Expected actions, the evaluator's guide, the metrics
 * and the summary all read these records.
 */
export class ExpectedActionLog {
  private readonly records = new Map<string, ExpectedActionRecord>();
  private readonly counts: Record<ExpectedStatus, number> = Object.fromEntries(
    EXPECTED_STATUSES.map((status) => [status, 0]),
  ) as Record<ExpectedStatus, number>;

  apply(event: ExerciseEvent): void {
    switch (event.type) {
      case 'inject.released':
        for (const [actionId, deadlineMs] of Object.entries(event.payload.deadlines)) {
          const key = keyOf(event.payload.injectId, actionId);
          const previous = this.records.get(key);
          if (previous) this.counts[previous.status] -= 1;
          this.records.set(key, {
            injectId: event.payload.injectId,
            actionId,
            released: loggedAt(event),
            deadlineMs,
            status: 'open',
            settled: null,
            by: null,
            byAgent: false,
            decisionId: null,
            note: null,
          });
          this.counts.open += 1;
        }
        break;
      case 'expected-action.met':
      case 'expected-action.missed':
      case 'expected-action.marked': {
        const record = this.records.get(keyOf(event.payload.injectId, event.payload.actionId));
        if (!record) break;
        const status = expectedStatusAfter(event);
        this.counts[record.status] -= 1;
        this.counts[status] += 1;
        record.status = status;
        record.settled = loggedAt(event);
        record.byAgent = isAgentStation(event.actor?.station ?? null);
        if (event.type === 'expected-action.met') {
          record.by = event.payload.role;
          record.decisionId = event.payload.decisionId;
          record.note = null;
        } else if (event.type === 'expected-action.marked') {
          record.by = event.actor?.role ?? null;
          record.decisionId = null;
          record.note = event.payload.note ?? null;
        } else {
          record.by = null;
          record.decisionId = null;
          record.note = null;
        }
        break;
      }
      default:
        break;
    }
  }

  /** Every released expected action, in the order they were released. */
  all(): IterableIterator<ExpectedActionRecord> {
    return this.records.values();
  }

  get(injectId: string, actionId: string): ExpectedActionRecord | undefined {
    return this.records.get(keyOf(injectId, actionId));
  }

  get released(): number {
    return this.records.size;
  }

  /** How many released actions stand at each status. */
  byStatus(): Record<ExpectedStatus, number> {
    return { ...this.counts };
  }
}
