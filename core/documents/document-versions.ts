/**
 * Versioned documents. Every playbook and scenario document says which `schemaVersion` of its kind it was
 * written for. A journal embeds the documents it was played with, so records made today must keep opening:
 * a document of an older version is brought to the current one by named steps, one version at a time; a
 * document of a newer version is refused, because this version of the app cannot know what it means.
 *
 * A step sees a plain object: either YAML as an author wrote it, or a document as a journal embedded it
 * after parsing (defaults filled in). It must work on both, and must not change its input, which may be a
 * journal's own record; it returns a new object of version `from + 1`.
 */
export interface DocumentMigration {
  /** The document kind the step applies to (`mechanism`, `roles`, `scenario` …). */
  kind: string;
  /** The version the step reads; it writes `from + 1`. */
  from: number;
  /** What the step does, in words: named in tests and in the authoring guides. */
  name: string;
  migrate(document: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** The document at the current version (or as it was, for the schema to judge), or why it cannot be. */
export type VersionedValue =
  { ok: true; value: unknown; applied: readonly string[] } | { ok: false; message: string };

export function newerVersionMessage(kind: string, version: number, current: number): string {
  return (
    `written for a newer version of the app (schemaVersion ${version}; this version reads ${kind} ` +
    `documents up to ${current}): open it with a later version`
  );
}

/**
 * The steps that take a record of version `from` to version `to`, one version at a time, in order; or the
 * first version no step reads. Documents, log lines and snapshots all walk their versions through this.
 */
export function stepsBetween<S extends { from: number }>(
  from: number,
  to: number,
  steps: readonly S[],
): { ok: true; steps: S[] } | { ok: false; missing: number } {
  const path: S[] = [];
  for (let version = from; version < to; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, missing: version };
    path.push(step);
  }
  return { ok: true, steps: path };
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Bring a document of `kind` to the `current` version by the steps from its own version up, in order.
 * Anything this cannot read as a version (no object, a missing or non-integer `schemaVersion`, a version
 * below the first) is returned unchanged, so the schema reports it with its own message.
 */
export function toCurrentVersion(
  value: unknown,
  kind: string,
  current: number,
  steps: readonly DocumentMigration[],
): VersionedValue {
  const unchanged: VersionedValue = { ok: true, value, applied: [] };
  if (!isPlainObject(value)) return unchanged;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return unchanged;
  if (version > current) return { ok: false, message: newerVersionMessage(kind, version, current) };
  const path = stepsBetween(
    version,
    current,
    steps.filter((step) => step.kind === kind),
  );
  if (!path.ok) return unchanged;
  let document = value;
  for (const step of path.steps) document = step.migrate(document);
  return { ok: true, value: document, applied: path.steps.map((step) => step.name) };
}

/**
 * Do the steps of `kind` take every version from 1 to `current`, one at a time? For a test per kind: a
 * missing step would leave documents of that version unreadable.
 */
export function missingMigrationSteps(
  kind: string,
  current: number,
  steps: readonly DocumentMigration[],
): number[] {
  const missing: number[] = [];
  for (let from = 1; from < current; from += 1) {
    if (steps.filter((step) => step.kind === kind && step.from === from).length !== 1) missing.push(from);
  }
  return missing;
}
