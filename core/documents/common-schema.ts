import { z } from 'zod';

/** Lower-case kebab ids: machines, roles, organisations, scenarios, objectives. */
export const KebabId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id such as "eeas-crm"');

/** A playbook event name, UPPER_SNAKE_CASE: `DSG_ACTIVATE`. */
export const EventName = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'must be an UPPER_SNAKE_CASE event name such as "DSG_ACTIVATE"');

/** A releasability marking id: `EU-ONLY`. */
export const Marking = z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'must be a marking id such as "EU-ONLY"');

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD');

/** A length of time: `90d`, `24h`, `1d12h`, `30m`, `2h30m`. */
export const DURATION_PATTERN = /^(?=\d)(\d+d)?(\d+h)?(\d+m)?$/;

/**
 * The longest duration (and scenario time) a document may give: 1000 years, 365,250 days. No exercise,
 * legal clock or expected window comes near it, and it keeps every figure derived from durations exact:
 * 1000 years is 3.2e13 ms, so even the sum of a few hundred of them (a time, a delay, a window, a chain of
 * contingencies) stays below Number.MAX_SAFE_INTEGER (9.0e15) and added to any in-world start date is
 * still a valid JavaScript date. Unbounded, "99999999999999999999d" would read as 8.6e27 ms, not an integer.
 */
export const MAX_DURATION_DAYS = 365_250;
export const MAX_DURATION_MS = MAX_DURATION_DAYS * 86_400_000;

/** Is a text that matched DURATION_PATTERN within MAX_DURATION_MS? */
export function durationWithinBound(text: string): boolean {
  return !DURATION_PATTERN.test(text) || durationToMs(text) <= MAX_DURATION_MS;
}

export const durationTooLong = `is too long: at most ${MAX_DURATION_DAYS}d (1000 years), which milliseconds can count exactly`;

export const Duration = z
  .string()
  .regex(DURATION_PATTERN, 'must be a duration such as "90d", "24h", "1d12h" or "30m"')
  .refine(durationWithinBound, durationTooLong);

/** Milliseconds in a duration written as `Nd Nh Nm`; assumes it matched DURATION_PATTERN. */
export function durationToMs(text: string): number {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
  if (!match) return Number.NaN;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000;
}

/** When an instrument, event or rule applies: a scenario's in-world date selects what is in force. */
export const InForce = z
  .strictObject({
    from: IsoDate.optional().describe('first in-world date on which it applies'),
    until: IsoDate.optional().describe('last in-world date on which it applies'),
    note: z.string().optional().describe('the legal act or decision that sets these dates'),
  })
  .describe('dates between which this applies, by the scenario in-world date');
export type InForce = z.infer<typeof InForce>;

/** Is something with these in-force dates in force on `date` (YYYY-MM-DD)? */
export function isInForce(inForce: InForce | undefined, date: string): boolean {
  if (!inForce) return true;
  if (inForce.from !== undefined && date < inForce.from) return false;
  if (inForce.until !== undefined && date > inForce.until) return false;
  return true;
}

export const Confidence = z.enum(['verified', 'secondary', 'unverified']);

/** A public source behind a mechanism, an event or a window. */
export const Source = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  reference: z.string().optional().describe('legal act, article or document number'),
  confidence: Confidence.default('verified'),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;
