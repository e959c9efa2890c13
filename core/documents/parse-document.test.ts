import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDocumentWith } from './parse-document';
import { formatProblem } from './problem';

const Exercise = z.strictObject({ schemaVersion: z.number(), title: z.string(), days: z.number().int() });

const parse = (text: string, toCurrent?: Parameters<typeof parseDocumentWith>[2]) =>
  parseDocumentWith({ path: 'ex.yaml', text }, Exercise, toCurrent);

const problemsOf = (result: ReturnType<typeof parse>) =>
  result.ok ? [] : result.problems.map(formatProblem);

describe('parseDocumentWith', () => {
  it('gives the checked value of a valid document', () => {
    const result = parse('schemaVersion: 1\ntitle: Port\ndays: 2\n');
    expect(result.ok && result.value).toEqual({ schemaVersion: 1, title: 'Port', days: 2 });
  });

  it('locates the field a schema refuses', () => {
    expect(problemsOf(parse('schemaVersion: 1\ntitle: Port\ndays: two\n'))).toEqual([
      'ex.yaml:3:7: expected number, received string (days)',
    ]);
  });

  it('refuses a document that is not a mapping, at its top', () => {
    expect(problemsOf(parse('- a\n- b\n'))).toEqual([
      'ex.yaml:1:1: expected a YAML mapping (key: value lines) at the top of the document',
    ]);
    expect(problemsOf(parse('just text\n'))).toHaveLength(1);
  });

  it('passes a YAML syntax error on as a problem', () => {
    const problems = problemsOf(parse('title: [Port\ndays: 2\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ex\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('migrates an older document before the schema reads it', () => {
    // Version 1 counted hours; the schema reads days (version 2).
    const result = parse('schemaVersion: 1\ntitle: Port\nhours: 48\n', (value) => ({
      ok: true,
      value: { schemaVersion: 2, title: value.title, days: Number(value.hours) / 24 },
      applied: ['hours become days'],
    }));
    expect(result.ok && result.value).toEqual({ schemaVersion: 2, title: 'Port', days: 2 });
  });

  it('reports a refused version at schemaVersion, before the schema looks at anything else', () => {
    const result = parse('schemaVersion: 9\ntitle: 1\n', () => ({ ok: false, message: 'too new' }));
    expect(problemsOf(result)).toEqual(['ex.yaml:1:16: too new (schemaVersion)']);
  });
});
