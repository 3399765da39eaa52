/**
 * Calendar days and time zones as the period elements (trend, scorecard, heatmap) show them.
 * Intl objects cost more to make than a chart to draw: each is made once per language and options.
 */
import type { Lang } from './strings.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day `YYYY-MM-DD` in `lang` ("4 May 2026", "mai 2026"…, by `options`), read as the day itself (UTC). */
export function formatDay(day: string, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  const key = lang + JSON.stringify(options);
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  return format.format(Date.parse(`${day}T00:00:00Z`));
}

const zones = new Map<string, boolean>();

/** Whether Intl knows `zone` as an IANA time zone (an element falls back to UTC, and says so, when not). */
export function knownZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}
