import type { ExerciseEvent } from '../ports/index';
import { latencyStats, type JournalFacts } from './journal-facts';
import type { AcknowledgementByRole, ExchangeEdge, InfoSharingRow } from './metrics-types';

const byKey = <T>(map: Map<string, T>) =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value);

/** Inject delivered to a role → acknowledged by it, per role. */
export function acknowledgementLatency(facts: JournalFacts): AcknowledgementByRole[] {
  const delivered = new Map<string, ExerciseEvent>();
  const rows = new Map<string, { role: string; delivered: number; scenario: number[]; wall: number[] }>();
  for (const event of facts.events) {
    const role = event.payload.role as string;
    const key = `${event.payload.injectId as string}|${role}`;
    if (event.type === 'inject.delivered') {
      delivered.set(key, event);
      const row = rows.get(role) ?? { role, delivered: 0, scenario: [], wall: [] };
      row.delivered += 1;
      rows.set(role, row);
    } else if (event.type === 'inject.acknowledged') {
      const from = delivered.get(key);
      const row = rows.get(role);
      if (!from || !row) continue;
      row.scenario.push(event.scenarioMs - from.scenarioMs);
      row.wall.push(event.wallMs - from.wallMs);
    }
  }
  return byKey(rows).map((row) => ({
    role: row.role,
    delivered: row.delivered,
    acknowledged: row.scenario.length,
    scenario: latencyStats(row.scenario),
    wall: latencyStats(row.wall),
  }));
}

/** Message delivered to a role → read by it, per (sending organisation, receiving organisation, marking). */
export function infoSharing(facts: JournalFacts): InfoSharingRow[] {
  const delivered = new Map<string, ExerciseEvent>();
  const rows = new Map<
    string,
    { fromOrg: string; toOrg: string; marking: string; delivered: number; scenario: number[]; wall: number[] }
  >();
  for (const event of facts.events) {
    if (event.type !== 'message.delivered' && event.type !== 'message.read') continue;
    const role = event.payload.role as string;
    const messageKey = `${event.payload.messageId as string}|${role}`;
    if (event.type === 'message.delivered') {
      delivered.set(messageKey, event);
      const fromOrg = facts.organisationOf(event.payload.from as string);
      const toOrg = facts.organisationOf(role);
      const marking = event.payload.marking as string;
      const key = `${fromOrg}|${toOrg}|${marking}`;
      const row = rows.get(key) ?? { fromOrg, toOrg, marking, delivered: 0, scenario: [], wall: [] };
      row.delivered += 1;
      rows.set(key, row);
    } else {
      const from = delivered.get(messageKey);
      if (!from) continue;
      const row = rows.get(
        `${facts.organisationOf(from.payload.from as string)}|${facts.organisationOf(role)}|${from.payload.marking as string}`,
      );
      if (!row) continue;
      row.scenario.push(event.scenarioMs - from.scenarioMs);
      row.wall.push(event.wallMs - from.wallMs);
    }
  }
  return byKey(rows).map((row) => ({
    fromOrg: row.fromOrg,
    toOrg: row.toOrg,
    marking: row.marking,
    delivered: row.delivered,
    read: row.scenario.length,
    scenario: latencyStats(row.scenario),
    wall: latencyStats(row.wall),
  }));
}

/** Who reached whom across organisations, what was blocked by marking, and the EU↔NATO subset of it. */
export function exchangeGraph(facts: JournalFacts) {
  const edges = new Map<string, ExchangeEdge>();
  const blockedByMarking: Record<string, number> = {};
  const edge = (fromRole: string, toRole: string) => {
    const fromOrg = facts.organisationOf(fromRole);
    const toOrg = facts.organisationOf(toRole);
    const key = `${fromOrg}|${toOrg}`;
    const sides = new Set([facts.sideOf(fromRole), facts.sideOf(toRole)]);
    const existing = edges.get(key) ?? {
      fromOrg,
      toOrg,
      messages: 0,
      blocked: 0,
      euNato: sides.has('eu') && sides.has('nato'),
    };
    edges.set(key, existing);
    return existing;
  };
  const injectSenders = new Map<string, string>();
  for (const event of facts.events) {
    if (event.type === 'inject.released') {
      injectSenders.set(
        event.payload.injectId as string,
        (event.payload.from as string | undefined) ?? 'unknown',
      );
    }
    if (event.type === 'message.delivered')
      edge(event.payload.from as string, event.payload.role as string).messages += 1;
    if (event.type === 'message.blocked' || event.type === 'inject.blocked') {
      const from =
        event.type === 'message.blocked'
          ? (event.payload.from as string)
          : (injectSenders.get(event.payload.injectId as string) ?? 'unknown');
      edge(from, event.payload.role as string).blocked += 1;
      const marking = event.payload.marking as string;
      blockedByMarking[marking] = (blockedByMarking[marking] ?? 0) + 1;
    }
  }
  const list = byKey(edges).filter((item) => item.fromOrg !== item.toOrg);
  const euNato = list.filter((item) => item.euNato);
  return {
    edges: list,
    euNato: {
      messages: euNato.reduce((sum, item) => sum + item.messages, 0),
      blocked: euNato.reduce((sum, item) => sum + item.blocked, 0),
    },
    blockedByMarking,
    blockedTotal: Object.values(blockedByMarking).reduce((sum, count) => sum + count, 0),
  };
}
