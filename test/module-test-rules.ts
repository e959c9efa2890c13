// The rule behind test/module-tests.test.ts, as pure functions of file paths and texts: every module with
// logic has its unit test beside it, or an entry in test/tested-elsewhere.ts naming the test that covers it.
import ts from 'typescript';

/** Why a module counts as tested elsewhere: the test files that exercise it, and a one-line reason. */
export interface TestedElsewhereEntry {
  readonly tests: readonly string[];
  readonly why: string;
}

export type TestedElsewhereMap = Readonly<Record<string, TestedElsewhereEntry>>;

/** The files of a working tree (paths relative to its root, with forward slashes) and a way to read one. */
export interface SourceTree {
  readonly files: readonly string[];
  read(path: string): string;
}

/** Which modules the rule walks: those under `roots`, except those under `skippedFolders`. */
export interface ModuleScope {
  readonly roots: readonly string[];
  readonly skippedFolders: readonly string[];
}

const MODULE_FILE = /\.tsx?$/;
const TEST_FILE = /\.(test\.tsx?|e2e\.ts)$/;

const isUnder = (path: string, folders: readonly string[]) =>
  folders.some((folder) => path.startsWith(folder.endsWith('/') ? folder : `${folder}/`));

/** A source module of the product: not a test, not a folder's index (re-exports), not a declaration file. */
export function isModuleInScope(path: string, scope: ModuleScope): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    MODULE_FILE.test(path) &&
    !name.includes('.test.') &&
    name !== 'index.ts' &&
    !name.endsWith('.d.ts') &&
    isUnder(path, scope.roots) &&
    !isUnder(path, scope.skippedFolders)
  );
}

/** `x.test.ts` and `x.test.tsx` beside `x.ts` or `x.tsx`. */
export function siblingTestPaths(modulePath: string): string[] {
  const stem = modulePath.replace(MODULE_FILE, '');
  return [`${stem}.test.ts`, `${stem}.test.tsx`];
}

function parse(path: string, text: string): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
}

/** A node that carries code which runs when called or constructed (a signature without a body does not). */
function isBodyOfLogic(node: ts.Node): boolean {
  if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) return true;
  if (ts.isArrowFunction(node)) return true;
  if (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  ) {
    return node.body !== undefined;
  }
  return false;
}

/**
 * True when the module holds a function, arrow function, class or method body; false when it holds only types,
 * interfaces, constant data (such as an i18n catalogue) or re-exports.
 */
export function hasLogic(path: string, text: string): boolean {
  const visit = (node: ts.Node): boolean => isBodyOfLogic(node) || (ts.forEachChild(node, visit) ?? false);
  return visit(parse(path, text));
}

const hasExportModifier = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/**
 * The names of the values a module exports (functions, classes, components, constants, enums): what a test
 * that exercises the module has to name. Types and interfaces are left out, since naming a type exercises
 * nothing.
 */
export function exportedValueNames(path: string, text: string): string[] {
  const names = new Set<string>();
  for (const statement of parse(path, text).statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly || !statement.exportClause || !ts.isNamedExports(statement.exportClause))
        continue;
      for (const element of statement.exportClause.elements) {
        if (!element.isTypeOnly) names.add(element.name.text);
      }
    } else if (ts.isExportAssignment(statement)) {
      if (ts.isIdentifier(statement.expression)) names.add(statement.expression.text);
    } else if (!hasExportModifier(statement)) {
      continue;
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return [...names];
}

/**
 * The words a test must contain to be linked to a module: its exported value names or, for an entry point that
 * exports nothing (a command-line or page entry), its path without extension, as the test that starts it names it.
 */
export function linkWords(path: string, text: string): string[] {
  const names = exportedValueNames(path, text);
  return names.length > 0 ? names : [path.replace(MODULE_FILE, '')];
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The link words that `testText` contains as whole words (so `run` is not found inside `runCli`). */
export function wordsMentioned(words: readonly string[], testText: string): string[] {
  return words.filter((word) => new RegExp(`(?<![\\w$])${escapeRegExp(word)}(?![\\w$])`).test(testText));
}

/**
 * Every breach of the rule, one readable line each: a module with logic and neither a sibling test nor a map
 * entry; a map entry that is stale (its module is gone, is no module of the roots, has its sibling test now or no
 * logic left); a named test file that is missing, is not a test, or names none of the module's exports.
 */
export function findModuleTestProblems(
  tree: SourceTree,
  map: TestedElsewhereMap,
  scope: ModuleScope,
): string[] {
  const files = new Set(tree.files);
  const hasSiblingTest = (path: string) => siblingTestPaths(path).some((test) => files.has(test));
  const problems: string[] = [];

  for (const path of tree.files) {
    if (!isModuleInScope(path, scope) || hasSiblingTest(path) || path in map) continue;
    if (hasLogic(path, tree.read(path))) {
      problems.push(
        `${path}: has logic but no ${siblingTestPaths(path).join(' or ')} and no entry in test/tested-elsewhere.ts`,
      );
    }
  }

  for (const [path, entry] of Object.entries(map)) {
    if (!files.has(path)) {
      problems.push(`${path}: stale entry in test/tested-elsewhere.ts, the module no longer exists`);
      continue;
    }
    if (!isModuleInScope(path, { roots: scope.roots, skippedFolders: [] })) {
      problems.push(`${path}: in test/tested-elsewhere.ts but not a module the rule covers`);
      continue;
    }
    const sibling = siblingTestPaths(path).find((test) => files.has(test));
    if (sibling) {
      problems.push(`${path}: stale entry in test/tested-elsewhere.ts, the module now has ${sibling}`);
      continue;
    }
    const text = tree.read(path);
    if (!hasLogic(path, text)) {
      problems.push(`${path}: stale entry in test/tested-elsewhere.ts, the module has no logic left to test`);
      continue;
    }
    if (entry.tests.length === 0)
      problems.push(`${path}: the entry in test/tested-elsewhere.ts names no test`);
    const words = linkWords(path, text);
    for (const test of entry.tests) {
      if (!TEST_FILE.test(test)) {
        problems.push(`${path}: ${test} is not a test file (*.test.ts, *.test.tsx or *.e2e.ts)`);
      } else if (!files.has(test)) {
        problems.push(`${path}: the named test ${test} does not exist`);
      } else if (wordsMentioned(words, tree.read(test)).length === 0) {
        problems.push(`${path}: ${test} mentions none of ${words.join(', ')}`);
      }
    }
  }
  return problems;
}
