import { isKnownTimeZone, zoneOffsetMinutes } from '../core/index';
import { UsageError } from './exit-codes';

/** The in-world start of an imported scenario: a local date and time in an IANA time zone. */
export interface ScenarioStart {
  date: string;
  time: string;
  timeZone: string;
}

export const DEFAULT_START = '2024-01-01T09:00';
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// YYYY-MM-DDTHH:MM, optionally :SS, optionally Z or ±HH:MM.
const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
// What the scenario schema accepts as a zone name (start.timeZone); Intl alone would also take "+01:00".
const ZONE_NAME = /^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/;

/** True for an IANA zone name this runtime knows, in the form a scenario may hold. */
export function isTimeZone(zone: string): boolean {
  return ZONE_NAME.test(zone) && isKnownTimeZone(zone);
}

const pad = (value: number) => String(value).padStart(2, '0');
const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

const DAY_MS = 86_400_000;

/**
 * Whether a wall-clock time (given as if it were UTC) happens in `zone`: some instant shows it. The zone's
 * offset a day before or after is the only one that can apply (no zone changes twice in two days), so the
 * time exists when one of them maps back onto itself.
 */
function existsInZone(localMs: number, zone: string): boolean {
  const offsets = new Set([
    zoneOffsetMinutes(zone, localMs - DAY_MS),
    zoneOffsetMinutes(zone, localMs + DAY_MS),
  ]);
  return [...offsets].some((offset) => zoneOffsetMinutes(zone, localMs - offset * 60_000) === offset);
}

/**
 * `--start` and `--time-zone` of `import`, checked: a real calendar date and clock time, in full ISO 8601
 * (seconds, `Z`, `±HH:MM`). The scenario holds a local time to the minute, so seconds must be :00. A `Z` or
 * an offset fixes the instant; it must then be the offset the time zone (given, or the default) has at that
 * instant, so the local time written is the one typed — otherwise it is refused, saying the local time it
 * stands for, rather than silently shifted.
 */
export function parseStartOption(startText: string | undefined, zoneText: string | undefined): ScenarioStart {
  const timeZone = zoneText ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone))
    throw new UsageError(
      `import: --time-zone "${timeZone}" is not a time zone this system knows; give an IANA name such as Europe/Brussels or UTC`,
    );
  const text = startText ?? DEFAULT_START;
  const match = START.exec(text);
  if (!match)
    throw new UsageError(
      `import: --start takes YYYY-MM-DDTHH:MM (optionally :SS, and Z or an offset such as +02:00), not "${text}"`,
    );
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((field) => Number(field ?? 0)) as number[];
  const localMs = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const back = new Date(localMs);
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month! - 1 &&
    back.getUTCDate() === day &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59;
  if (!real) throw new UsageError(`import: --start "${text}" is not a real date and time`);
  if (second !== 0)
    throw new UsageError(
      `import: --start "${text}": a scenario starts on a whole minute; give :00 seconds or none`,
    );
  if (!existsInZone(localMs, timeZone))
    throw new UsageError(
      `import: --start "${text}" does not exist in ${timeZone}: the clocks skip that hour (summer time begins)`,
    );
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const time = `${match[4]}:${match[5]}`;
  const offsetText = match[7];
  if (offsetText !== undefined) {
    const sign = offsetText.startsWith('-') ? -1 : 1;
    const given =
      offsetText === 'Z' ? 0 : sign * (Number(offsetText.slice(1, 3)) * 60 + Number(offsetText.slice(4, 6)));
    if (Math.abs(given) > 14 * 60 || Number(offsetText.slice(4, 6)) > 59)
      throw new UsageError(`import: --start "${text}": ${offsetText} is not a UTC offset`);
    const instant = localMs - given * 60_000;
    const actual = zoneOffsetMinutes(timeZone, instant);
    if (actual !== given) {
      const local = new Date(instant + actual * 60_000).toISOString().slice(0, 16);
      throw new UsageError(
        `import: --start "${text}" is ${local} in ${timeZone} (UTC${formatOffset(actual)} then), not ${date}T${time}; give --start ${local}, or a --time-zone whose offset is ${formatOffset(given)} then`,
      );
    }
  }
  return { date, time, timeZone };
}
