/**
 * The deepest active states only: `full.meetings.idle` says all that `full` and `full.meetings` would, and
 * a parallel state shows one leaf per region.
 */
export function leafPaths(paths: readonly string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
}
