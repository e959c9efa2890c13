import { formatFieldPath, type PathSegment, type Problem } from './problem';
import type { LocatedDocument } from './yaml-document';

/** Each later occurrence of a key already seen in `items`: its index and the index of the first. */
export function repeatedKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Array<{ index: number; first: number; key: string }> {
  const firsts = new Map<string, number>();
  const out: Array<{ index: number; first: number; key: string }> = [];
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, index);
    else out.push({ index, first, key });
  }
  return out;
}

/**
 * A problem at each repeated id of a list in a document (`listPath`), pointing back at the first one:
 * `objective "x" is listed twice (first at objectives[0])`. `field` names the id inside each item
 * (`id`, `name`); none when the list holds the ids themselves.
 */
export function duplicateProblems<T>(
  located: LocatedDocument,
  listPath: readonly PathSegment[],
  items: readonly T[] | undefined,
  options: { what: string; keyOf: (item: T) => string; field?: string },
): Problem[] {
  if (!items) return [];
  const at = (index: number) => (options.field ? [...listPath, index, options.field] : [...listPath, index]);
  return repeatedKeys(items, options.keyOf).map(({ index, first, key }) => {
    const firstAt = formatFieldPath(at(first));
    return located.problemAt(at(index), `${options.what} "${key}" is listed twice (first at ${firstAt})`);
  });
}
