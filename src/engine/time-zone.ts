/**
 * Which calendar day an instant falls on in an IANA time zone, for a million
 * answers at a time: `Intl.DateTimeFormat` per answer is far too slow, so the
 * zone's offset is worked out once per UTC day (twice: at its start and its
 * end), and where the two differ (a daylight-saving change that day) the
 * minute of the change is found by bisection. Past offsets follow the
 * browser's time-zone database, as every date library does.
 */
import { DAY_MS, daysFromCivil } from './periods.js';

const MINUTE_MS = 60_000;

/** The zone's offset from UTC at `ms`, in milliseconds (wall time − UTC), to the second. */
function offsetReader(format: Intl.DateTimeFormat): (ms: number) => number {
  return (ms) => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = (daysFromCivil(parts.year!, parts.month!, parts.day!) * 24 + (parts.hour! % 24)) * 3_600_000 + parts.minute! * MINUTE_MS + parts.second! * 1000;
    return wall - Math.floor(ms / 1000) * 1000;
  };
}

/**
 * A function from an instant (ms since the epoch) to its day number in `timeZone`.
 * Throws a RangeError for a zone Intl does not know.
 */
export function dayInZone(timeZone: string): (ms: number) => number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (ms) => Math.floor(ms / DAY_MS);
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`timeZone: "${timeZone}" is not an IANA time zone (e.g. Europe/Paris, UTC)`);
  }
  const offsetAt = offsetReader(format);
  // Per UTC day: the offset from its start, and from `switchAt` (ms) on when it changes that
  // day. Dense arrays over a window of days around the first one asked (answers come in any
  // order: a Map lookup per answer would cost more than the rest), a Map beyond it.
  const WINDOW = 16_384;
  let base = NaN;
  const known = new Uint8Array(WINDOW);
  const before = new Float64Array(WINDOW);
  const after = new Float64Array(WINDOW);
  const switchAt = new Float64Array(WINDOW);
  const far = new Map<number, [number, number, number]>();
  const entry = (utcDay: number): [number, number, number] => {
    const start = utcDay * DAY_MS;
    const b = offsetAt(start);
    const a = offsetAt(start + DAY_MS - 1000);
    let at = Infinity;
    if (b !== a) {
      // The first minute with the new offset: changes fall on whole minutes.
      let lo = start;
      let hi = start + DAY_MS - MINUTE_MS;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(mid) === b) lo = mid;
        else hi = mid;
      }
      at = hi;
    }
    return [b, a, at];
  };
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    if (base !== base) base = utcDay - WINDOW / 2;
    const i = utcDay - base;
    if (i >= 0 && i < WINDOW) {
      if (known[i] === 0) {
        [before[i], after[i], switchAt[i]] = entry(utcDay);
        known[i] = 1;
      }
      return Math.floor((ms + (ms < switchAt[i]! ? before[i]! : after[i]!)) / DAY_MS);
    }
    let e = far.get(utcDay);
    if (!e) far.set(utcDay, (e = entry(utcDay)));
    return Math.floor((ms + (ms < e[2] ? e[0] : e[1])) / DAY_MS);
  };
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : NaN;
};
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/** Set by `instantMs` when the text was a calendar date alone. */
let dateOnly = false;

/**
 * An answer's `at` as ms since the epoch, NaN when it is not an ISO 8601 instant; a date
 * alone gives its UTC midnight and sets `dateOnly`. No allocation: it runs once per answer.
 */
function instantMs(text: string): number {
  dateOnly = false;
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y = two(text, 0) * 100 + two(text, 2);
  const mo = two(text, 5);
  const d = two(text, 8);
  if (!(y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return NaN;
  const day = daysFromCivil(y, mo, d);
  if (n === 10) {
    dateOnly = true;
    return day * DAY_MS;
  }
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 16 || text.charCodeAt(13) !== 58) return NaN;
  const h = two(text, 11);
  const mi = two(text, 14);
  let i = 16;
  let s = 0;
  if (text.charCodeAt(i) === 58) {
    s = two(text, i + 1);
    i += 3;
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) {
      i++;
      let scale = 100;
      for (let dig = digit(text, i); dig >= 0; dig = digit(text, ++i)) {
        s += (dig * scale) / 1000;
        scale /= 10;
      }
    }
  }
  if (!(h <= 24 && mi <= 59 && s < 61)) return NaN;
  let offset = 0;
  const z = text.charCodeAt(i);
  if ((z === 90 || z === 122) && i === n - 1) offset = 0;
  else if ((z === 43 || z === 45) && (n - i === 6 ? text.charCodeAt(i + 3) === 58 : n - i === 5)) {
    const oh = two(text, i + 1);
    const om = two(text, n - 2);
    if (!(oh <= 23 && om <= 59)) return NaN;
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE_MS;
  } else return NaN;
  return day * DAY_MS + h * 3_600_000 + mi * MINUTE_MS + s * 1000 - offset;
}

/** The day number an answer's `at` falls on in the zone `dayOf` reads (a date alone: that day); NaN when `at` is not one. */
export function dayOfInstant(text: string, dayOf: (ms: number) => number): number {
  const ms = instantMs(text);
  return ms !== ms ? NaN : dateOnly ? ms / DAY_MS : dayOf(ms);
}

/**
 * An answer's `at`: an ISO 8601 instant (`2026-05-01T10:00:00Z`, with `+02:00`,
 * fractions of a second, a space for the `T`) → `{ ms }`; a calendar date alone
 * (`2026-05-01`) → `{ day }`, that day wherever the answer was given; anything
 * else (a time without a zone, which each machine would read in its own) → `null`.
 */
export function readInstant(text: string): { ms: number; day?: undefined } | { day: number; ms?: undefined } | null {
  const ms = instantMs(text);
  if (Number.isNaN(ms)) return null;
  return dateOnly ? { day: ms / DAY_MS } : { ms };
}
