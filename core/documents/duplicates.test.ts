import { describe, expect, it } from 'vitest';
import { duplicateProblems, repeatedKeys } from './duplicates';
import { parseYaml } from './yaml-document';

describe('repeatedKeys', () => {
  it('names each later occurrence with the index of the first', () => {
    expect(repeatedKeys(['a', 'b', 'a', 'c', 'b', 'a'], (id) => id)).toEqual([
      { index: 2, first: 0, key: 'a' },
      { index: 4, first: 1, key: 'b' },
      { index: 5, first: 0, key: 'a' },
    ]);
    expect(repeatedKeys([], (id: string) => id)).toEqual([]);
  });
});

describe('duplicateProblems', () => {
  it('locates the repeat at its id field and names the first', () => {
    const parsed = parseYaml({ path: 'd.yaml', text: 'items:\n  - id: x\n  - id: y\n  - id: x\n' });
    if (!parsed.ok) throw new Error('fixture must parse');
    const items = (parsed.document.value as { items: { id: string }[] }).items;
    expect(
      duplicateProblems(parsed.document, ['items'], items, {
        what: 'item',
        keyOf: (item) => item.id,
        field: 'id',
      }),
    ).toEqual([
      {
        file: 'd.yaml',
        line: 4,
        column: 9,
        message: 'item "x" is listed twice (first at items[0].id)',
        path: 'items[2].id',
      },
    ]);
    expect(duplicateProblems(parsed.document, ['items'], undefined, { what: 'item', keyOf: String })).toEqual(
      [],
    );
  });
});
