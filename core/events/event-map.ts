import type { z } from 'zod';
import { EVENT_PAYLOADS } from './event-payloads';

/** Every event type the engine writes, each with its payload (EVENT_PAYLOADS). */
export type EventType = keyof typeof EVENT_PAYLOADS;
export type EventPayload<K extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[K]>;

export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_PAYLOADS, type);
}

/**
 * Narrow any event (a log event, a station's event) by its type, so its payload is typed:
 * `events.filter((event) => isEvent(event, 'inject.released'))`. A `switch (event.type)` narrows as well.
 */
export function isEvent<E extends { type: string }, K extends EventType>(
  event: E,
  type: K,
): event is Extract<E, { type: K }> {
  return event.type === type;
}

/** The same, for one of several types. */
export function isEventOf<E extends { type: string }, K extends EventType>(
  event: E,
  types: readonly K[],
): event is Extract<E, { type: K }> {
  return (types as readonly string[]).includes(event.type);
}

/** The events the host records about stations (issue 20): who joined which role, revocations, new codes. */
export const STATION_ACCESS_EVENTS = [
  'station.joined',
  'station.revoked',
  'join-code.issued',
  'join-code.revoked',
] as const;
export type StationAccessEventType = (typeof STATION_ACCESS_EVENTS)[number];
export type StationAccessRecord = {
  [K in StationAccessEventType]: { type: K; payload: EventPayload<K> };
}[StationAccessEventType];
