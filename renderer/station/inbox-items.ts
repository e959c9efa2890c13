import type { StationEvent } from '../../core/index';

export type Priority = 'routine' | 'priority' | 'flash';

/** One thing in a station's inbox: an inject delivered to the role, or a message from another role. */
export interface InboxItem {
  streamSeq: number;
  kind: 'inject' | 'message';
  /** The inject id or the message id, as the engine's commands name it. */
  id: string;
  title: string;
  text: string;
  from: string;
  to: string[];
  channel: string;
  marking: string | null;
  priority: Priority;
  scenarioMs: number;
  /** Acknowledged (inject) or read (message) according to the engine. */
  done: boolean;
  inReplyTo: string | null;
  injectRefs: string[];
}

const asString = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const asPriority = (value: unknown): Priority =>
  value === 'priority' || value === 'flash' ? value : 'routine';

/**
 * The inbox as a fold of the role's stream: deliveries in arrival order, each marked done once the engine
 * logged this role's acknowledgement or read. Newest first, as a participant reads an inbox.
 */
export function inboxItems(events: readonly StationEvent[], role: string): InboxItem[] {
  const acknowledged = new Set<string>();
  const read = new Set<string>();
  for (const event of events) {
    if (event.payload.role !== role) continue;
    if (event.type === 'inject.acknowledged') acknowledged.add(asString(event.payload.injectId));
    if (event.type === 'message.read') read.add(asString(event.payload.messageId));
  }
  const items: InboxItem[] = [];
  for (const event of events) {
    const payload = event.payload;
    if (event.type === 'inject.delivered' && payload.role === role) {
      const content = (payload.content ?? {}) as Record<string, unknown>;
      const id = asString(payload.injectId);
      items.push({
        streamSeq: event.streamSeq,
        kind: 'inject',
        id,
        title: asString(content.title, id),
        text: asString(content.text),
        from: asString(content.from),
        to: asStrings(content.to),
        channel: asString(content.channel, 'email'),
        marking: asString(content.marking) || event.marking,
        priority: asPriority(content.priority),
        scenarioMs: event.scenarioMs,
        done: acknowledged.has(id),
        inReplyTo: null,
        injectRefs: [],
      });
    } else if (event.type === 'message.delivered' && payload.role === role) {
      const id = asString(payload.messageId);
      items.push({
        streamSeq: event.streamSeq,
        kind: 'message',
        id,
        title: asString(payload.subject, id),
        text: asString(payload.body),
        from: asString(payload.from),
        to: asStrings(payload.to),
        channel: 'message',
        marking: asString(payload.marking) || event.marking,
        priority: 'routine',
        scenarioMs: event.scenarioMs,
        done: read.has(id),
        inReplyTo: typeof payload.inReplyTo === 'string' ? payload.inReplyTo : null,
        injectRefs: asStrings(payload.injectRefs),
      });
    }
  }
  return items.reverse();
}

/** Items whose title, text, sender or id contain every word of the query (case-insensitive). */
export function searchInbox(items: readonly InboxItem[], query: string): InboxItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = `${item.title} ${item.text} ${item.from} ${item.id} ${item.channel}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The safety stop's notice while it is on: the latest no-play event decides. */
export function activeNoPlay(events: readonly StationEvent[]): string | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index] as StationEvent;
    if (event.type === 'no-play.lifted') return null;
    if (event.type === 'no-play.started') return asString(event.payload.notice);
  }
  return null;
}

export interface TakenDecision {
  streamSeq: number;
  decisionId: string;
  machine: string;
  instance: string | null;
  event: string;
  rationale: string;
  scenarioMs: number;
  voidedReason: string | null;
}

/** Decisions this role took (in person or played for it), with the controller's voiding where logged. */
export function takenDecisions(events: readonly StationEvent[], role: string): TakenDecision[] {
  const voided = new Map<string, string>();
  for (const event of events)
    if (event.type === 'decision.voided')
      voided.set(asString(event.payload.decisionId), asString(event.payload.reason));
  return events
    .filter(
      (event) => event.type === 'decision.taken' && (event.actor?.actingAs ?? event.actor?.role) === role,
    )
    .map((event) => {
      const decisionId = asString(event.payload.decisionId);
      return {
        streamSeq: event.streamSeq,
        decisionId,
        machine: asString(event.payload.machine),
        instance: typeof event.payload.instance === 'string' ? event.payload.instance : null,
        event: asString(event.payload.event),
        rationale: asString(event.payload.rationale),
        scenarioMs: event.scenarioMs,
        voidedReason: voided.get(decisionId) ?? null,
      };
    })
    .reverse();
}
