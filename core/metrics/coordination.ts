import { EU_SIDE, NATO_SIDE, type ExerciseReadModels } from '../read-models/index';

const isEuNato = (a: string, b: string) =>
  (a === EU_SIDE && b === NATO_SIDE) || (a === NATO_SIDE && b === EU_SIDE);
import { byKey, latencyStats } from './latency-stats';
import type {
  AcknowledgementByRole,
  ExerciseMetrics,
  InfoSharingRow,
  OrganisationEdge,
} from './metrics-types';

/** Inject delivered to a role → acknowledged by it, per role. */
export function acknowledgementLatency(models: ExerciseReadModels): AcknowledgementByRole[] {
  const rows = new Map<string, { role: string; delivered: number; scenario: number[]; wall: number[] }>();
  for (const inject of models.injects.all()) {
    for (const recipient of inject.recipients.values()) {
      const { delivered, acknowledged, role } = recipient;
      if (!delivered) continue;
      let row = rows.get(role);
      if (!row) rows.set(role, (row = { role, delivered: 0, scenario: [], wall: [] }));
      row.delivered += 1;
      if (!acknowledged) continue;
      row.scenario.push(acknowledged.scenarioMs - delivered.scenarioMs);
      row.wall.push(acknowledged.wallMs - delivered.wallMs);
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
export function infoSharing(models: ExerciseReadModels): InfoSharingRow[] {
  return models.exchange.sharingRows().map((row) => ({
    fromOrg: row.fromOrg,
    toOrg: row.toOrg,
    marking: row.marking,
    delivered: row.delivered,
    read: row.scenarioMs.length,
    scenario: latencyStats(row.scenarioMs),
    wall: latencyStats(row.wallMs),
  }));
}

/**
 * Who reached whom across organisations (messages, scripted injects, link products, and what was blocked),
 * the EU↔NATO figures, and the deliveries blocked by marking.
 */
export function exchangeSummary(models: ExerciseReadModels): ExerciseMetrics['exchange'] {
  const pairs = new Map<string, OrganisationEdge>();
  for (const edge of models.exchange.edges()) {
    if (edge.fromOrg === edge.toOrg) continue;
    const key = `${edge.fromOrg}|${edge.toOrg}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        fromOrg: edge.fromOrg,
        toOrg: edge.toOrg,
        fromSide: edge.fromSide,
        toSide: edge.toSide,
        messages: 0,
        injects: 0,
        products: 0,
        blocked: 0,
        euNato: isEuNato(edge.fromSide, edge.toSide),
      };
      pairs.set(key, pair);
    }
    if (edge.kind === 'message') pair.messages += edge.delivered;
    else if (edge.kind === 'inject') pair.injects += edge.delivered;
    else pair.products += edge.delivered;
    pair.blocked += edge.blocked;
  }
  const blockedByMarking = models.exchange.blockedByMarking();
  return {
    edges: byKey(pairs),
    euNato: models.exchange.euNato(),
    blockedByMarking,
    blockedTotal: Object.values(blockedByMarking).reduce((sum, count) => sum + count, 0),
  };
}
