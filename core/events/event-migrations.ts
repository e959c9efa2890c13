import { stepsBetween } from '../documents/index';

/**
 * How a log line of an earlier envelope version `v` becomes a line of the current one. Logs are never
 * edited: a line is migrated as it is read, in memory, by the steps from its version up, in order.
 *
 * Each step is named, takes the line of version `from` (a plain object, its envelope already checked) and
 * returns the line of version `from + 1`, and has a test of its own (event-migrations.test.ts). When the envelope or a payload changes, bump
 * EVENT_ENVELOPE_VERSION, add the step here and a fixture journal made by the new version.
 */
export interface EventMigration {
  from: number;
  name: string;
  migrate(line: Record<string, unknown>): Record<string, unknown>;
}

export const EVENT_MIGRATIONS: readonly EventMigration[] = [
  {
    from: 1,
    name: 'message-blocked-told-to-sender',
    // v1 addressed a message's block to control and evaluation only; v2 tells the sender too, so an
    // exercise recorded before shows its senders the same sent items as one recorded now.
    migrate: (line) => {
      if (line['type'] !== 'message.blocked') return { ...line, v: 2 };
      const from: unknown = Object(line['payload'])['from'];
      const audience: unknown[] = Array.isArray(line['audience']) ? [...(line['audience'] as unknown[])] : [];
      if (typeof from === 'string' && !audience.includes(`role:${from}`)) audience.push(`role:${from}`);
      return { ...line, v: 2, audience };
    },
  },
  {
    from: 2,
    name: 'station-access-events-added',
    // v3 adds station.joined, station.revoked, join-code.issued and join-code.revoked (issue 20); a v2 line is
    // none of them and reads as it was. The version moves so that an app of v2 refuses a journal that may
    // hold them with its "written by a newer version" message, not an unknown type.
    migrate: (line) => ({ ...line, v: 3 }),
  },
  {
    from: 3,
    name: 'improvement-plan-and-answered-injects-added',
    // v4 adds the improvement plan's events (corrective-action.added, .amended, .withdrawn) and the optional
    // inject a decision answers (issue 22); a v3 line is none of them and reads as it was.
    migrate: (line) => ({ ...line, v: 4 }),
  },
  {
    from: 4,
    name: 'what-if-branches-added',
    // v5 adds exercise.branched, where a what-if branch leaves its origin (issue 23); a v4 line is never one.
    migrate: (line) => ({ ...line, v: 5 }),
  },
];

/** The steps that take a line of version `from` to version `to`, or why there is no such path. */
export function migrationPath(
  from: number,
  to: number,
  steps: readonly EventMigration[] = EVENT_MIGRATIONS,
): EventMigration[] | string {
  const path = stepsBetween(from, to, steps);
  return path.ok
    ? path.steps
    : `no migration step from event envelope v${path.missing} to v${path.missing + 1}`;
}
