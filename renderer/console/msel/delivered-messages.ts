import type { ExerciseEvent } from '../../../core/index';

/** A message a role received, kept so a simulated recipient can be answered. */
export interface DeliveredMessage {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  body: string;
  marking: string;
  scenarioMs: number;
}

interface Scan {
  scanned: number;
  messages: DeliveredMessage[];
}

/**
 * Scans are kept per log array and resumed where they stopped: the engine's log only grows, so each console
 * refresh reads only the new events instead of walking a 100,000-event log again.
 */
const scans = new WeakMap<readonly ExerciseEvent[], Scan>();

/** Every message delivered, in order: the console answers those that reached a simulated actor. */
export function deliveredMessages(events: readonly ExerciseEvent[]): DeliveredMessage[] {
  let scan = scans.get(events);
  if (!scan) scans.set(events, (scan = { scanned: 0, messages: [] }));
  for (; scan.scanned < events.length; scan.scanned += 1) {
    const event = events[scan.scanned] as ExerciseEvent;
    if (event.type !== 'message.delivered') continue;
    const { messageId, from, role, subject, body, marking } = event.payload;
    scan.messages.push({ messageId, from, to: role, subject, body, marking, scenarioMs: event.scenarioMs });
  }
  return scan.messages;
}
