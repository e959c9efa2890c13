/**
 * Everything on the page but one element made inert: not focusable, not clickable and, with `aria-hidden`,
 * not read by a screen reader (for assistive technology that does not yet honour `inert`). Used by the NO
 * PLAY overlay, so that nothing behind the safety stop can be reached with Tab and Enter.
 *
 * It walks up from the element to `boundary` (the page's body unless told) and marks each sibling on the
 * way: whatever the overlay is mounted in, the rest of the app is covered. Elements already inert (by React
 * or by another overlay) are left as they are and not restored, so two overlays never undo each other.
 * Returns the function that restores what it changed.
 */
export function inertBehind(element: Element, boundary: Element = element.ownerDocument.body): () => void {
  const changed: { node: Element; ariaHidden: string | null }[] = [];
  const cover = (node: Element) => {
    if (node.hasAttribute('inert') || isInvisible(node)) return;
    changed.push({ node, ariaHidden: node.getAttribute('aria-hidden') });
    node.setAttribute('inert', '');
    node.setAttribute('aria-hidden', 'true');
  };
  // What is added beside the path later (a status line that appears while the stop stands) is covered too.
  const path = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const added of Array.from(record.addedNodes))
        if (added instanceof Element && !path.has(added) && !added.contains(element)) cover(added);
  });
  let current: Element | null = element;
  while (current && current !== boundary) {
    const parent: Element | null = current.parentElement;
    if (!parent) break;
    path.add(current);
    for (const sibling of Array.from(parent.children)) if (sibling !== current) cover(sibling);
    observer.observe(parent, { childList: true });
    current = parent;
  }
  return () => {
    observer.disconnect();
    for (const { node, ariaHidden } of changed) {
      node.removeAttribute('inert');
      if (ariaHidden === null) node.removeAttribute('aria-hidden');
      else node.setAttribute('aria-hidden', ariaHidden);
    }
  };
}

/** Scripts, styles and templates take no focus and are not read: left alone. */
function isInvisible(element: Element): boolean {
  return ['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'NOSCRIPT'].includes(element.tagName);
}

/**
 * Keeps focus inside `element` while it stands: where `inert` is not supported (or an element was added
 * behind the overlay after it came up), focus that lands outside is taken back. Returns the function that
 * stops it.
 */
export function holdFocusWithin(element: HTMLElement): () => void {
  const document = element.ownerDocument;
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof Node && !element.contains(target)) element.focus();
  };
  document.addEventListener('focusin', onFocusIn);
  return () => document.removeEventListener('focusin', onFocusIn);
}
