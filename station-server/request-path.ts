import path from 'node:path';

/** Where a request's URL points inside the served folder, or why it may not be served. */
export type ResolvedPath = { kind: 'file'; filePath: string } | { kind: 'refused' };

/**
 * Maps a request target to a file under `root`, refusing anything that could leave it: `..` segments
 * (also percent-encoded, which the browser does not normalise: `/..%2fpackage.json`), backslashes (a
 * separator on Windows, where the desktop shell runs this server), NUL bytes and malformed escapes.
 */
export function resolveRequestPath(root: string, requestTarget: string): ResolvedPath {
  // The raw target is checked, not a parsed URL: `new URL` would silently fold a literal `/../` into `/`
  // and so hide an attempt that deserves a 400. Absolute-form targets (`http://…`, `*`) are refused too.
  const rawPath = requestTarget.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\'))
    return { kind: 'refused' };
  if (decoded.split('/').some((segment) => segment === '..')) return { kind: 'refused' };

  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const absoluteRoot = path.resolve(root);
  const filePath = path.resolve(absoluteRoot, `.${relative}`);
  // Belt and braces: whatever the checks above missed, nothing outside the root is ever served.
  if (filePath !== absoluteRoot && !filePath.startsWith(absoluteRoot + path.sep)) return { kind: 'refused' };
  return { kind: 'file', filePath };
}
