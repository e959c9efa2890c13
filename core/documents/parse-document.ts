import type { z } from 'zod';
import type { Problem, SourceText } from './problem';
import { parseYaml, type LocatedDocument } from './yaml-document';
import { zodIssuesToProblems } from './zod-problems';

export type ParsedDocument<T> =
  | { ok: true; value: T; located: LocatedDocument }
  | { ok: false; problems: Problem[]; located?: LocatedDocument };

/**
 * YAML text → a value checked against `schema`. Never throws: every failure is a list of located problems.
 */
export function parseDocumentWith<T>(source: SourceText, schema: z.ZodType<T>): ParsedDocument<T> {
  const parsed = parseYaml(source);
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
  const result = schema.safeParse(located.value);
  if (!result.success)
    return { ok: false, located, problems: zodIssuesToProblems(located, result.error.issues) };
  return { ok: true, value: result.data, located };
}
