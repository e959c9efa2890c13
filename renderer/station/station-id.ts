/** Who holds a station tab: a role station, or the evaluator's station (kept apart in the host's presence). */
export type StationKind = 'station' | 'evaluator';

const STATION_KEYS: Record<StationKind, string> = {
  station: 'pbsim.station-id',
  evaluator: 'pbsim.evaluator-station-id',
};

/**
 * This tab's station id: random per tab, kept across reloads of the same tab (sessionStorage), so the host
 * sees a reload as the same station.
 */
export function tabStationId(newId: () => string, kind: StationKind = 'station'): string {
  try {
    const kept = globalThis.sessionStorage?.getItem(STATION_KEYS[kind]);
    if (kept) return kept;
    const fresh = `${kind}-${newId()}`;
    globalThis.sessionStorage?.setItem(STATION_KEYS[kind], fresh);
    return fresh;
  } catch {
    return `${kind}-${newId()}`;
  }
}
