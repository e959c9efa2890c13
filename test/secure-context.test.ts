// A page served from a room-network address is plain http, not a secure context (issue 20 §2): the browser
// leaves out crypto.randomUUID, crypto.subtle, Web Locks, the async clipboard and service workers there. The
// code every page runs (renderer/ and core/) must use none of them. The LAN end-to-end test runs the stations
// with them deleted; this scan names the file and line of any use before a browser is started.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';

/** What a plain-http page lacks, as code would reach it. */
const SECURE_ONLY = [
  /\brandomUUID\b/,
  /\bcrypto\.subtle\b|\bsubtle\.(digest|sign|verify|encrypt|decrypt|importKey)\b/,
  /\bnavigator\.locks\b/,
  /\bnavigator\.clipboard\b/,
  /\bnavigator\.serviceWorker\b/,
];

/** Each use of a secure-context API in `text`, as `file:line: the line`; comments are not code. */
function secureOnlyUses(file: string, text: string): string[] {
  const uses: string[] = [];
  text.split('\n').forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    if (SECURE_ONLY.some((pattern) => pattern.test(code))) uses.push(`${file}:${index + 1}: ${line.trim()}`);
  });
  return uses;
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(PROJECT_ROOT, path.join(entry.parentPath, entry.name)));
}

describe('the code a LAN page runs', () => {
  it('finds a use of a secure-context API, and not a mention in a comment', () => {
    expect(
      secureOnlyUses(
        'example.ts',
        [
          '// unlike crypto.randomUUID, which LAN pages lack',
          'const id = crypto.randomUUID();',
          ' * crypto.subtle is for secure contexts only',
          'await crypto.subtle.digest("SHA-256", bytes);',
          'await navigator.locks.request("x", run);',
          'void navigator.clipboard.writeText(code);',
        ].join('\n'),
      ),
    ).toEqual([
      'example.ts:2: const id = crypto.randomUUID();',
      'example.ts:4: await crypto.subtle.digest("SHA-256", bytes);',
      'example.ts:5: await navigator.locks.request("x", run);',
      'example.ts:6: void navigator.clipboard.writeText(code);',
    ]);
  });

  it('uses nothing that only a secure context has', () => {
    const files = [...sourcesUnder('renderer'), ...sourcesUnder('core')];
    // Live: the scan reads the renderer's and core's sources, the random-id module among them.
    expect(files).toContain(path.join('renderer', 'host', 'random-id.ts'));
    expect(files.length).toBeGreaterThan(200);
    const uses = files.flatMap((file) =>
      secureOnlyUses(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
    );
    expect(uses).toEqual([]);
  });
});
