import { formatDuration } from '../components/index';

/*
 * How the report writes what the model holds as data: wall times (UTC ISO in the model) as dates a reader
 * takes in at a glance, always saying UTC, since the people who read it sat in different time zones; and the
 * metrics annex's raw figures read out beside them.
 */

const LOCALES: Record<string, string> = { en: 'en-GB', nl: 'nl-NL' };

/** The locale whose conventions a language's report follows; English (UK) for a language without one. */
export const localeOf = (language: string): string => LOCALES[language] ?? 'en-GB';

/** A wall time of the model (`2026-11-30T08:05:20.000Z`) as `30 Nov 2026, 08:05 UTC`. */
export function wallTimeText(iso: string, language: string): string {
  const formatted = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${formatted} UTC`;
}

/**
 * A figure of the metrics annex as a reader says it: milliseconds (figures named `…Ms`) as a span such as
 * `3d 4h`, the hit rate as a percentage; '' where the number says it already (a count) or there is none.
 */
export function figureReading(figure: string, value: string | number | null): string {
  if (typeof value !== 'number') return '';
  if (/Ms$/.test(figure)) return formatDuration(value);
  if (figure.endsWith('hitRate')) return `${Math.round(value * 1000) / 10}%`;
  return '';
}
