import {
  creditOf,
  isAgentStation,
  isEventOf,
  type ActorCredit,
  type EventType,
  type StationEvent,
} from '../../core/index';

/**
 * The roles an event concerns: who acted (or was played), and the role a delivery or read names. The control
 * role an automated agent sends through is not among them: its acts are the automated role's, not control's.
 */
export function rolesOf(event: StationEvent): string[] {
  const roles = new Set<string>();
  const automated = isAgentStation(event.actor?.station ?? null) && Boolean(event.actor?.actingAs);
  if (event.actor?.role && !automated) roles.add(event.actor.role);
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

/** Who acted, as the stream filters it: people at stations, automated roles, or control; '' for anyone. */
export const WHO_FILTERS = ['people', 'agents', 'control'] as const;
export type WhoFilter = (typeof WHO_FILTERS)[number] | '';

const KIND_OF_FILTER: Record<(typeof WHO_FILTERS)[number], ActorCredit['kind']> = {
  people: 'person',
  agents: 'automated',
  control: 'control',
};

/** Whether a role is a control role: from the exercise's playbook (the evaluator has it from the stream). */
export type IsControlRole = (role: string) => boolean;

/** Who is credited for an event of the stream (core's one answer: person, control, automated, engine). */
export function streamCredit(event: StationEvent, isControl: IsControlRole): ActorCredit {
  return creditOf(event.actor, isControl);
}

/** The events matching the filters, newest first. */
export function filterStream(
  events: readonly StationEvent[],
  type: string,
  role: string,
  who: WhoFilter = '',
  isControl: IsControlRole = () => false,
): StationEvent[] {
  const out: StationEvent[] = [];
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index] as StationEvent;
    if (type && event.type !== type) continue;
    if (role && !rolesOf(event).includes(role)) continue;
    if (who && streamCredit(event, isControl).kind !== KIND_OF_FILTER[who]) continue;
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
