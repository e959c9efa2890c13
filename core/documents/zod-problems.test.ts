import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblem } from './problem';
import { parseYaml } from './yaml-document';
import { firstIssue, zodIssuesToProblems } from './zod-problems';

/** The problems a schema finds in a YAML text, as the CLI prints them. */
function problems(schema: z.ZodType, text: string): string[] {
  const parsed = parseYaml({ path: 'doc.yaml', text });
  if (!parsed.ok) throw new Error('the test text must be valid YAML');
  const result = schema.safeParse(parsed.document.value);
  if (result.success) return [];
  return zodIssuesToProblems(parsed.document, result.error.issues).map(formatProblem);
}

const Inject = z.strictObject({ id: z.string(), at: z.string() });
const Document = z.strictObject({ title: z.string(), injects: z.array(Inject) });

describe('zodIssuesToProblems', () => {
  it('names a missing field and locates it at its parent', () => {
    expect(problems(Document, 'title: Port\ninjects:\n  - id: A\n')).toEqual([
      'doc.yaml:3:5: missing required field "at" (injects[0].at)',
    ]);
  });

  it('locates an unknown field at its key and names it', () => {
    expect(problems(Document, 'title: Port\ninjects:\n  - id: A\n    at: T+0\n    when: soon\n')).toEqual([
      'doc.yaml:5:5: unknown field "when" (injects[0].when)',
    ]);
  });

  it('drops zod\'s "Invalid input:" from a wrong type', () => {
    expect(problems(Document, 'title: 3\ninjects: []\n')).toEqual([
      'doc.yaml:1:8: expected string, received number (title)',
    ]);
  });

  it('names the kinds a union takes when the value is none of them', () => {
    const Trigger = z.union([z.string(), z.strictObject({ at: z.string() })]);
    expect(problems(z.strictObject({ when: Trigger }), 'when: 5\n')).toEqual([
      'doc.yaml:1:7: expected string or object, received number (when)',
    ]);
  });

  it('reports the union branch whose fields the value has, not one it lacks', () => {
    const Trigger = z.union([
      z.strictObject({ state: z.strictObject({ machine: z.string() }) }),
      z.strictObject({ missed: z.strictObject({ inject: z.string() }) }),
    ]);
    expect(problems(z.strictObject({ when: Trigger }), 'when: { missed: 3 }\n')).toEqual([
      'doc.yaml:1:17: expected object, received number (when.missed)',
    ]);
  });

  it('reports the union branch that got furthest, not "invalid input"', () => {
    const Trigger = z.union([z.string(), z.strictObject({ state: z.strictObject({ machine: z.string() }) })]);
    expect(problems(z.strictObject({ when: Trigger }), 'when:\n  state:\n    machine: 7\n')).toEqual([
      'doc.yaml:3:14: expected string, received number (when.state.machine)',
    ]);
  });

  it('says a value of the right kind matches no form when no branch got anywhere', () => {
    const Either = z.union([z.string().regex(/^a$/), z.string().regex(/^b$/)]);
    expect(problems(z.strictObject({ value: Either }), 'value: c\n')).toEqual([
      'doc.yaml:1:8: does not match any allowed form (value)',
    ]);
    expect(problems(z.strictObject({ value: z.union([z.string(), z.number()]) }), 'value: true\n')).toEqual([
      'doc.yaml:1:8: expected string or number, received boolean (value)',
    ]);
  });
});

describe('firstIssue', () => {
  const Payload = z.object({ to: z.array(z.string()), subject: z.string() });

  it('gives the first field at fault under a prefix, worded as for documents', () => {
    const result = Payload.safeParse({ to: ['ms-a', 4], subject: 'Update' });
    if (result.success) throw new Error('the payload must be invalid');
    expect(firstIssue(result.error, ['payload'])).toEqual({
      field: 'payload.to[1]',
      message: 'expected string, received number',
    });
  });

  it('names a missing field', () => {
    const result = Payload.safeParse({ to: [] });
    if (result.success) throw new Error('the payload must be invalid');
    expect(firstIssue(result.error, ['payload'])).toEqual({
      field: 'payload.subject',
      message: 'missing required field "subject"',
    });
  });
});
