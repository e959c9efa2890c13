/** How many changes lie between two checkpoints: a jump folds at most this many. */
const CHECKPOINT_EVERY = 256;

interface Change {
  seq: number;
  key: string;
  by: number;
}

/**
 * Counters that can be read as they stood after any event of the log. Every change is kept with the `seq` of
 * the event that made it, and every few hundred changes the counts are copied into a checkpoint, so reading
 * them as of an event starts from the checkpoint before it and applies a few hundred changes at most, never
 * folding from the start. The after-action review's scrubber reads the coordination picture through it.
 */
export class CountHistory {
  private readonly changes: Change[] = [];
  /** Counts after the first `index` changes. */
  private readonly checkpoints: { index: number; counts: ReadonlyMap<string, number> }[] = [
    { index: 0, counts: new Map() },
  ];
  private readonly current = new Map<string, number>();

  /** Count `by` (negative to take off) against `key`, made by the event `seq` (never lower than the last). */
  add(seq: number, key: string, by: number): void {
    if (by === 0) return;
    this.changes.push({ seq, key, by });
    bump(this.current, key, by);
    if (this.changes.length % CHECKPOINT_EVERY === 0)
      this.checkpoints.push({ index: this.changes.length, counts: new Map(this.current) });
  }

  /** One count now. */
  get(key: string): number {
    return this.current.get(key) ?? 0;
  }

  /** Every count as it stood once the event `seq` was applied (keys at zero left out). */
  asOf(seq: number): Map<string, number> {
    const end = firstAfter(this.changes, seq);
    if (end === this.changes.length) return withoutZeros(this.current);
    const from = this.checkpoints[Math.floor(end / CHECKPOINT_EVERY)] ?? { index: 0, counts: new Map() };
    const counts = new Map(from.counts);
    for (let index = from.index; index < end; index += 1) {
      const change = this.changes[index] as Change;
      bump(counts, change.key, change.by);
    }
    return withoutZeros(counts);
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

function withoutZeros(counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...counts].filter(([, count]) => count !== 0));
}

/** The index of the first entry whose `seq` is after `seq` (entries in `seq` order). */
export function firstAfter(entries: readonly { seq: number }[], seq: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] as { seq: number }).seq <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}
