import type { StationEvent } from '../../core/index';
import { inboxItems } from '../station/index';

/**
 * What a role has read, as the engine knows it: the deliveries to the role whose inject it acknowledged or
 * whose message it read (its station sends those when the participant opens or acknowledges). "View as
 * role" marks these read and the rest unread, as the role's own station does once it has acted on them, and
 * never keeps read marks of its own: viewing a role's inbox from the console reads nothing for the role.
 */
export function engineReadMarks(events: readonly StationEvent[], role: string): ReadonlySet<number> {
  // The station's own inbox fold marks an item done exactly when the engine logged the role's read.
  return new Set(
    inboxItems(events, role)
      .filter((item) => item.done)
      .map((item) => item.streamSeq),
  );
}
