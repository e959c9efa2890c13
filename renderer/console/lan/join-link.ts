import { routeHash } from '../../components/index';

/**
 * The link a join code's QR code and "Open here" carry: the first room-network address when the host listens
 * on one (what a laptop in the room can open), else this page's own origin (the host laptop itself).
 */
export function joinLink(lanUrls: readonly string[], pageOrigin: string, code: string): string {
  const base = lanUrls[0] ?? `${pageOrigin}/`;
  return `${base.endsWith('/') ? base : `${base}/`}${routeHash({ screen: 'join', code })}`;
}
