import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-document';
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
