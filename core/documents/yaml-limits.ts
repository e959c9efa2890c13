import { Parser } from 'yaml';

/**
 * How deep lists and mappings may nest in a document. The deepest bundled document (a mechanism: states
 * inside states, a transition list, a guard list, its params) nests about 15 levels; 100 leaves authors
 * ample room while keeping every recursive step after parsing (YAML composition, zod, the checks) far from
 * the JavaScript stack's limit, which 10,000 nested `[` overflows.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Explicit tags a document may carry: YAML 1.2's core types, which read as plain values anyway. Any other
 * (`!!binary`, `!!timestamp`, `!!set`, `!custom`) would otherwise turn into a Buffer, a Date or silently into
 * text; no document field wants one, so it is refused with its line rather than accepted as something else.
 */
const CORE_TAGS = new Set(['!', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

export type LimitProblem = { offset: number; message: string };

/**
 * The first nesting or tag problem of a YAML text, found on yaml's concrete syntax tree, which its parser
 * builds without recursion (the composer that turns it into values recurses, and overflows on deep input).
 * The walk below is iterative for the same reason.
 */
export function yamlLimitProblem(text: string, options: { tags?: boolean } = {}): LimitProblem | undefined {
  const checkTags = options.tags !== false;
  const stack: Array<{ node: unknown; depth: number }> = [];
  for (const token of new Parser().parse(text)) stack.push({ node: token, depth: 0 });
  stack.reverse();
  let found: LimitProblem | undefined;
  const consider = (problem: LimitProblem) => {
    if (!found || problem.offset < found.offset) found = problem;
  };
  while (stack.length > 0) {
    const { node, depth: outer } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], depth: outer });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    const offset = typeof token.offset === 'number' ? token.offset : 0;
    if (
      checkTags &&
      token.type === 'tag' &&
      typeof token.source === 'string' &&
      !CORE_TAGS.has(token.source)
    ) {
      consider({
        offset,
        message: `unknown YAML tag "${token.source}": documents hold plain text, numbers, true/false, lists and mappings only`,
      });
      continue;
    }
    const depth = outer + (typeof token.type === 'string' && COLLECTIONS.has(token.type) ? 1 : 0);
    if (depth > MAX_NESTING_DEPTH) {
      consider({ offset, message: tooDeep() });
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'source' && value !== null && typeof value === 'object') stack.push({ node: value, depth });
    }
  }
  return found;
}

export const tooDeep = () =>
  `too deeply nested (more than ${MAX_NESTING_DEPTH} levels of lists and mappings)`;

/**
 * Offset of the first `[` or `{` of a JSON text that opens more than MAX_NESTING_DEPTH levels, or -1.
 * Brackets inside strings do not count. `JSON.parse` copes with deep input but `JSON.stringify` and
 * everything after do not.
 */
export function jsonTooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_NESTING_DEPTH) return index;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return -1;
}
