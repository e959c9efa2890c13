/**
 * Time expressions found in other tools' MSELs, turned into an offset from the exercise start (T0). Each
 * result says which rule read it, so the import report can state every assumption it made.
 *
 * Rules (each result names the one that read it):
 * - `T+15` is minutes (the HSEEP "T+min" habit); `T+1:30` is hours and minutes; `T+1d4h`, `T+2h30m` as in
 *   our own scenarios. A minus sign means before T0.
 * - `D+2`, `J+2` (French *jour*) are days, `H+3` hours, `M+45` minutes; parts add up: `D+2 H+3 M+45`.
 *   `M` is read as minutes, never months.
 * - A day part may carry a clock time: `J+1 08h30`, `D+2 14:00`; `Day 2 14:00` counts days from 1 (Day 1
 *   is the start day); `D+1` and `J+1` count from 0 (the day after the start day).
 * - A clock time alone (`09:05`, `9:30 AM`, `07:29 PM`, `14h00`) is on the start day; a weekday with a
 *   time (`Monday 9:30 AM`) is the first such day on or after the start day.
 * - Absolute dates are day first: `26/06/2024 09h00`, or ISO `2024-06-26 09:00`.
 */

export interface MselClock {
  /** The exercise start: in-world date and time of T0. */
  date: string;
  time: string;
}

export type MselTime = { ok: true; offsetMs: number; rule: string } | { ok: false; reason: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const CLOCK = String.raw`(\d{1,2})\s*(?:[:h.]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?`;

function clockMs(hours: string, minutes: string | undefined, meridiem: string | undefined): number | null {
  let hour = Number(hours);
  const minute = minutes === undefined ? 0 : Number(minutes);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return hour * HOUR + minute * MINUTE;
}

function startClockMs(start: MselClock): number {
  const [hours = '0', minutes = '0'] = start.time.split(':');
  return Number(hours) * HOUR + Number(minutes) * MINUTE;
}

function dayIndex(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function parseMselTime(input: string, start: MselClock): MselTime {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[–—]/g, '-');
  if (text === '') return { ok: false, reason: 'no time given' };
  const fromStart = (dayOffset: number, clock: number) => dayOffset * DAY + clock - startClockMs(start);

  let match = /^t\s*([+-])\s*(\d+)$/.exec(text);
  if (match)
    return { ok: true, offsetMs: sign(match[1]) * Number(match[2]) * MINUTE, rule: 'T+N: minutes after T0' };
  match = /^t\s*([+-])\s*(\d+):(\d{2})$/.exec(text);
  if (match) {
    return {
      ok: true,
      offsetMs: sign(match[1]) * (Number(match[2]) * HOUR + Number(match[3]) * MINUTE),
      rule: 'T+H:MM: hours and minutes after T0',
    };
  }
  match = /^t\s*([+-])\s*(?=\d)(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m(?:in)?)?$/.exec(text);
  if (match && (match[2] || match[3] || match[4])) {
    const total = Number(match[2] ?? 0) * DAY + Number(match[3] ?? 0) * HOUR + Number(match[4] ?? 0) * MINUTE;
    return { ok: true, offsetMs: sign(match[1]) * total, rule: 'T+NdNhNm: scenario time' };
  }

  match = new RegExp(`^day ?(\\d+)\\s*-?\\s*,?\\s*(?:${CLOCK})?$`).exec(text);
  if (match) {
    const clock = match[2] === undefined ? startClockMs(start) : clockMs(match[2], match[3], match[4]);
    if (clock === null) return { ok: false, reason: `"${input}" has an impossible time of day` };
    return {
      ok: true,
      offsetMs: fromStart(Number(match[1]) - 1, clock),
      rule: 'Day N: Day 1 is the start day',
    };
  }

  // D+2 H+3 M+45, J-60, J+1 08h30, H+2, M-5
  const parts = [...text.matchAll(/([djhm])\s*([+-])\s*(\d+)/g)];
  if (parts.length > 0) {
    const rest = text.replace(/([djhm])\s*([+-])\s*(\d+)/g, '').trim();
    let offset = 0;
    for (const [, unit, signText, amount] of parts) {
      const size = unit === 'd' || unit === 'j' ? DAY : unit === 'h' ? HOUR : MINUTE;
      offset += sign(signText) * Number(amount) * size;
    }
    if (rest === '')
      return { ok: true, offsetMs: offset, rule: 'D/J days, H hours, M minutes after T0 (M is minutes)' };
    const clock = new RegExp(`^${CLOCK}$`).exec(rest);
    const hasDay = parts.some(([, unit]) => unit === 'd' || unit === 'j');
    if (clock && hasDay) {
      const ms = clockMs(clock[1] as string, clock[2], clock[3]);
      if (ms === null) return { ok: false, reason: `"${input}" has an impossible time of day` };
      const days = Math.round(offset / DAY);
      return {
        ok: true,
        offsetMs: fromStart(days, ms),
        rule: 'D+N/J+N with a time: N days after the start day, at that time',
      };
    }
    return { ok: false, reason: `"${input}" mixes a relative time with "${rest}"` };
  }

  match = new RegExp(
    `^(${WEEKDAYS.join('|')}|${WEEKDAYS.map((day) => day.slice(0, 3)).join('|')})\\.?,? ${CLOCK}$`,
  ).exec(text);
  if (match) {
    const ms = clockMs(match[2] as string, match[3], match[4]);
    if (ms === null) return { ok: false, reason: `"${input}" has an impossible time of day` };
    const wanted = WEEKDAYS.findIndex((day) => day.startsWith(match![1] as string));
    const startDay = new Date(`${start.date}T00:00:00Z`).getUTCDay();
    return {
      ok: true,
      offsetMs: fromStart((wanted - startDay + 7) % 7, ms),
      rule: 'weekday: the first such day on or after the start day',
    };
  }

  match = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4}),? ${CLOCK}$`).exec(text) ?? null;
  const iso = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})[ t]${CLOCK}$`).exec(text);
  if (match || iso) {
    const [year, month, day] = match ? [match[3], match[2], match[1]] : [iso![1], iso![2], iso![3]];
    const parts2 = match ?? iso!;
    const ms = clockMs(parts2[4] as string, parts2[5], parts2[6]);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (
      ms === null ||
      Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    ) {
      return { ok: false, reason: `"${input}" is not a real date and time` };
    }
    return {
      ok: true,
      offsetMs: fromStart(dayIndex(date) - dayIndex(start.date), ms),
      rule: match ? 'absolute date, day first (DD/MM/YYYY)' : 'absolute ISO date',
    };
  }

  match = new RegExp(`^${CLOCK}$`).exec(text);
  if (match && (match[2] !== undefined || match[3] !== undefined || /h/.test(text))) {
    const ms = clockMs(match[1] as string, match[2], match[3]);
    if (ms === null) return { ok: false, reason: `"${input}" is not a time of day` };
    return { ok: true, offsetMs: fromStart(0, ms), rule: 'time of day: on the start day' };
  }
  return { ok: false, reason: `"${input}" is not a time this importer can read` };
}

function sign(text: string | undefined): number {
  return text === '-' ? -1 : 1;
}
