/** Number formatting with Intl, cached per locale and options (formatters are costly to build). */
import type { Lang } from './strings.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return formatter(lang, { maximumFractionDigits: 1, ...options }).format(value);
}

/** A value already in percent (42.5 → "42.5%" in en, "42,5 %" in fr). */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return formatter(lang, { style: 'percent', maximumFractionDigits }).format(value / 100);
}

/** A score that reads as a difference, such as NPS: "+30", "−12", "0". */
export function formatSigned(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return formatter(lang, { signDisplay: 'exceptZero', maximumFractionDigits }).format(value);
}

export function isOne(value: number, lang: Lang): boolean {
  return new Intl.PluralRules(lang).select(value) === 'one';
}
