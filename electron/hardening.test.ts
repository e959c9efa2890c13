import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { parseRoute, routeHash } from '../renderer/components/route';
import { APP_ORIGIN } from './app-protocol';
import {
  hardenContents,
  hardenedWebPreferences,
  hardenSession,
  openableWindow,
  requestAllowed,
  type OpenableWindow,
} from './hardening';

// Electron itself cannot run here (TOOLCHAIN.md): these tests give the guards stand-ins for a window's
// contents and a session, and check what each guard does with what the page asks.
vi.mock('electron', () => ({}));

const HOST = 'http://127.0.0.1:4173';

describe('hardenedWebPreferences', () => {
  it('isolates and sandboxes every page, with no Node, no webview and nothing fetched for spelling', () => {
    const preferences = hardenedWebPreferences('/app/preload.cjs', 'persist:console');
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      partition: 'persist:console',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });
});

describe('openableWindow', () => {
  it('opens the app’s own station and evaluator screens, as the renderer spells their routes', () => {
    const station = { screen: 'station', exerciseId: 'ex 1', roles: ['ms-a', 'nac'] } as const;
    expect(openableWindow(`${APP_ORIGIN}/${routeHash({ ...station, roles: [...station.roles] })}`)).toEqual({
      kind: 'station',
      exerciseId: 'ex 1',
      roles: ['ms-a', 'nac'],
    });
    expect(openableWindow(`${APP_ORIGIN}/index.html#/evaluator/ex-1/evaluator`)).toEqual({
      kind: 'evaluator',
      exerciseId: 'ex-1',
      role: 'evaluator',
    });
    expect(openableWindow(`${APP_ORIGIN}/#/evaluator/ex-1`)).toEqual({
      kind: 'evaluator',
      exerciseId: 'ex-1',
      role: 'evaluator',
    });
  });

  it('opens nothing else: another origin or path, the console, home, a join, a malformed route', () => {
    for (const url of [
      'https://example.org/#/station/ex-1/ms-a',
      'app://elsewhere/#/station/ex-1/ms-a',
      `${APP_ORIGIN}/other.html#/station/ex-1/ms-a`,
      `${APP_ORIGIN}/?next=x#/station/ex-1/ms-a`,
      `${APP_ORIGIN}/#/console/ex-1`,
      `${APP_ORIGIN}/#/`,
      `${APP_ORIGIN}/#/join/ABC-DEF-GHJ`,
      `${APP_ORIGIN}/#/station/ex-1`,
      `${APP_ORIGIN}/#/station/ex-1/ms-a/extra`,
      `${APP_ORIGIN}/#/station/%E0%A4%A/ms-a`,
      'javascript:alert(1)',
      'not a url',
    ])
      expect(openableWindow(url), url).toBeNull();
  });

  it('agrees with the renderer’s own reading of every station and evaluator route it opens', () => {
    const id = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !text.includes(','));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            screen: fc.constant('station' as const),
            exerciseId: id,
            roles: fc.array(id, { minLength: 1, maxLength: 3 }),
          }),
          fc.record({ screen: fc.constant('evaluator' as const), exerciseId: id, role: id }),
        ),
        (route) => {
          const opened = openableWindow(`${APP_ORIGIN}/${routeHash(route)}`);
          expect(opened).not.toBeNull();
          const asRenderer = parseRoute(routeHash(route));
          const asMain = opened as OpenableWindow;
          expect({ ...asMain, screen: asMain.kind, kind: undefined }).toMatchObject(asRenderer);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('requestAllowed', () => {
  it('lets a page reach the app’s files, the host on loopback, and what it made itself', () => {
    for (const url of [
      `${APP_ORIGIN}/assets/index.js`,
      `${HOST}/host/session`,
      'ws://127.0.0.1:4173/host/socket',
      'blob:app://pbsim/0b6c7c4e-1111-2222-3333-444455556666',
      'data:image/png;base64,iVBORw0KGgo=',
    ])
      expect(requestAllowed(url, HOST), url).toBe(true);
  });

  it('refuses everything else: the internet, another port, another scheme, the LAN', () => {
    for (const url of [
      'https://update.electronjs.org/x',
      'https://clients2.google.com/service/update2',
      'http://127.0.0.1:4174/host/session',
      'ws://127.0.0.1:9229/',
      'http://192.168.1.20:4173/',
      'file:///etc/passwd',
      'app://elsewhere/x',
      'ftp://127.0.0.1:4173/',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ])
      expect(requestAllowed(url, HOST), url).toBe(false);
  });
});

/** A window's contents as the guards see them: events to emit, and the window-open handler they set. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits `name` with a cancellable event; true when a guard cancelled it. */
  ask(name: string, ...args: unknown[]): boolean {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

describe('hardenContents', () => {
  const setUp = () => {
    const contents = new FakeContents();
    const opened: OpenableWindow[] = [];
    const logged: string[] = [];
    hardenContents(contents as unknown as WebContents, {
      openWindow: (window) => opened.push(window),
      log: (line) => logged.push(line),
    });
    return { contents, opened, logged };
  };

  it('refuses every navigation, redirect and webview, and says so', () => {
    const { contents, logged } = setUp();
    expect(contents.ask('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.ask('will-navigate', `${APP_ORIGIN}/other.html`)).toBe(true);
    expect(contents.ask('will-redirect', 'https://example.org/')).toBe(true);
    expect(contents.ask('will-attach-webview', {}, {})).toBe(true);
    expect(logged).toEqual([
      'navigation refused: https://example.org/',
      `navigation refused: ${APP_ORIGIN}/other.html`,
      'redirect refused: https://example.org/',
      'webview refused',
    ]);
  });

  it('denies every window.open, opening the app’s own station and evaluator windows itself', () => {
    const { contents, opened, logged } = setUp();
    expect(contents.openHandler?.({ url: `${APP_ORIGIN}/#/station/ex-1/ms-a` })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([{ kind: 'station', exerciseId: 'ex-1', roles: ['ms-a'] }]);
    expect(logged).toEqual(['window refused: https://example.org/']);
  });
});

describe('hardenSession', () => {
  const setUp = () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const calls: string[] = [];
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: never) => (handlers['check'] = handler),
      webRequest: { onBeforeRequest: (handler: never) => (handlers['beforeRequest'] = handler) },
      setSpellCheckerEnabled: (on: boolean) => calls.push(`spellchecker ${on}`),
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`dictionaries from ${url}`),
    };
    const logged: string[] = [];
    const host = { origin: HOST as string | null };
    hardenSession(
      session as unknown as Session,
      () => host.origin,
      (line) => logged.push(line),
    );
    return { handlers, calls, logged, host };
  };

  it('refuses every permission, asked or checked', () => {
    const { handlers, logged } = setUp();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const answers: boolean[] = [];
      (handlers['request'] as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
        null,
        permission,
        (ok) => answers.push(ok),
      );
      expect(answers).toEqual([false]);
      expect((handlers['check'] as (c: unknown, p: string) => boolean)(null, permission)).toBe(false);
    }
    expect(logged).toContain('permission refused: media');
  });

  it('cancels a request that is not to the app or the host, and lets those through', () => {
    const { handlers, host } = setUp();
    const verdict = (url: string) => {
      const answers: { cancel: boolean }[] = [];
      (handlers['beforeRequest'] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (response) => answers.push(response),
      );
      return answers;
    };
    expect(verdict('https://example.org/')).toEqual([{ cancel: true }]);
    expect(verdict(`${HOST}/host/session`)).toEqual([{ cancel: false }]);
    expect(verdict(`${APP_ORIGIN}/index.html`)).toEqual([{ cancel: false }]);
    // The host as it is at each request: down, then back on another port.
    host.origin = null;
    expect(verdict(`${HOST}/host/session`)).toEqual([{ cancel: true }]);
    expect(verdict(`${APP_ORIGIN}/index.html`)).toEqual([{ cancel: false }]);
    host.origin = 'http://127.0.0.1:4199';
    expect(verdict('ws://127.0.0.1:4199/host/socket')).toEqual([{ cancel: false }]);
    expect(verdict(`${HOST}/host/session`)).toEqual([{ cancel: true }]);
  });

  it('turns spelling off and points its dictionaries at the app, which has none', () => {
    const { calls } = setUp();
    expect(calls).toEqual(['spellchecker false', `dictionaries from ${APP_ORIGIN}/no-dictionaries/`]);
  });
});
