/**
 * Time zones as the runtime's Intl knows them: whether a name is one, and a zone's offset from UTC at an
 * instant. One place for the scenario loader, the CLI's --start and the screens' in-world clock, so they agree
 * on daylight-saving changes.
 */

/** True for a time zone name Intl accepts (an IANA name such as Europe/Brussels, or UTC). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than formatting an instant with it. */
function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let found = offsetFormatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(zone, found);
  }
  return found;
}

/**
 * The offset from UTC, in minutes, of `zone` at the instant `utcMs`: the zone's wall clock then, read as if
 * it were UTC, less the instant.
 */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const parts = offsetFormatter(zone).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - utcMs) / 60_000);
}
