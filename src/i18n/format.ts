/** Number formatting with Intl, cached per locale and options (formatters are costly to build). */
import type { Lang } from './strings.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

/**
 * Formatters by options object, then language: a caller that formats many
 * numbers with one options constant (a table of thousands of cells) skips
 * building the cache key each time.
 */
const byOptions = new WeakMap<Intl.NumberFormatOptions, Partial<Record<Lang, Intl.NumberFormat>>>();
const NO_OPTIONS: Intl.NumberFormatOptions = {};

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = NO_OPTIONS): string {
  let perLang = byOptions.get(options);
  if (!perLang) byOptions.set(options, (perLang = {}));
  return (perLang[lang] ??= formatter(lang, { maximumFractionDigits: 1, ...options })).format(value);
}

const percents = new Map<string, Intl.NumberFormat>();

/** A value already in percent (42.5 → "42.5%" in en, "42,5 %" in fr). */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  const key = lang + maximumFractionDigits;
  let f = percents.get(key);
  if (!f) percents.set(key, (f = formatter(lang, { style: 'percent', maximumFractionDigits })));
  return f.format(value / 100);
}

/** A score that reads as a difference, such as NPS: "+30", "−12", "0". */
export function formatSigned(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return formatter(lang, { signDisplay: 'exceptZero', maximumFractionDigits }).format(value);
}

export function isOne(value: number, lang: Lang): boolean {
  return new Intl.PluralRules(lang).select(value) === 'one';
}
