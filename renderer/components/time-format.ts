import { zoneOffsetMinutes } from '../../core/index';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A span of time as controllers and evaluators say it — `45m`, `2h 30m`, `3d 4h` — rounded to the nearest
 * minute (a median of 89 s reads `1m`, a window with 40 s left `1m` rather than `0m`); `—` for no value. One
 * reading for the console's countdowns and the evaluator's metrics, so the same span never reads two ways.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts =
    days > 0
      ? [`${days}d`, hours > 0 ? `${hours}h` : '']
      : hours > 0
        ? [`${hours}h`, rest > 0 ? `${rest}m` : '']
        : [`${rest}m`];
  return `${ms < 0 && minutes > 0 ? '−' : ''}${parts.filter(Boolean).join(' ')}`;
}

/** Scenario time as controllers read it: `T+02:15:07`, or `T+3d 02:15:07` from the first day on. */
export function formatScenarioClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `T+${days}d ${clock}` : `T+${clock}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and options: building one costs far more than formatting a date with it. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** Milliseconds by which a time zone is ahead of UTC at an instant. */
const zoneOffsetMs = (instant: number, timeZone: string) => zoneOffsetMinutes(timeZone, instant) * 60_000;

const instants = new Map<string, number>();

/** The instant of a wall-clock time (`2019-11-04T07:30`) in a time zone. */
export function instantOf(localDate: string, timeZone: string): number {
  const key = `${localDate} ${timeZone}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const guess = Date.parse(`${localDate}:00Z`);
  const first = guess - zoneOffsetMs(guess, timeZone);
  // Once more, in case the first guess fell on the other side of a daylight-saving change.
  const instant = guess - zoneOffsetMs(first, timeZone);
  instants.set(key, instant);
  return instant;
}

/** In-world date and time at a scenario time: `Mon 4 Nov 2019, 09:30`. */
export function formatInWorld(
  start: { date: string; timeZone: string },
  scenarioMs: number,
  language: string,
): string {
  return formatter(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: start.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instantOf(start.date, start.timeZone) + scenarioMs));
}

/** Wall time of day, for the console's three clocks and for log lines. */
export function formatWallTime(wallMs: number, language: string): string {
  return formatter(language === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(wallMs));
}
