import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './app-protocol';

/*
 * The guards every window and session of the desktop app gets (docs/desktop-security.md maps each to the item
 * of Electron's security checklist it answers). The decisions are plain functions of URLs, tested without
 * Electron; `hardenContents` and `hardenSession` only wire them to Electron's events.
 */

/** Every window's preferences: no Node in any page, isolated and sandboxed, nothing fetched for spelling. */
export function hardenedWebPreferences(preload: string, partition: string): WebPreferences {
  return {
    preload,
    partition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // A middle click on a link opens no window the app did not ask for.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** The windows a page may open: the app's own station and evaluator screens, each as a hardened window. */
export type OpenableWindow =
  | { kind: 'station'; exerciseId: string; roles: string[] }
  | { kind: 'evaluator'; exerciseId: string; role: string };

/** A route segment as `encodeURIComponent` leaves it (the renderer's routeHash). */
const SEGMENT = /^[A-Za-z0-9._~%!*'()-]+$/;

/**
 * The window a `window.open(url)` asks for, when it is one the app opens: the app's page (`app://pbsim/`)
 * at a station route (`#/station/<exercise>/<roles>`) or an evaluator route (`#/evaluator/<exercise>[/<role>]`),
 * as the renderer's routes spell them. Anything else (another origin, another path, another screen) is null.
 */
export function openableWindow(url: string): OpenableWindow | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppUrl(parsed)) return null;
  if (!['/', '/index.html'].includes(parsed.pathname) || parsed.search !== '') return null;
  const parts = parsed.hash.replace(/^#\/?/, '').split('/');
  if (!parts.every((part) => SEGMENT.test(part) || part.split(',').every((piece) => SEGMENT.test(piece))))
    return null;
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return null;
    }
  };
  const [screen, exercise, extra, ...rest] = parts;
  const exerciseId = exercise ? decode(exercise) : null;
  if (!exerciseId || rest.length > 0) return null;
  if (screen === 'station' && extra) {
    const roles = extra.split(',').map(decode);
    if (roles.some((role) => !role)) return null;
    return { kind: 'station', exerciseId, roles: roles as string[] };
  }
  if (screen === 'evaluator') {
    const role = extra === undefined ? 'evaluator' : decode(extra);
    return role ? { kind: 'evaluator', exerciseId, role } : null;
  }
  return null;
}

/**
 * Whether a page of the app may make a request: to the app's own files, to the exercise host on loopback (its
 * HTTP routes and its socket), and to `blob:`/`data:` URLs a page makes itself. Nothing else, ever: the app
 * must work with no network, and never reach out to one. `hostOrigin` is null while the host is down.
 */
export function requestAllowed(url: string, hostOrigin: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return true;
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(parsed);
  // While the host restarts there is none to reach.
  if (hostOrigin === null) return false;
  const host = new URL(hostOrigin);
  if (parsed.protocol === 'http:') return parsed.host === host.host;
  if (parsed.protocol === 'ws:') return parsed.host === host.host;
  return false;
}

/** What a window's contents do when a page asks to navigate, open a window or attach a webview. */
export interface ContentsGuards {
  /** Open one of the app's own windows (hardened like this one) for a `window.open` that names one. */
  openWindow: (window: OpenableWindow) => void;
  /** Say what was refused, for the host's log. */
  log: (line: string) => void;
}

/**
 * Wire the guards to a window's contents: no navigation away from the page (its routes change only the
 * fragment, which is not a navigation), no webview, no window but the app's own, each opened by main.
 */
export function hardenContents(contents: WebContents, guards: ContentsGuards): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    guards.log(`navigation refused: ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    guards.log(`redirect refused: ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    guards.log('webview refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const window = openableWindow(url);
    if (window) guards.openWindow(window);
    else guards.log(`window refused: ${url}`);
    // Always denied here: main opens the app's own windows itself, with the preferences above.
    return { action: 'deny' };
  });
}

/**
 * Wire the guards to a session: every permission refused (camera, notifications, geolocation, …), every
 * request not to the app or the host cancelled, spelling dictionaries never fetched.
 */
export function hardenSession(
  session: Session,
  hostOrigin: () => string | null,
  log: (line: string) => void,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission refused: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    // The host's origin as it is now: a restarted host may listen on another port.
    const allowed = requestAllowed(details.url, hostOrigin());
    if (!allowed) log(`request refused: ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setSpellCheckerEnabled(false);
  // Were spelling ever turned on, its dictionaries would be asked of the app itself, which has none.
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-dictionaries/`);
}
