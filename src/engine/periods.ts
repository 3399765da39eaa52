/**
 * Periods of time as the data contract writes them (DESIGN.md §3): a day
 * `2026-05-04`, an ISO 8601 week `2026-W19` (Monday first, in its ISO
 * week-year: 2026-12-31 and 2027-01-01 are both in 2026-W53), a month `2026-05`,
 * a quarter `2026-Q2`. Calendar arithmetic is on day numbers (days since
 * 1970-01-01, proleptic Gregorian, Howard Hinnant's civil-date algorithms), so
 * no `Date` is made per answer.
 */

export const INTERVALS = ['day', 'week', 'month', 'quarter'] as const;
export type Interval = (typeof INTERVALS)[number];

export const DAY_MS = 86_400_000;

/** Day number of a calendar date (month 1–12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date `[year, month 1–12, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday, Monday 1 … Sunday 7 (day 0, 1970-01-01, was a Thursday). */
export const isoWeekday = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1;

/** The ISO week of a day: `[week-year, week 1–53]`, the week-year being the year of the week's Thursday. */
export function isoWeek(days: number): [number, number] {
  const thursday = days - isoWeekday(days) + 4;
  const year = civilFromDays(thursday)[0];
  return [year, Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1];
}

const daysInMonth = (y: number, m: number) => daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
/** 52 or 53: a year has week 53 when its 28 December (always in the last week) is in it. */
const weeksIn = (y: number) => isoWeek(daysFromCivil(y, 12, 28))[1];
/** The Monday of week 1: the week holding 4 January. */
const firstMonday = (y: number) => {
  const jan4 = daysFromCivil(y, 1, 4);
  return jan4 - isoWeekday(jan4) + 1;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A period as one ordered integer per interval, so consecutive periods are
 * consecutive numbers: the day number (day), its Monday's day number (week,
 * stepping by 7), `12·year + month − 1` (month), `4·year + quarter − 1` (quarter).
 */
export function periodOfDay(interval: Interval, days: number): number {
  if (interval === 'day') return days;
  if (interval === 'week') return days - isoWeekday(days) + 1;
  const [y, m] = civilFromDays(days);
  return interval === 'month' ? 12 * y + m - 1 : 4 * y + Math.floor((m - 1) / 3);
}

/** The period after `index`. */
export const nextPeriod = (interval: Interval, index: number): number => index + (interval === 'week' ? 7 : 1);

/** The first day (day number) of a period. */
export function periodStart(interval: Interval, index: number): number {
  if (interval === 'day' || interval === 'week') return index;
  if (interval === 'month') return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
  return daysFromCivil(Math.floor(index / 4), 3 * (index % 4) + 1, 1);
}

/** A day number as `YYYY-MM-DD`. */
export function dayLabel(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The label of a period: `2026-05-04`, `2026-W19`, `2026-05`, `2026-Q2`. */
export function periodLabel(interval: Interval, index: number): string {
  if (interval === 'day') return dayLabel(index);
  if (interval === 'week') {
    const [y, w] = isoWeek(index);
    return `${pad(y, 4)}-W${pad(w)}`;
  }
  if (interval === 'month') return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

export interface Period {
  interval: Interval;
  index: number;
}

/** Reads a period label; `null` when it is not one (a 13th month, a week 53 in a 52-week year, 2026-02-30). */
export function parsePeriod(label: string): Period | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? { interval: 'day', index: daysFromCivil(y, mo, d) } : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (m) {
    const [y, w] = [+m[1]!, +m[2]!];
    return w >= 1 && w <= weeksIn(y) ? { interval: 'week', index: firstMonday(y) + 7 * (w - 1) } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) {
    const [y, mo] = [+m[1]!, +m[2]!];
    return mo >= 1 && mo <= 12 ? { interval: 'month', index: 12 * y + mo - 1 } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  return m ? { interval: 'quarter', index: 4 * +m[1]! + +m[2]! - 1 } : null;
}

export const PERIOD_FORMATS = 'YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY-Qn';
