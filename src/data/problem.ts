/**
 * A problem with an element's input, in one shape whatever its cause (bad JSON,
 * a field failing validation, an HTTP error, a timeout). It is the `detail` of
 * `kpi-error` and what the error state shows.
 */
import type * as z from 'zod/mini';

/** Where the input came from: `data` or `src` for displays; a survey's `definition` (or its attributes), or its `action` endpoint. */
export type ProblemSource = 'data' | 'src' | 'definition' | 'action';

export type ProblemCode =
  | 'json' | 'type' | 'required' | 'range' | 'too-small' | 'too-big' | 'value' | 'http' | 'timeout' | 'network' | 'compute'
  // <kpi-survey>'s definition rules: an id used twice, a reference to no earlier question, an id that is not a plain name.
  | 'duplicate' | 'reference' | 'format'
  // <kpi-survey>'s `action` answered a POST with a redirect (not followed, so not an acceptance).
  | 'redirect';

export interface KpiProblem {
  /** Where the input came from: the `data` attribute or property, the `src` URL, a survey's `definition` or its `action`. */
  source: ProblemSource;
  /** The bad field, as a path into the input (`responses[3].score`); `""` for the whole input. */
  field: string;
  code: ProblemCode;
  /** A plain English sentence for logs; the element shows a localized one. */
  reason: string;
  /** HTTP status, for `code: "http"`. */
  status?: number;
  /** The URL fetched, for problems with `src` (or posted to, with `action`). */
  url?: string;
  expected?: string;
  /** A short text rendering of the value found (never markup). */
  received?: string;
  min?: number;
  max?: number;
  /** The time limit, for `code: "timeout"`. */
  seconds?: number;
  /** How many other problems the input has beyond this one. */
  more?: number;
}

/** Formats a path the way a developer writes it: `responses[3].score`, `counts["7 "]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key)) || /^\d+$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A value's kind, for "expected a number, got text". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  // NaN and ±Infinity are numbers to typeof, not to the schemas: "expected a number, got NaN".
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A short, plain-text rendering of a found value (never longer than 40 characters). */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? String(value));
  } catch {
    text = kindOf(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The first validation issue as a problem (the count of the others in `more`). */
export function problemFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown, source: KpiProblem['source']): KpiProblem {
  const issue = issues[0]!;
  const field = formatPath(issue.path);
  const found = valueAt(input, issue.path);
  const base = { source, field, more: issues.length - 1, received: preview(found) };
  const at = field || 'input';
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? { ...base, code: 'required', reason: `${at} is missing` }
        : { ...base, code: 'type', expected: issue.expected, received: kindOf(found), reason: `${at}: expected ${issue.expected}, got ${kindOf(found)}` };
    case 'too_small':
      return { ...base, code: 'too-small', min: Number(issue.minimum), reason: `${at} must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { ...base, code: 'too-big', max: Number(issue.maximum), reason: `${at} must be at most ${String(issue.maximum)}` };
    case 'invalid_value':
      return { ...base, code: 'value', expected: issue.values.map(String).join(', '), reason: `${at} must be one of ${issue.values.join(', ')}` };
    case 'custom': {
      const params = issue.params as { kind?: string; min?: number; max?: number } | undefined;
      if (params?.kind === 'range') {
        return { ...base, code: 'range', min: params.min, max: params.max, reason: `${at} ${issue.message}, got ${base.received}` };
      }
      return { ...base, code: 'value', reason: `${at}: ${issue.message}` };
    }
    default:
      return { ...base, code: 'value', reason: `${at}: ${issue.message}` };
  }
}
