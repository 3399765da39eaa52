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

/** Negatives with the typographic minus (U+2212), as typesetting writes them, not the hyphen Intl gives. */
const minus = (text: string): string => text.replace('-', '\u2212');

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = NO_OPTIONS): string {
  let perLang = byOptions.get(options);
  if (!perLang) byOptions.set(options, (perLang = {}));
  return minus((perLang[lang] ??= formatter(lang, { maximumFractionDigits: 1, ...options })).format(value));
}

/**
 * One rule per column: the fraction digits (0…max) the most precise value of
 * the column needs once rounded to `max`, so "82,0 %" stands beside "91,2 %"
 * rather than "82 %".
 */
export function columnDigits(values: Iterable<number>, max = 1): number {
  let digits = 0;
  const scale = 10 ** max;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    let scaled = Math.abs(Math.round(value * scale));
    let needed = max;
    while (needed > digits && scaled % 10 === 0) {
      scaled /= 10;
      needed--;
    }
    if (needed > digits) digits = needed;
    if (digits === max) break;
  }
  return digits;
}

const fixed: Intl.NumberFormatOptions[] = [];

/** Options for exactly `digits` fraction digits (one object per count, so formatNumber's cache holds). */
export const fixedDigits = (digits: number): Intl.NumberFormatOptions =>
  (fixed[digits] ??= { minimumFractionDigits: digits, maximumFractionDigits: digits });

const currencies = new Map<string, boolean>();

/** Whether Intl knows `code` as an ISO 4217 currency ("EUR", "usd"); a bad `currency` attribute falls back. */
export function isCurrency(code: string): boolean {
  let known = currencies.get(code);
  if (known === undefined) {
    try {
      known = /^[A-Za-z]{3}$/.test(code) && new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().currency === code.toUpperCase();
    } catch {
      known = false;
    }
    currencies.set(code, known);
  }
  return known;
}

/** An amount in `currency` (ISO 4217, default EUR): "27 029,01 €", "€27,029.01"; `digits` fixes the fraction digits. */
export function formatCurrency(value: number, lang: Lang, currency = 'EUR', digits?: number): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: currency.toUpperCase() };
  if (digits !== undefined) Object.assign(options, fixedDigits(digits));
  return minus(formatter(lang, options).format(value));
}

const percents = new Map<string, Intl.NumberFormat>();

/** A value already in percent (42.5 → "42.5%" in en, "42,5 %" in fr). */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  const key = lang + maximumFractionDigits;
  let f = percents.get(key);
  if (!f) percents.set(key, (f = formatter(lang, { style: 'percent', maximumFractionDigits })));
  return minus(f.format(value / 100));
}

const signed = new Map<string, Intl.NumberFormat>();

/** A score that reads as a difference, such as NPS: "+30", "−12", "0". */
export function formatSigned(value: number, lang: Lang, maximumFractionDigits = 1): string {
  // Looked up without building formatter()'s JSON key: a gauge formats a dozen signed numbers.
  const key = lang + maximumFractionDigits;
  let f = signed.get(key);
  if (!f) signed.set(key, (f = formatter(lang, { signDisplay: 'exceptZero', maximumFractionDigits })));
  return minus(f.format(value));
}

const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

/** Whether `value` takes the singular in `lang` (French: under 2; English: exactly 1). One PluralRules per language: making one costs more than a whole gauge's template. */
export function isOne(value: number, lang: Lang): boolean {
  return (plurals[lang] ??= new Intl.PluralRules(lang)).select(value) === 'one';
}

