// The rule of test/module-tests.test.ts on small in-memory trees: it reports what it must and only that.
import { describe, expect, it } from 'vitest';
import {
  exportedValueNames,
  findModuleTestProblems,
  hasLogic,
  isModuleInScope,
  linkWords,
  siblingTestPaths,
  wordsMentioned,
  type TestedElsewhereMap,
} from './module-test-rules';

const SCOPE = { roots: ['core', 'cli'], skippedFolders: ['core/engine'] };

/** A tree from a table of path → text. */
const treeOf = (files: Record<string, string>) => ({
  files: Object.keys(files),
  read: (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no file ${path} in this tree`);
    return text;
  },
});

describe('hasLogic', () => {
  it.each([
    ['a function', 'export function twice(n: number) { return 2 * n; }'],
    ['an arrow function', 'export const twice = (n: number) => 2 * n;'],
    ['a function expression', 'export const twice = function (n: number) { return 2 * n; };'],
    ['a class', 'export class Box { value = 1; }'],
    ['a method of an object', 'export const box = { twice(n: number) { return 2 * n; } };'],
    ['a getter', 'export const box = { get value() { return 1; } };'],
    ['an arrow inside a schema', "export const Id = z.string().refine((text) => text !== '');"],
    ['a component', 'export function Title() { return <h1>Title</h1>; }'],
  ])('finds logic in %s', (_, text) => {
    expect(hasLogic('core/x/module.tsx', text)).toBe(true);
  });

  it.each([
    ['types and interfaces', 'export type Id = string;\nexport interface Box { twice(n: number): number; }'],
    ['a function type', 'export type Twice = (n: number) => number;'],
    [
      'constant data (a catalogue)',
      "export const en = { 'home.title': 'Home', 'home.open': 'Open {name}' };",
    ],
    ['a schema without callbacks', 'export const Id = z.string().min(1);\nexport const Ids = z.array(Id);'],
    ['re-exports', "export * from './a';\nexport { b } from './b';"],
    ['an overload signature and a declaration', 'declare function twice(n: number): number;'],
    ['a top-level call', "render(document.getElementById('root'));"],
  ])('finds none in %s', (_, text) => {
    expect(hasLogic('core/x/module.ts', text)).toBe(false);
  });
});

describe('exportedValueNames', () => {
  it('names exported functions, classes, constants, enums and listed exports, not types', () => {
    const text = [
      'export function twice() {}',
      'export class Box {}',
      'export const ONE = 1, TWO = 2;',
      'export enum Colour { Red }',
      'export type Id = string;',
      'export interface Shape {}',
      'const hidden = 3;',
      'function local() {}',
      'export { local as shown, type Id as IdAlias };',
      'export default hidden;',
    ].join('\n');
    expect(exportedValueNames('core/x/a.ts', text)).toEqual([
      'twice',
      'Box',
      'ONE',
      'TWO',
      'Colour',
      'shown',
      'hidden',
    ]);
  });

  it('falls back to the path for an entry point that exports nothing', () => {
    expect(linkWords('cli/bin.ts', 'await main(process.argv.slice(2), console);')).toEqual(['cli/bin']);
    expect(linkWords('cli/main.ts', 'export async function main() {}')).toEqual(['main']);
  });
});

describe('wordsMentioned', () => {
  it('counts whole words only', () => {
    const test = "import { runCli } from './harness';\nexpect(formatDuration(60_000)).toBe('1 min');";
    expect(wordsMentioned(['run', 'runCli', 'formatDuration', 'Duration', 'format'], test)).toEqual([
      'runCli',
      'formatDuration',
    ]);
  });

  it('finds a path with its dots and slashes taken literally', () => {
    expect(wordsMentioned(['cli/bin'], "spawn('tsx', ['cli/bin.ts'])")).toEqual(['cli/bin']);
    expect(wordsMentioned(['cli/bin'], "spawn('tsx', ['cli/binary.ts'])")).toEqual([]);
  });
});

describe('isModuleInScope and siblingTestPaths', () => {
  it('walks the roots except skipped folders, tests, indexes and declaration files', () => {
    const walked = [
      'core/x/a.ts',
      'core/x/a.test.ts',
      'core/x/index.ts',
      'core/globals.d.ts',
      'core/engine/clock.ts',
      'cli/main.ts',
      'scripts/tool.ts',
      'core/x/notes.md',
    ].filter((path) => isModuleInScope(path, SCOPE));
    expect(walked).toEqual(['core/x/a.ts', 'cli/main.ts']);
  });

  it('looks for x.test.ts and x.test.tsx beside x.ts or x.tsx', () => {
    expect(siblingTestPaths('renderer/a/Panel.tsx')).toEqual([
      'renderer/a/Panel.test.ts',
      'renderer/a/Panel.test.tsx',
    ]);
  });
});

describe('findModuleTestProblems', () => {
  const LOGIC = 'export function twice(n: number) { return 2 * n; }';

  it('reports a module with logic and no test, and nothing for a tested or a types-only module', () => {
    const tree = treeOf({
      'core/x/untested.ts': LOGIC,
      'core/x/tested.ts': LOGIC,
      'core/x/tested.test.ts': 'expect(twice(2)).toBe(4);',
      'core/x/types.ts': 'export interface Box { value: number }',
      'core/engine/pending.ts': LOGIC,
      'scripts/tool.ts': LOGIC,
    });
    expect(findModuleTestProblems(tree, {}, SCOPE)).toEqual([
      'core/x/untested.ts: has logic but no core/x/untested.test.ts or core/x/untested.test.tsx and no entry in test/tested-elsewhere.ts',
    ]);
  });

  it('accepts a map entry whose test names one of the exports', () => {
    const tree = treeOf({ 'core/x/a.ts': LOGIC, 'test/a.test.ts': 'expect(twice(2)).toBe(4);' });
    const map: TestedElsewhereMap = { 'core/x/a.ts': { tests: ['test/a.test.ts'], why: 'twice, directly' } };
    expect(findModuleTestProblems(tree, map, SCOPE)).toEqual([]);
  });

  it('reports stale entries: module gone, sibling test added, no logic left, not a module', () => {
    const tree = treeOf({
      'core/x/a.ts': LOGIC,
      'core/x/a.test.ts': 'expect(twice(2)).toBe(4);',
      'core/x/types.ts': 'export type Id = string;',
      'scripts/tool.ts': LOGIC,
      'test/a.test.ts': 'twice',
    });
    const entry = { tests: ['test/a.test.ts'], why: 'twice' };
    const map: TestedElsewhereMap = {
      'core/x/gone.ts': entry,
      'core/x/a.ts': entry,
      'core/x/types.ts': entry,
      'scripts/tool.ts': entry,
    };
    expect(findModuleTestProblems(tree, map, SCOPE)).toEqual([
      'core/x/gone.ts: stale entry in test/tested-elsewhere.ts, the module no longer exists',
      'core/x/a.ts: stale entry in test/tested-elsewhere.ts, the module now has core/x/a.test.ts',
      'core/x/types.ts: stale entry in test/tested-elsewhere.ts, the module has no logic left to test',
      'scripts/tool.ts: in test/tested-elsewhere.ts but not a module the rule covers',
    ]);
  });

  it('reports a named test that is missing, is no test, or names none of the exports', () => {
    const tree = treeOf({
      'core/x/a.ts': LOGIC,
      'test/fixtures/helper.ts': 'twice',
      'test/other.test.ts': 'expect(thrice(2)).toBe(6);',
    });
    const map: TestedElsewhereMap = {
      'core/x/a.ts': {
        tests: ['test/missing.test.ts', 'test/fixtures/helper.ts', 'test/other.test.ts'],
        why: 'claimed',
      },
    };
    expect(findModuleTestProblems(tree, map, SCOPE)).toEqual([
      'core/x/a.ts: the named test test/missing.test.ts does not exist',
      'core/x/a.ts: test/fixtures/helper.ts is not a test file (*.test.ts, *.test.tsx or *.e2e.ts)',
      'core/x/a.ts: test/other.test.ts mentions none of twice',
    ]);
  });

  it('reports an entry that names no test at all', () => {
    const tree = treeOf({ 'core/x/a.ts': LOGIC });
    expect(findModuleTestProblems(tree, { 'core/x/a.ts': { tests: [], why: '' } }, SCOPE)).toEqual([
      'core/x/a.ts: the entry in test/tested-elsewhere.ts names no test',
    ]);
  });
});
