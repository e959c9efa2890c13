/**
 * A problem found in a playbook or scenario document, located precisely enough for an author to fix it
 * without reading code: `file:line:column: message (path)`.
 */
export interface Problem {
  file: string;
  /** 1-based line of the offending node; 1 when the problem concerns the whole document. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
  /** Dotted path of the bad field (`injects[3].at`), when the problem concerns one field. */
  path?: string;
}

/** One document as read from disk or bundled into the renderer. */
export interface SourceText {
  path: string;
  text: string;
}

export type PathSegment = string | number;

/** `injects[3].expectedActions[0].window` from `['injects', 3, 'expectedActions', 0, 'window']`. */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path ? `${where}: ${problem.message} (${problem.path})` : `${where}: ${problem.message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.message.localeCompare(b.message)
  );
}
