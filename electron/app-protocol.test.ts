import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCspFromHtml } from '../station-server/index';
import { APP_ORIGIN, appFileFor, appResponse, desktopPolicy, withMetaPolicy } from './app-protocol';

const ROOT = path.resolve('/opt/pbsim/resources/app.asar/dist/renderer');
const HOST = 'http://127.0.0.1:4173';
const PAGE_HTML = readFileSync(path.join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8');
const PAGE_POLICY = readCspFromHtml(PAGE_HTML) as string;

describe('appFileFor', () => {
  it('maps the app’s URLs to files of the build, the page at /', () => {
    expect(appFileFor(ROOT, `${APP_ORIGIN}/`)).toEqual({ ok: true, file: path.join(ROOT, 'index.html') });
    expect(appFileFor(ROOT, `${APP_ORIGIN}/assets/index-abc.js?v=1#/console`)).toEqual({
      ok: true,
      file: path.join(ROOT, 'assets', 'index-abc.js'),
    });
    expect(appFileFor(ROOT, `${APP_ORIGIN}/assets/a%20b.css`)).toEqual({
      ok: true,
      file: path.join(ROOT, 'assets', 'a b.css'),
    });
  });

  it('refuses what would climb out of the build, and anything not of the app', () => {
    const refused = (url: string) => {
      const found = appFileFor(ROOT, url);
      return found.ok ? `served ${found.file}` : found.status;
    };
    expect(refused(`${APP_ORIGIN}/assets/%2E%2E%2F..%2F..%2Fsecret`)).toBe(404);
    expect(refused(`${APP_ORIGIN}/assets/..%5c..%5csecret`)).toBe(400);
    expect(refused(`${APP_ORIGIN}/index.html%00.png`)).toBe(400);
    expect(refused(`${APP_ORIGIN}/%E0%A4%A`)).toBe(400);
    expect(refused('app://elsewhere/index.html')).toBe(404);
    expect(refused('file:///etc/passwd')).toBe(404);
    expect(refused('not a url')).toBe(400);
    // Segments the URL parser folds itself (escaped dots included) stay inside the build.
    expect(refused(`${APP_ORIGIN}/../../etc/passwd`)).toBe(`served ${path.join(ROOT, 'etc', 'passwd')}`);
    expect(refused(`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`)).toBe(
      `served ${path.join(ROOT, 'etc', 'passwd')}`,
    );
  });

  it('never names a file outside the build, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2F', 'a', '%5C', '%00', '/', '%', 'é'), {
          maxLength: 12,
        }),
        (parts) => {
          const found = appFileFor(ROOT, `${APP_ORIGIN}/${parts.join('')}`);
          if (!found.ok) return;
          const relative = path.relative(ROOT, found.file);
          const outside =
            relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
          expect(outside).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('desktopPolicy', () => {
  it('opens connect-src to exactly the host on loopback, its page and its socket, and keeps the rest', () => {
    const policy = desktopPolicy(PAGE_POLICY, HOST);
    const directives = new Map(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive] as const),
    );
    expect(directives.get('connect-src')).toBe(`connect-src 'self' ${HOST} ws://127.0.0.1:4173`);
    // Every other directive of the page's own policy, unchanged.
    for (const directive of PAGE_POLICY.split(';').map((part) => part.trim()))
      if (!directive.startsWith('connect-src')) expect(policy.split('; ')).toContain(directive);
    expect(policy).not.toMatch(/\*|https?:\/\/(?!127\.0\.0\.1:4173)/);
  });

  it('refuses a host that is not on loopback', () => {
    expect(() => desktopPolicy(PAGE_POLICY, 'http://192.168.1.20:4173')).toThrow(/loopback/);
    expect(() => desktopPolicy(PAGE_POLICY, 'https://127.0.0.1:4173')).toThrow(/loopback/);
  });
});

describe('appResponse', () => {
  const files: Record<string, string> = {
    [path.join(ROOT, 'index.html')]: PAGE_HTML,
    [path.join(ROOT, 'assets', 'index.js')]: 'console.log(1)',
  };
  const read = async (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(text);
  };
  const policy = (html: string) => desktopPolicy(readCspFromHtml(html) as string, HOST);

  it('serves the page with the desktop policy as a header and in its meta tag, the same', async () => {
    const page = await appResponse(ROOT, `${APP_ORIGIN}/`, read, policy);
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    const header = page.headers['Content-Security-Policy'];
    expect(header).toBe(desktopPolicy(PAGE_POLICY, HOST));
    expect(readCspFromHtml(String(page.body))).toBe(header);
  });

  it('serves a script with its exact type, nosniff, and a missing or outside file as 404', async () => {
    const script = await appResponse(ROOT, `${APP_ORIGIN}/assets/index.js`, read, policy);
    expect(script).toMatchObject({
      status: 200,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
    expect(script.headers).not.toHaveProperty('Content-Security-Policy');
    expect((await appResponse(ROOT, `${APP_ORIGIN}/assets/gone.js`, read, policy)).status).toBe(404);
    expect((await appResponse(ROOT, `${APP_ORIGIN}/%2e%2e/main.js`, read, policy)).status).toBe(404);
  });

  it('refuses a page without a policy to replace', () => {
    expect(() => withMetaPolicy('<html><head></head></html>', "default-src 'self'")).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
