/**
 * One way to reject impossible input: a `RangeError` whose message starts with
 * the field at fault (`journeys[3].path[1]: …`, `contacts: …`), so an element
 * can show it and a caller can tell which value to fix.
 */
export function fieldError(field: string, message: string): RangeError {
  return new RangeError(`${field}: ${message}`);
}

/** A count or an amount that cannot be negative: finite and ≥ 0. */
export function nonNegative(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw fieldError(field, `must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}

/** Any finite number (a value may be negative, e.g. net of refunds). */
export function finite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fieldError(field, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** A trimmed, non-empty channel name. */
export function channelName(field: string, value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === '') throw fieldError(field, `must be a non-empty channel name, got ${JSON.stringify(value)}`);
  return name;
}
