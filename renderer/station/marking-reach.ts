import { canSeeMarking, type StationRoster } from '../../core/index';

/**
 * The recipients a marking will keep a message from, by the playbook's clearance rule (core's
 * `canSeeMarking`, the rule the engine applies) read with the roster the host sent: each recipient's clearance
 * and the tags each marking is releasable to. Null when the roster cannot say (none yet, or one stored by an
 * earlier version without the tags): the form then claims nothing.
 */
export function recipientsNotCleared(
  roster: StationRoster | null,
  markingId: string,
  recipients: readonly string[],
): string[] | null {
  const marking = roster?.markings.find((entry) => entry.id === markingId);
  if (!roster || !marking?.releasableTo) return null;
  const releasableTo = marking.releasableTo;
  return recipients.filter((id) => {
    const role = roster.roles.find((entry) => entry.id === id);
    // A recipient the roster does not know is not one the engine would deliver to either.
    return !role || !canSeeMarking(role, { releasableTo });
  });
}
