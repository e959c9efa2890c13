// The page's Content-Security-Policy lives in one place, the meta tag of renderer/index.html. The server
// reads it back from the built index.html and sends it as a header too, so the two can never drift.

const META_TAG = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// Only the entities an attribute value of a policy can plausibly carry: Vite copies the tag verbatim.
function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy of the first `<meta http-equiv="Content-Security-Policy">` in the page, or null if none. */
export function readCspFromHtml(html: string): string | null {
  for (const [tag] of html.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(ATTRIBUTE)) {
      attributes.set((match[1] ?? '').toLowerCase(), decodeEntities(match[2] ?? match[3] ?? ''));
    }
    if (attributes.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    // Line breaks inside the attribute would be an invalid header value; the policy means the same without.
    const policy = attributes.get('content')?.replace(/\s+/g, ' ').trim();
    if (policy) return policy;
  }
  return null;
}
