/**
 * The shape of every operations and commerce KPI: the figure and the count it
 * rests on, so an element can show "72 % of 1 204 contacts". Rates are in
 * percent, like `csat`. A figure over nothing (`n = 0`) is `null`, never NaN.
 */
import { fieldError, nonNegative } from './errors.js';

export interface KpiFigure<N extends number | null = number> {
  value: number | null;
  /** The count the figure rests on (contacts, visitors, orders…); `null` when its inputs are amounts only. */
  n: N;
}

/** `100 · part / whole`, with `part ≤ whole` enforced: more resolved than contacts is impossible. */
export function percent(partField: string, part: number, wholeField: string, whole: number): KpiFigure {
  nonNegative(partField, part);
  nonNegative(wholeField, whole);
  if (part > whole) throw fieldError(partField, `cannot exceed ${wholeField} (${whole}), got ${part}`);
  return { value: whole > 0 ? (100 * part) / whole : null, n: whole };
}

/** `amount / count` (an average per order, a cost per click…), with n = count. */
export function perUnit(amountField: string, amount: number, countField: string, count: number): KpiFigure {
  nonNegative(amountField, amount);
  nonNegative(countField, count);
  return { value: count > 0 ? amount / count : null, n: count };
}
