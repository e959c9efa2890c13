import type { ExerciseMetrics } from '../../core/index';
import { byOrganisation } from './organisation-label';

type OrganisationEdge = ExerciseMetrics['exchange']['edges'][number];

/** The heat map's grid: senders down, receivers across, and the traffic of each pair. */
export interface HeatMap {
  senders: string[];
  receivers: string[];
  /** The pair's traffic, or undefined when nothing went from one to the other. */
  edge(fromOrg: string, toOrg: string): OrganisationEdge | undefined;
  /** The busiest pair's deliveries: the top of the colour ramp. */
  maxDelivered: number;
}

/** What reached the receiver: messages, scripted injects and link products (blocked ones are apart). */
export const deliveredOf = (edge: OrganisationEdge) => edge.messages + edge.injects + edge.products;

/** The organisation-pair edges of the metrics as a sender × receiver grid. */
export function heatMap(edges: readonly OrganisationEdge[]): HeatMap {
  const byPair = new Map(edges.map((edge) => [`${edge.fromOrg}|${edge.toOrg}`, edge]));
  return {
    senders: [...new Set(edges.map((edge) => edge.fromOrg))].sort(byOrganisation),
    receivers: [...new Set(edges.map((edge) => edge.toOrg))].sort(byOrganisation),
    edge: (fromOrg, toOrg) => byPair.get(`${fromOrg}|${toOrg}`),
    maxDelivered: Math.max(0, ...edges.map(deliveredOf)),
  };
}

/**
 * A cell's level on a ramp of `levels` steps: 0 for nothing delivered, otherwise at least 1, so the least
 * traffic is still told apart from none, up to the top level for the busiest pair.
 */
export function heatLevel(delivered: number, maxDelivered: number, levels: number): number {
  if (delivered <= 0 || maxDelivered <= 0) return 0;
  return Math.max(1, Math.ceil(((levels - 1) * delivered) / maxDelivered));
}
