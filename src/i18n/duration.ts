/** Durations as people write them, for response times (only the scorecard needs it: not in the shared chunk). */
import { formatNumber } from './format.js';
import type { Lang } from './strings.js';

/**
 * A duration in seconds as people write it: "48 s", "4 min 12 s", "3 h 10 min", "2 d 4 h" ("2 j 4 h" in French);
 * the two largest units, the smaller rounded.
 */
export function formatDuration(seconds: number, lang: Lang): string {
  const sign = seconds < 0 ? '−' : '';
  let s = Math.round(Math.abs(seconds));
  const units: Array<[number, string]> = [
    [86_400, lang === 'fr' ? 'j' : 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  // Days from two of them: "24 h" and "36 h" read better than "1 d" and "1 d 12 h".
  const first = units.findIndex(([size]) => s >= (size === 86_400 ? 2 * size : size));
  if (first === -1) return `${sign}0\u00a0s`;
  const [big, bigName] = units[first]!;
  const next = units[first + 1];
  if (!next) return `${sign}${formatNumber(s, lang)}\u00a0s`;
  // Round to the smaller unit first, so 3 h 59 min 40 s reads "4 h", not "3 h 60 min".
  s = Math.round(s / next[0]) * next[0];
  const whole = Math.floor(s / big);
  const rest = Math.round((s - whole * big) / next[0]);
  return `${sign}${formatNumber(whole, lang)}\u00a0${bigName}${rest ? ` ${formatNumber(rest, lang)}\u00a0${next[1]}` : ''}`;
}
