import { crossesEuNatoLine, type ExerciseReadModels } from '../read-models/index';
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
  const edges: OrganisationEdge[] = models.exchange
    .organisationPairs()
    .filter((pair) => pair.fromOrg !== pair.toOrg)
    .map((pair) => ({ ...pair, euNato: crossesEuNatoLine(pair.fromSide, pair.toSide) }));
  const blockedByMarking = models.exchange.blockedByMarking();
  return {
    edges,
    euNato: models.exchange.euNato(),
    blockedByMarking,
    blockedTotal: Object.values(blockedByMarking).reduce((sum, count) => sum + count, 0),
  };
}
