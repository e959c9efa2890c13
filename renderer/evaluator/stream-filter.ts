import { isEventOf, type EventType, type StationEvent } from '../../core/index';

/** The roles an event concerns: who acted (or was played), and the role a delivery or read names. */
export function rolesOf(event: StationEvent): string[] {
  const roles = new Set<string>();
  if (event.actor?.role) roles.add(event.actor.role);
  if (event.actor?.actingAs) roles.add(event.actor.actingAs);
  // Deliveries, reads, blocks and links name a role; an observation may (the field is optional there).
  if ('role' in event.payload && typeof event.payload.role === 'string') roles.add(event.payload.role);
  return [...roles];
}

export interface StreamFacets {
  types: EventType[];
  roles: string[];
}

export function streamFacets(events: readonly StationEvent[]): StreamFacets {
  const types = new Set<EventType>();
  const roles = new Set<string>();
  for (const event of events) {
    types.add(event.type);
    for (const role of rolesOf(event)) roles.add(role);
  }
  return { types: [...types].sort(), roles: [...roles].sort() };
}

/** The events matching the filters, newest first. */
export function filterStream(events: readonly StationEvent[], type: string, role: string): StationEvent[] {
  const out: StationEvent[] = [];
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index] as StationEvent;
    if (type && event.type !== type) continue;
    if (role && !rolesOf(event).includes(role)) continue;
    out.push(event);
  }
  return out;
}

/** The payload fields that identify what happened, whichever event type has them. */
const IDENTIFYING_FIELDS = [
  'injectId',
  'actionId',
  'messageId',
  'decisionId',
  'observationId',
  'objectiveId',
  'machine',
  'event',
  'role',
  'rating',
];

/**
 * The ids behind an event, on one line, for the evaluator who needs them for a record (shown on hover):
 * a person reads the event's sentence (renderer/components/describe-event.ts).
 */
export function payloadSummary(event: StationEvent): string {
  // Read as a plain record on purpose: one line for every event type, from whichever of the fields it has.
  const fields: Readonly<Record<string, unknown>> = event.payload;
  const parts: string[] = [];
  for (const key of IDENTIFYING_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') parts.push(`${key}=${value}`);
  }
  if (isEventOf(event, ['inject.released', 'inject.delivered'])) parts.push(event.payload.content.title);
  if (isEventOf(event, ['message.sent', 'message.delivered'])) parts.push(event.payload.subject);
  return parts.join(' · ');
}
