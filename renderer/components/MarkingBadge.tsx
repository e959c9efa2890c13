/** The colour family of a releasability marking: NATO-only material must stand out at a glance. */
export function markingFamily(marking: string): 'nato' | 'public' | 'rel' | 'eu' {
  if (marking.startsWith('NATO')) return 'nato';
  if (marking === 'PUBLIC') return 'public';
  if (marking.startsWith('REL')) return 'rel';
  return 'eu';
}

/** The class list of a marking badge, for React and for rows the MSEL paints itself. */
export const markingBadgeClass = (marking: string) => `marking marking-${markingFamily(marking)}`;

/** A releasability marking, coloured by family. */
export function MarkingBadge({ marking }: { marking: string | null | undefined }) {
  if (!marking) return null;
  return <span className={markingBadgeClass(marking)}>{marking}</span>;
}
