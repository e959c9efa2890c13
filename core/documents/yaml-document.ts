import { errorMessage } from './error-message';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathSegment, Problem, SourceText } from './problem';
import { formatFieldPath } from './problem';
import { jsonTooDeepAt, yamlLimitProblem } from './yaml-limits';

/** Documents larger than this are refused before parsing: no playbook or scenario comes near it. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A parsed YAML document that can tell where any field path sits in its source text. */
export interface LocatedDocument {
  file: string;
  value: unknown;
  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[]): { line: number; column: number };
  /** Line and column of the key of the map entry at `path` (for unknown keys), else of the node. */
  locateKey(path: readonly PathSegment[]): { line: number; column: number };
  /** A problem located at `path`, with the path named in the message. */
  problemAt(path: readonly PathSegment[], message: string, options?: { atKey?: boolean }): Problem;
}

export type ParseResult = { ok: true; document: LocatedDocument } | { ok: false; problems: Problem[] };

function childNode(
  node: unknown,
  segment: PathSegment,
): { value: Node | null; key: Node | null } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as { value?: unknown } | null;
      const keyValue = key && typeof key === 'object' && 'value' in key ? key.value : key;
      if (String(keyValue) === String(segment)) {
        return { value: (pair.value as Node | null) ?? null, key: (pair.key as Node | null) ?? null };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { value: item, key: null } : undefined;
  }
  return undefined;
}

/** Index of the first C0 control character other than tab, line feed and carriage return, or -1. */
function firstControlCharacter(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
  }
  return -1;
}

/**
 * Parse YAML text into a value plus a locator. Never throws: syntax errors, empty files, oversized files and
 * text that is not a YAML document at all come back as problems with a line and column.
 */
/**
 * How strictly documents are read. `recorded`: documents an exercise already ran with (embedded in its
 * journal), re-checked on reopening. Rules added after records were made (RECORDED_TOLERATES) are not
 * applied to them, so a stricter loader never locks anyone out of an old record; everything else is.
 */
export interface ReadOptions {
  recorded?: boolean;
}

/**
 * The rules a recorded document is not held to: each came after records were made, and each guards
 * authoring (a slip an author should fix) rather than what an exercise can run with. Nesting past the
 * limit stays refused: no earlier version could read such a document either.
 */
export const RECORDED_TOLERATES = [
  'unknown YAML tags',
  'ids listed twice (beyond roles, organisations, markings, objectives, cases, injects and expected actions)',
  'transitions made unreachable by an unguarded one before them',
] as const;

export function parseYaml(source: SourceText, options: ReadOptions = {}): ParseResult {
  const file = source.path;
  const whole = (message: string): ParseResult => ({
    ok: false,
    problems: [{ file, line: 1, column: 1, message }],
  });
  if (source.text.length > MAX_DOCUMENT_BYTES) {
    return whole(`file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; is it the right file?`);
  }
  if (source.text.trim() === '') return whole('file is empty');
  const at = (offset: number, message: string): ParseResult => ({
    ok: false,
    problems: [{ file, ...positionOf(source.text, offset), message }],
  });
  const control = firstControlCharacter(source.text);
  if (control >= 0) {
    return at(control, 'file contains binary data (a control character); expected YAML text');
  }

  const json = compactJsonValue(source.text);
  // Before the YAML parser composes values (recursively): nesting it cannot survive, tags it would turn
  // into something other than plain values.
  const limit = json.ok ? undefined : yamlLimitProblem(source.text, { tags: !options.recorded });
  if (limit) return at(limit.offset, limit.message);
  // A document in compact JSON (YAML is a superset of JSON; tools and the benchmark write large scenarios
  // this way) gives the same value as the YAML parser at a hundredth of the cost: a 4.6 MB scenario parses
  // in tens of milliseconds instead of seconds. The YAML is then parsed only if a problem must be located.
  const parsed = json.ok ? null : parseWithPositions(source.text);
  if (parsed && parsed.document.errors.length > 0) {
    return {
      ok: false,
      problems: parsed.document.errors.slice(0, 20).map((error) => {
        const position = parsed.lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: position.line,
          column: position.col,
          message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        };
      }),
    };
  }
  let positions = parsed;
  const positioned = () => (positions ??= parseWithPositions(source.text));

  const startOf = (node: Node | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const position = positioned().lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const walk = (path: readonly PathSegment[], preferKey: boolean) => {
    let node: Node | null = positioned().document.contents;
    let last: Node | null = node;
    for (let index = 0; index < path.length; index++) {
      const child = childNode(node, path[index] as PathSegment);
      if (!child) return startOf(last);
      if (index === path.length - 1 && preferKey && child.key) return startOf(child.key);
      node = child.value;
      last = child.value ?? child.key ?? last;
    }
    return startOf(last);
  };

  let value: unknown;
  if (json.ok) value = json.value;
  else
    try {
      value = parsed?.document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Alias bombs and similar: the document is well-formed YAML but refuses to expand sensibly.
      return whole(`YAML could not be read: ${errorMessage(error)}`);
    }

  const located: LocatedDocument = {
    file,
    value,
    locate: (path) => walk(path, false),
    locateKey: (path) => walk(path, true),
    problemAt(path, message, options) {
      const position = options?.atKey ? walk(path, true) : walk(path, false);
      const fieldPath = formatFieldPath(path);
      return fieldPath === ''
        ? { file, ...position, message }
        : { file, ...position, message, path: fieldPath };
    },
  };
  return { ok: true, document: located };
}

/** 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function parseWithPositions(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter };
}

/**
 * The value of a text that is exactly `JSON.stringify` of an object or array (one "\n" may follow), else not
 * ok. Exactly: a duplicate key, a tab, a line break between tokens or an unusual escape or number spelling
 * would read back differently, so such a text takes the YAML parser, whose rules for them are YAML's. For
 * every text that passes, YAML (a superset of JSON) gives the same value: yaml-document.test.ts checks that
 * against the YAML parser over generated JSON.
 */
export function compactJsonValue(text: string): { ok: true; value: unknown } | { ok: false } {
  const first = text.charCodeAt(0);
  if (first !== 0x7b && first !== 0x5b) return { ok: false };
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  // Too deep for JSON.stringify below: the YAML path refuses it with its place.
  if (jsonTooDeepAt(body) >= 0) return { ok: false };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false };
  }
  return JSON.stringify(value) === body ? { ok: true, value } : { ok: false };
}
