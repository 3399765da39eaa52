/**
 * The survey's numeric attributes, their ranges and defaults. A value outside
 * its range, or no number at all (`timeout="0"`, `timeout="abc"`), falls back
 * to the default and is reported naming the attribute: a survey is never
 * broken, nor made to time out every POST, by one bad attribute.
 */
import type { KpiProblem } from '../data/problem.js';
import { DEFAULT_TIMEOUT, MAX_TIMEOUT } from './entry.js';

export const NUMERIC_ATTRIBUTES = {
  /** Seconds to wait for `action`. */
  timeout: { min: 0.1, max: MAX_TIMEOUT, fallback: DEFAULT_TIMEOUT },
  /** Seconds before the survey shows (at most a day). */
  delay: { min: 0, max: 86_400, fallback: 0 },
  /** Share of visitors asked. */
  sample: { min: 0, max: 1, fallback: 1 },
} as const;

export type NumericAttribute = keyof typeof NUMERIC_ATTRIBUTES;

/** The value to use, and the problem when the one given was refused. An absent attribute (`null`) is the default, silently. */
export function numericAttribute(name: NumericAttribute, value: number | null | undefined): { value: number; problem?: KpiProblem } {
  const { min, max, fallback } = NUMERIC_ATTRIBUTES[name];
  if (value === null || value === undefined) return { value: fallback };
  if (value >= min && value <= max) return { value };
  return {
    value: fallback,
    problem: { source: 'definition', field: name, code: 'range', min, max, received: String(value), reason: `${name} must be from ${min} to ${max}, got ${String(value)}; using ${fallback}` },
  };
}
