/**
 * The data formats of DESIGN.md §3 as zod schemas. Every element validates its
 * input with these, and so can a collector on the server.
 *
 * `zod/mini` keeps the element bundles small (see `npm run size`).
 */
import * as z from 'zod/mini';

export const METRICS = ['nps', 'csat', 'ces'] as const;
export type Metric = (typeof METRICS)[number];

/** Default answer scale per metric, used when an answer does not carry `min` / `max`. */
export const DEFAULT_SCALE: Record<Metric, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** The highest score any scale may reach: counts are kept in an array this long. */
export const MAX_SCORE = 10;

// Each zod schema or check kind adds its code to every element bundle, so the rules
// below are plain checks that push the issues z.enum, z.int, z.gte / z.lte and
// z.minLength would: the problems shown and fired read the same.

/** One of `values`, as `z.enum` reports it. */
export function oneOf<const T extends readonly string[]>(values: T) {
  return z.unknown().check((ctx) => {
    if (!values.includes(ctx.value as string)) ctx.issues.push({ code: 'invalid_value', values: [...values], input: ctx.value });
  }) as z.ZodMiniType<T[number]>;
}

/** A number from `min` up to `max`, whole if `whole`, as `z.int()`, `z.gte()` and `z.lte()` report it. */
export function numberIn(min: number, max = Infinity, whole = false) {
  return z.number().check((ctx) => {
    const input = ctx.value;
    const below = (minimum: number, origin = 'number') => ctx.issues.push({ code: 'too_small', origin, minimum, inclusive: true, input, continue: true });
    const above = (maximum: number, origin = 'number') => ctx.issues.push({ code: 'too_big', origin, maximum, inclusive: true, input, continue: true });
    if (whole && !Number.isInteger(input)) return void ctx.issues.push({ code: 'invalid_type', expected: 'int', input });
    // z.int() also keeps to the safe integer range.
    if (whole && input > Number.MAX_SAFE_INTEGER) above(Number.MAX_SAFE_INTEGER, 'int');
    if (whole && input < Number.MIN_SAFE_INTEGER) below(Number.MIN_SAFE_INTEGER, 'int');
    if (input < min) below(min);
    if (input > max) above(max);
  });
}

/** At least one character or item, as `z.minLength(1)` reports it. */
function notEmpty(ctx: { value: string | readonly unknown[]; issues: z.core.$ZodRawIssue[] }) {
  const input = ctx.value;
  if (input.length === 0) ctx.issues.push({ code: 'too_small', origin: typeof input === 'string' ? 'string' : 'array', minimum: 1, inclusive: true, input, continue: true });
}

export const MetricSchema = oneOf(METRICS);

/** A trimmed, non-empty label such as a channel or touchpoint name. */
export const LabelSchema = z.string().check(z.trim(), notEmpty);


const scaleBound = z.optional(numberIn(0, MAX_SCORE, true));

/** Checks `min < max` and that a score lies on the scale; `at` names the bad field. */
function checkScale(
  ctx: { issues: z.core.$ZodRawIssue[]; value: unknown },
  metric: Metric,
  min: number | undefined,
  max: number | undefined,
  score: number,
  at: PropertyKey[],
) {
  const lo = min ?? DEFAULT_SCALE[metric].min;
  const hi = max ?? DEFAULT_SCALE[metric].max;
  if (lo >= hi) {
    ctx.issues.push({ code: 'custom', input: min, path: ['min'], message: `min must be below max (${hi})`, params: { kind: 'scale' } });
  } else if (!Number.isInteger(score) || score < lo || score > hi) {
    ctx.issues.push({
      code: 'custom',
      input: score,
      path: at,
      message: `must be a whole number from ${lo} to ${hi}`,
      params: { kind: 'range', min: lo, max: hi },
    });
  }
}

export const ResponseSchema = z
  .object({
    id: z.optional(z.string()),
    responseId: z.optional(z.string()),
    metric: MetricSchema,
    score: z.number(),
    min: scaleBound,
    max: scaleBound,
    /** For CES: whether a higher score means an easier experience. */
    higherIsEasier: z.optional(z.boolean()),
    channel: z.optional(LabelSchema),
    touchpoint: z.optional(LabelSchema),
    stage: z.optional(LabelSchema),
    at: z.optional(z.string()),
    comment: z.optional(z.string()),
  })
  .check((ctx) => checkScale(ctx, ctx.value.metric, ctx.value.min, ctx.value.max, ctx.value.score, ['score']));
export type Response = z.infer<typeof ResponseSchema>;

/** Past this, sums of counts are no longer exact in a double: an error rather than a wrong figure. */
const tooBig = (ctx: { issues: z.core.$ZodRawIssue[] }, input: number, path: PropertyKey[]) =>
  ctx.issues.push({ code: 'too_big', origin: 'number', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, input, path, continue: true });

const scoreOfKey = (key: string) => (key.trim() === '' ? NaN : Number(key));

const MAX = Number.MAX_SAFE_INTEGER;

/** The answers a histogram counts; `Infinity` when one count is past 2^53 − 1 already (that count is the error). */
function totalOf(counts: Record<string, number>): number {
  let n = 0;
  for (const key in counts) n += counts[key]! > MAX ? Infinity : counts[key]!;
  return n;
}

/**
 * Counts per score. Every own key must be a score (0–10; the histogram then checks its scale),
 * read from the raw object: zod's object parsing drops a `__proto__` key before any later check
 * could see it, and a silently dropped count is a wrong n.
 */
const CountsSchema = z.pipe(
  z.unknown().check((ctx) => {
    const counts = ctx.value;
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return;
    for (const key of Object.keys(counts)) {
      const score = scoreOfKey(key);
      if (!(Number.isInteger(score) && score >= 0 && score <= MAX_SCORE)) {
        ctx.issues.push({ code: 'custom', input: key, path: [key], message: `must be a whole number from 0 to ${MAX_SCORE}`, params: { kind: 'range', min: 0, max: MAX_SCORE } });
      }
    }
  }),
  z.catchall(z.object({}), numberIn(0, Infinity, true)),
) as z.ZodMiniType<Record<string, number>>;

export const HistogramSchema = z
  .object({
    metric: MetricSchema,
    channel: z.optional(LabelSchema),
    touchpoint: z.optional(LabelSchema),
    stage: z.optional(LabelSchema),
    /**
     * The period it counts: `2026-05-04`, `2026-W19`, `2026-05`, `2026-Q2` (DESIGN.md §3). Read
     * (and checked against the calendar, naming the field) by `trend()`: the elements that do
     * not use time do not load the calendar code.
     */
    period: z.optional(z.string()),
    min: scaleBound,
    max: scaleBound,
    /** Number of answers per score: `{ "0": 3, "7": 10, "10": 41 }`. */
    counts: CountsSchema,
  })
  .check((ctx) => {
    const { metric, min, max, counts } = ctx.value;
    for (const key of Object.keys(counts)) checkScale(ctx, metric, min, max, scoreOfKey(key), ['counts', key]);
    const n = totalOf(counts);
    if (n > MAX && n !== Infinity) tooBig(ctx, n, ['counts']);
  });
export type Histogram = z.infer<typeof HistogramSchema>;

export const TouchSchema = z.object({ channel: LabelSchema, at: z.optional(z.string()) });
export type Touch = z.infer<typeof TouchSchema>;

/**
 * A journey's path: `["display", "email"]`, `"display > email"`, or touches with times (a list
 * whose first item is an object). One check rather than a z.union of the three forms (a kind of
 * its own in every bundle), which also names the bad item (`journeys[3].path[1].channel`) where
 * the union could only say the path matched none of them. Names are trimmed by the engine.
 */
const PathSchema = z.unknown().check((ctx) => {
  const path = ctx.value;
  if (typeof path === 'string') {
    path.split('>').forEach((part, i) => {
      if (part.trim() === '') ctx.issues.push({ code: 'custom', input: path, path: [i], message: 'empty channel name', continue: true });
    });
  } else if (!Array.isArray(path)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'array', input: path });
  } else {
    notEmpty({ value: path, issues: ctx.issues });
    const item = typeof path[0] === 'object' && path[0] !== null ? TouchSchema : LabelSchema;
    path.forEach((part, i) => {
      for (const issue of item.safeParse(part).error?.issues ?? []) ctx.issues.push({ ...issue, path: [i, ...issue.path] } as z.core.$ZodRawIssue);
    });
  }
}) as z.ZodMiniType<string | string[] | Touch[]>;

export const JourneySchema = z.object({
  /** `["display", "email"]`, `"display > email"`, or touches with times. */
  path: PathSchema,
  conversions: numberIn(0, MAX),
  value: z.optional(numberIn(-MAX, MAX)),
  nulls: z.optional(numberIn(0, MAX)),
  convertedAt: z.optional(z.string()),
});
export type Journey = z.infer<typeof JourneySchema>;

/** One document feeds any element; each reads the keys it needs. Unknown keys are ignored. */
export const KpiDocumentSchema = z
  .object({
    responses: z.optional(z.array(ResponseSchema)),
    histograms: z.optional(z.array(HistogramSchema)),
    journeys: z.optional(z.array(JourneySchema)),
  })
  .check((ctx) => {
    // Totals past 2^53 − 1 are not exact: the item where a running total passes it is named.
    // An item already past it on its own is named by its own check, and not counted here.
    let answers = 0;
    ctx.value.histograms?.forEach((h, i) => {
      const n = totalOf(h.counts);
      if (n > MAX) return;
      if (answers <= MAX && (answers += n) > MAX) tooBig(ctx, answers, ['histograms', i, 'counts']);
    });
    const sums = { conversions: 0, nulls: 0, value: 0 };
    ctx.value.journeys?.forEach((j, i) => {
      for (const key of ['conversions', 'nulls', 'value'] as const) {
        const x = Math.abs(j[key] ?? 0);
        if (x > MAX) continue;
        if (sums[key] <= MAX && (sums[key] += x) > MAX) tooBig(ctx, sums[key], ['journeys', i, key]);
      }
    });
  });
export type KpiDocument = z.infer<typeof KpiDocumentSchema>;
