/**
 * A random id from `crypto.getRandomValues`, which plain-http LAN pages have too (docs/architecture.md §6),
 * unlike `crypto.randomUUID`: command ids, station ids, observation ids.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
