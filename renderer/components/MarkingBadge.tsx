/** A releasability marking, coloured by family so NATO-only material stands out at a glance. */
export function MarkingBadge({ marking }: { marking: string | null | undefined }) {
  if (!marking) return null;
  const family = marking.startsWith('NATO')
    ? 'nato'
    : marking === 'PUBLIC'
      ? 'public'
      : marking.startsWith('REL')
        ? 'rel'
        : 'eu';
  return <span className={`marking marking-${family}`}>{marking}</span>;
}
