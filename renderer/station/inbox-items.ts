import { injectPriorityOf, type InjectPriority, type StationEvent } from '../../core/index';

export type Priority = InjectPriority;

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

/**
 * The inbox as a fold of the role's stream: deliveries in arrival order, each marked done once the engine
 * logged this role's acknowledgement or read. Newest first, as a participant reads an inbox.
 */
export function inboxItems(events: readonly StationEvent[], role: string): InboxItem[] {
  const acknowledged = new Set<string>();
  const read = new Set<string>();
  for (const event of events) {
    if (event.type === 'inject.acknowledged' && event.payload.role === role)
      acknowledged.add(event.payload.injectId);
    if (event.type === 'message.read' && event.payload.role === role) read.add(event.payload.messageId);
  }
  const items: InboxItem[] = [];
  for (const event of events) {
    if (event.type === 'inject.delivered' && event.payload.role === role) {
      const { injectId: id, content } = event.payload;
      items.push({
        streamSeq: event.streamSeq,
        kind: 'inject',
        id,
        title: content.title,
        text: content.text,
        from: content.from,
        to: content.to,
        channel: content.channel,
        marking: content.marking,
        // The scenario's priority words; anything else reads as routine.
        priority: injectPriorityOf(content.priority),
        scenarioMs: event.scenarioMs,
        done: acknowledged.has(id),
        inReplyTo: null,
        injectRefs: [],
      });
    } else if (event.type === 'message.delivered' && event.payload.role === role) {
      const { messageId: id, ...message } = event.payload;
      items.push({
        streamSeq: event.streamSeq,
        kind: 'message',
        id,
        title: message.subject,
        text: message.body,
        from: message.from,
        to: message.to,
        channel: 'message',
        marking: message.marking,
        priority: 'routine',
        scenarioMs: event.scenarioMs,
        done: read.has(id),
        inReplyTo: message.inReplyTo,
        injectRefs: message.injectRefs,
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
    if (event.type === 'no-play.started') return event.payload.notice;
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
    if (event.type === 'decision.voided') voided.set(event.payload.decisionId, event.payload.reason);
  const taken: TakenDecision[] = [];
  for (const event of events) {
    if (event.type !== 'decision.taken' || (event.actor?.actingAs ?? event.actor?.role) !== role) continue;
    const { decisionId, machine, instance, event: name, rationale } = event.payload;
    taken.push({
      streamSeq: event.streamSeq,
      decisionId,
      machine,
      instance,
      event: name,
      rationale: rationale ?? '',
      scenarioMs: event.scenarioMs,
      voidedReason: voided.get(decisionId) ?? null,
    });
  }
  return taken.reverse();
}
