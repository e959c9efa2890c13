import { HOST_SOCKET_PATH } from '../../core/index';
import { desktopBridge } from '../bridge/index';

/*
 * Where the exercise host is. In browser mode the host served the page, so its routes are the page's own
 * (a path alone); in the desktop app the page comes from `app://pbsim` and the host listens on a loopback
 * port the bridge names (ADR 0008).
 */

/** A host route's URL: the path alone in browser mode, the host's origin and the path in the desktop app. */
export function hostUrl(path: string): string {
  return `${desktopBridge().hostOrigin}${path}`;
}

/** The host's socket: on the bridge's host in the desktop app, else on the origin that served the page. */
export function hostSocketUrl(where: Pick<Location, 'protocol' | 'host'> = location): string {
  const origin = desktopBridge().hostOrigin;
  if (origin !== '') return `${origin.replace(/^http/, 'ws')}${HOST_SOCKET_PATH}`;
  return `${where.protocol === 'https:' ? 'wss' : 'ws'}://${where.host}${HOST_SOCKET_PATH}`;
}

/** The origin of the host's pages, for links given to other screens: the host's in the desktop app. */
export function hostPageOrigin(): string {
  return desktopBridge().hostOrigin || location.origin;
}
