import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from './request-path';

const ROOT = path.resolve('/srv/app');

describe('resolveRequestPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app-1234.js', 'assets/app-1234.js'],
    ['/assets/', 'assets/index.html'],
    // Query and fragment are not part of the file.
    ['/assets/app.js?v=2#top', 'assets/app.js'],
    // Percent-escapes are decoded once.
    ['/docs/user%20guide.html', 'docs/user guide.html'],
    // A dot segment that stays inside the root is harmless.
    ['/./index.html', 'index.html'],
  ])('serves %s from %s under the root', (target, file) => {
    expect(resolveRequestPath(ROOT, target)).toEqual({ kind: 'file', filePath: path.join(ROOT, file) });
  });

  it.each([
    ['a parent segment', '/../package.json'],
    ['a parent segment deeper in', '/assets/../../package.json'],
    // Refused even where it would stay inside the root: an attempt is answered, not quietly folded.
    ['a parent segment that stays inside', '/assets/../index.html'],
    ['an encoded parent that stays inside', '/assets/%2e%2e/index.html'],
    ['an encoded slash and parent', '/..%2fpackage.json'],
    ['an encoded parent', '/%2e%2e/package.json'],
    ['a backslash', '/..\\package.json'],
    ['an encoded backslash', '/assets%5c..%5c..%5cpackage.json'],
    ['a NUL byte', '/index.html%00.png'],
    ['a malformed escape', '/%E0%A4%A'],
    ['an absolute-form target', 'http://evil.example/index.html'],
    ['the asterisk form', '*'],
    ['an empty target', ''],
  ])('refuses %s (%s)', (_, target) => {
    expect(resolveRequestPath(ROOT, target)).toEqual({ kind: 'refused' });
  });
});
