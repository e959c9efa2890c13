import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-document';
import { jsonTooDeepAt, MAX_NESTING_DEPTH, yamlLimitProblem } from './yaml-limits';

const TOO_DEEP = `too deeply nested (more than ${MAX_NESTING_DEPTH} levels of lists and mappings)`;
const parse = (text: string) => parseYaml({ path: 'doc.yaml', text });

describe('nesting depth', () => {
  it.each([
    ['10,000 open flow brackets', 'a: ' + '['.repeat(10_000), 1, 4 + MAX_NESTING_DEPTH - 1],
    ['10,000 balanced flow brackets', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000), 1, 103],
    ['10,000 compact block sequences', '- '.repeat(10_000) + 'x', 1, 2 * MAX_NESTING_DEPTH + 1],
    [
      'indented mappings',
      'a:\n' + Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' 1',
      101,
      101,
    ],
    ['compact JSON', '['.repeat(10_000) + ']'.repeat(10_000), 1, MAX_NESTING_DEPTH + 1],
  ])(
    '%s: "too deeply nested" at the level past the limit, not a stack overflow',
    (_name, text, line, column) => {
      expect(parse(text)).toEqual({
        ok: false,
        problems: [{ file: 'doc.yaml', line, column, message: TOO_DEEP }],
      });
    },
  );

  it('reads a document nested exactly to the limit, the top mapping counted (the limit is the limit, not less)', () => {
    const lists = MAX_NESTING_DEPTH - 1;
    const result = parse(`a: ${'['.repeat(lists)}${']'.repeat(lists)}`);
    expect(result.ok).toBe(true);
    let value = result.ok ? (result.document.value as { a: unknown }).a : undefined;
    let depth = 1;
    while (Array.isArray(value)) {
      depth++;
      value = value[0];
    }
    expect(depth).toBe(MAX_NESTING_DEPTH);
    expect(yamlLimitProblem(`a: ${'['.repeat(lists + 1)}${']'.repeat(lists + 1)}`)?.message).toBe(TOO_DEEP);
  });

  it('counts JSON brackets outside strings only', () => {
    expect(jsonTooDeepAt(JSON.stringify({ a: '['.repeat(500) }))).toBe(-1);
    expect(jsonTooDeepAt('['.repeat(MAX_NESTING_DEPTH))).toBe(-1);
    expect(jsonTooDeepAt('['.repeat(MAX_NESTING_DEPTH + 1))).toBe(MAX_NESTING_DEPTH);
    expect(jsonTooDeepAt(`["\\"${'['.repeat(200)}"]`)).toBe(-1);
  });
});

describe('YAML tags', () => {
  it.each([
    ['a: !!binary aGVsbG8=', 1, 4, '!!binary'],
    ['x: 1\nb:\n  - c: !custom x', 3, 8, '!custom'],
    ['a: !!set {x}', 1, 4, '!!set'],
    ['a: !!timestamp 2020-01-01', 1, 4, '!!timestamp'],
    ['!!binary a: 1', 1, 1, '!!binary'],
    ['--- !foo\na: 1', 1, 5, '!foo'],
  ])('refuses %j with the tag and its place', (text, line, column, tag) => {
    const result = parse(text);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'doc.yaml',
          line,
          column,
          message: `unknown YAML tag "${tag}": documents hold plain text, numbers, true/false, lists and mappings only`,
        },
      ],
    });
  });

  it('reads the core tags, which give plain values', () => {
    const result = parse(
      'a: !!str 1\nb: !!int "2"\nc: ! 3\nd: !!seq [x]\ne: !!map {f: !!bool true}\ng: !!null ""',
    );
    expect(result.ok && result.document.value).toEqual({
      a: '1',
      b: 2,
      c: '3',
      d: ['x'],
      e: { f: true },
      g: null,
    });
  });
});
