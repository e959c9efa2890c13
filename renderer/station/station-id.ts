const STATION_KEY = 'pbsim.station-id';

/** This tab's station id: random per tab, kept across reloads of the same tab (sessionStorage). */
export function tabStationId(newId: () => string): string {
  try {
    const kept = globalThis.sessionStorage?.getItem(STATION_KEY);
    if (kept) return kept;
    const fresh = `station-${newId()}`;
    globalThis.sessionStorage?.setItem(STATION_KEY, fresh);
    return fresh;
  } catch {
    return `station-${newId()}`;
  }
}
