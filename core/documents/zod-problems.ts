import type { z } from 'zod';
import type { LocatedDocument } from './yaml-document';
import { formatFieldPath, type PathSegment, type Problem } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * For a value that matched no branch of a union, report the branch that got furthest (the longest issue
 * path): "expected string" deep inside the object branch helps an author more than "invalid input".
 */
function bestUnionBranch(issue: Issue & { code: 'invalid_union' }): Issue[] | undefined {
  const all = issue.errors.filter((branch) => branch.length > 0);
  if (all.length === 0) return undefined;
  // A branch whose fields the value's keys fit (no unknown field at its top) is the form the author meant:
  // `when: { missed: 3 }` is a malformed "missed", not a "state" missing its field.
  const fitting = all.filter(
    (branch) => !branch.some((inner) => inner.code === 'unrecognized_keys' && inner.path.length === 0),
  );
  const branches = fitting.length > 0 ? fitting : all;
  const depth = (branch: readonly Issue[]) => Math.max(...branch.map(issueDepth));
  const deepest = Math.max(...branches.map(depth));
  if (deepest === 0) return undefined;
  return branches.find((branch) => depth(branch) === deepest);
}

/** How far into the value an issue reaches, following the best branch of nested unions. */
function issueDepth(issue: Issue): number {
  if (issue.code !== 'invalid_union') return issue.path.length;
  const branch = bestUnionBranch(issue);
  return issue.path.length + (branch ? Math.max(...branch.map(issueDepth)) : 0);
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): Array<{ issue: Issue; path: PathSegment[] }> {
  const path = [...prefix, ...issue.path].filter(
    (segment): segment is PathSegment => typeof segment !== 'symbol',
  );
  if (issue.code === 'invalid_union') {
    const branch = bestUnionBranch(issue);
    if (branch) return branch.flatMap((inner) => flatten(inner, path));
  }
  return [{ issue, path }];
}

/** Turn zod issues into located problems; unknown keys are located at the key itself and named. */
export function zodIssuesToProblems(document: LocatedDocument, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const { issue, path } of issues.flatMap((top) => flatten(top, []))) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(document.problemAt([...path, key], `unknown field "${key}"`, { atKey: true }));
      }
      continue;
    }
    problems.push(document.problemAt(path, describeIssue(issue, path)));
  }
  return problems;
}

/** zod's message, reworded where it reads like a type error to someone writing YAML by hand. */
function describeIssue(issue: Issue, path: readonly PathSegment[]): string {
  if (issue.code === 'invalid_union') return describeUnion(issue);
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    const name = path.at(-1);
    return typeof name === 'string' ? `missing required field "${name}"` : 'missing required value';
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * The first issue of a value checked outside a document (a command's payload, a log line's): the field at
 * fault as a path under `prefix` (`payload.to[0]`) and what is wrong with it, worded as for documents.
 */
export function firstIssue(
  error: z.ZodError,
  prefix: readonly PathSegment[],
): { field: string; message: string } {
  const [first] = error.issues.flatMap((top) => flatten(top, prefix));
  if (!first) return { field: formatFieldPath(prefix), message: 'invalid' };
  return { field: formatFieldPath(first.path), message: describeIssue(first.issue, first.path) };
}

/**
 * A value no form of a union takes at all: say which kinds of value it may be ("expected object or string,
 * received number") when the forms differ in kind, else that it matches none of them.
 */
function describeUnion(issue: Issue & { code: 'invalid_union' }): string {
  const kinds = new Set<string>();
  let received: string | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code !== 'invalid_type' || inner.path.length > 0) continue;
      kinds.add(inner.expected);
      received ??= /received (\w+)/.exec(inner.message)?.[1];
    }
  }
  if (kinds.size === 0 || received === undefined) return 'does not match any allowed form';
  return `expected ${[...kinds].join(' or ')}, received ${received}`;
}
