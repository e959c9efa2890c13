/**
 * Canonical JSON: object keys sorted, no whitespace, integers only for numbers that are times or counts.
 * Logs are written this way so that "byte-identical" is a testable property of two runs. `indent` gives
 * the same content laid out for reading (metrics.json).
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`canonical JSON cannot hold ${value}`);
  }
  return value;
}
