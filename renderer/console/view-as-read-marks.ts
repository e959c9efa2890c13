import type { StationEvent } from '../../core/index';

/**
 * What a role has read, as the engine knows it: the deliveries to the role whose inject it acknowledged or
 * whose message it read (its station sends those when the participant opens or acknowledges). "View as
 * role" marks these read and the rest unread, as the role's own station does once it has acted on them, and
 * never keeps read marks of its own: viewing a role's inbox from the console reads nothing for the role.
 */
export function engineReadMarks(events: readonly StationEvent[], role: string): ReadonlySet<number> {
  const acknowledged = new Set<string>();
  const read = new Set<string>();
  for (const event of events) {
    if (event.type === 'inject.acknowledged' && event.payload.role === role)
      acknowledged.add(event.payload.injectId);
    if (event.type === 'message.read' && event.payload.role === role) read.add(event.payload.messageId);
  }
  const marks = new Set<number>();
  for (const event of events) {
    if (
      event.type === 'inject.delivered' &&
      event.payload.role === role &&
      acknowledged.has(event.payload.injectId)
    )
      marks.add(event.streamSeq);
    if (
      event.type === 'message.delivered' &&
      event.payload.role === role &&
      read.has(event.payload.messageId)
    )
      marks.add(event.streamSeq);
  }
  return marks;
}
