import type { z } from 'zod';
import type { VersionedValue } from './document-versions';
import type { Problem, SourceText } from './problem';
import { parseYaml, type LocatedDocument, type ReadOptions } from './yaml-document';
import { zodIssuesToProblems } from './zod-problems';

export type ParsedDocument<T> =
  | { ok: true; value: T; located: LocatedDocument }
  | { ok: false; problems: Problem[]; located?: LocatedDocument };

/**
 * YAML text → a value checked against `schema`. Never throws: every failure is a list of located problems.
 * `toCurrent`, when given, looks at the document's `schemaVersion` before the schema does: it migrates an
 * older document to the version the schema reads, or refuses a newer one (a problem on `schemaVersion`).
 */
export function parseDocumentWith<T>(
  source: SourceText,
  schema: z.ZodType<T>,
  toCurrent?: (value: Readonly<Record<string, unknown>>) => VersionedValue,
  options: ReadOptions = {},
): ParsedDocument<T> {
  const parsed = parseYaml(source, options);
  if (!parsed.ok) return parsed;
  const located = parsed.document;
  if (located.value === null || typeof located.value !== 'object' || Array.isArray(located.value)) {
    return {
      ok: false,
      located,
      problems: [
        located.problemAt([], 'expected a YAML mapping (key: value lines) at the top of the document'),
      ],
    };
  }
  const versioned = toCurrent
    ? toCurrent(located.value as Readonly<Record<string, unknown>>)
    : { ok: true as const, value: located.value };
  if (!versioned.ok) {
    return { ok: false, located, problems: [located.problemAt(['schemaVersion'], versioned.message)] };
  }
  const result = schema.safeParse(versioned.value);
  if (!result.success)
    return { ok: false, located, problems: zodIssuesToProblems(located, result.error.issues) };
  return { ok: true, value: result.data, located };
}
