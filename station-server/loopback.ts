import net from 'node:net';

/**
 * Who counts as "this machine" (docs/architecture.md §5): the console's rights and, until LAN stations exist,
 * every socket are given only to loopback. Two checks, because they guard against different things: the peer's
 * address says the connection comes from this machine; the Host header says the page that makes it was loaded
 * from a loopback name, which a DNS-rebinding page (evil.example resolving to 127.0.0.1) cannot claim.
 */

/** The host names the host listens on until LAN stations are built; anything else is refused. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', '::1', 'localhost'];

/** A peer address from the socket: 127.0.0.0/8, ::1, or an IPv4-mapped 127.x address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (net.isIPv4(plain)) return plain.startsWith('127.');
  // Node reports ::1 in its short form; the long forms are the same address.
  return net.isIPv6(plain) && /^(0{0,4}:)+0{0,3}1$|^::1$/.test(plain) && !/[^0:1]/.test(plain);
}

/** A name a page may have been served from on this machine: localhost, an IPv4 loopback or [::1]. */
export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const bare = name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
  return isLoopbackAddress(bare);
}

/** The Host header, `name[:port]`, names this machine; a missing or malformed one does not. */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  let parsed: URL;
  try {
    parsed = new URL(`http://${host}`);
  } catch {
    return false;
  }
  // `http://a@b` or a path would parse: the header must be exactly a host and a port.
  if (parsed.username || parsed.password || parsed.pathname !== '/' || parsed.search || parsed.hash)
    return false;
  // Normalising must not change it (`0x7f.1` becomes 127.0.0.1); only the default port may be dropped.
  const given = host.toLowerCase();
  if (parsed.host !== given && `${parsed.host}:80` !== given) return false;
  return isLoopbackName(parsed.hostname);
}
