import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { compactJsonValue, parseYaml } from './yaml-document';
import { formatProblem } from './problem';

const parse = (text: string) => parseYaml({ path: 'doc.yaml', text });

describe('parseYaml', () => {
  it('locates fields, list items and keys by path', () => {
    const result = parse('title: Exercise\ninjects:\n  - id: A\n    at: T+1h\n  - id: B\n    at: T+2h\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.locate(['injects', 1, 'at'])).toEqual({ line: 6, column: 9 });
    expect(result.document.locateKey(['injects', 1, 'at'])).toEqual({ line: 6, column: 5 });
    expect(result.document.problemAt(['injects', 1, 'at'], 'bad')).toEqual({
      file: 'doc.yaml',
      line: 6,
      column: 9,
      message: 'bad',
      path: 'injects[1].at',
    });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const result = parse('injects:\n  - id: A\n');
    if (!result.ok) throw new Error('expected a document');
    expect(result.document.locate(['injects', 0, 'text'])).toEqual({ line: 2, column: 5 });
  });

  it('reports a syntax error with its line and column', () => {
    const result = parse('title: ok\ninjects: [a, b\nnext: 1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/^YAML syntax error/);
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys', () => {
    const result = parse('id: a\nid: b\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblem(result.problems[0]!)).toMatch(/^doc\.yaml:2:1: YAML syntax error: .*unique/i);
  });

  it('refuses empty files and binary data with a position', () => {
    const empty = parse('  \n\n');
    expect(empty.ok ? null : empty.problems[0]).toMatchObject({
      line: 1,
      column: 1,
      message: 'file is empty',
    });
    const binary = parse('id: a\nx\u0000y');
    expect(binary.ok ? null : binary.problems[0]).toMatchObject({ line: 2, column: 2 });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level++) {
      bomb.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`,
      );
    }
    const result = parse(bomb.join('\n'));
    expect(result.ok).toBe(false);
  });
});

// Large scenarios arrive as compact JSON and skip the YAML parser: the value must be exactly the one the YAML
// parser gives (the oracle here is the yaml package itself), and every other spelling must go to YAML.
describe('a document in compact JSON', () => {
  const yamlValue = (text: string) => {
    const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    expect(document.errors).toEqual([]);
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  };
  const documents = fc.oneof(
    fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ depthSize: 'small' })),
    fc.array(fc.jsonValue({ depthSize: 'small' })),
  );

  it('reads as the YAML parser reads it, for any JSON object or array', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (value, newline) => {
        const text = `${JSON.stringify(value)}${newline ? '\n' : ''}`;
        const fast = compactJsonValue(text);
        expect(fast.ok).toBe(true);
        expect(fast.ok && fast.value).toStrictEqual(yamlValue(text));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves every other spelling to the YAML parser', () => {
    for (const text of [
      '{"id":"a","id":"b"}',
      '{"id": "a"}',
      '{\t"id":"a"}',
      '{"id":\n"a"}',
      '{"id":"\\u0061"}',
      '{"n":1.0}',
      '{"n":1e2}',
      'id: a',
      '"a"',
    ])
      expect(compactJsonValue(text)).toEqual({ ok: false });
    const duplicate = parse('{"id":"a","id":"b"}');
    expect(duplicate.ok ? null : formatProblem(duplicate.problems[0]!)).toMatch(/unique/i);
  });

  it('still locates fields in it, by line and column', () => {
    const result = parse('{"title":"Exercise","injects":[{"id":"A","at":"T+1h"}]}\n');
    if (!result.ok) throw new Error('expected a document');
    expect(result.document.value).toEqual({ title: 'Exercise', injects: [{ id: 'A', at: 'T+1h' }] });
    expect(result.document.locate(['injects', 0, 'at'])).toEqual({ line: 1, column: 47 });
    expect(result.document.locateKey(['injects', 0, 'at'])).toEqual({ line: 1, column: 42 });
  });
});
