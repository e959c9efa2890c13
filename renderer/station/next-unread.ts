/**
 * Where a participant goes after dealing with an item: the next unread item below it in the list as shown,
 * else the first unread one above it; null when nothing is left unread.
 */
export function nextUnread<T extends { streamSeq: number }>(
  shown: readonly T[],
  opened: ReadonlySet<number>,
  afterSeq: number,
): T | null {
  const at = shown.findIndex((item) => item.streamSeq === afterSeq);
  const unread = (item: T) => item.streamSeq !== afterSeq && !opened.has(item.streamSeq);
  return shown.slice(at + 1).find(unread) ?? shown.slice(0, Math.max(at, 0)).find(unread) ?? null;
}
