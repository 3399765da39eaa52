/**
 * The `metrics` rows (DESIGN.md §3): one zod schema per `kpi`, each naming its
 * counts, so a bad row names its field (`metrics[4].contacts`). Only the
 * scorecard reads them: the other elements' bundles do not carry this code.
 */
import * as z from 'zod/mini';
import { METRIC_KPIS, METRIC_KPI_NAMES, type MetricKpi } from './metric-kpis.js';
import { parsePeriod, PERIOD_FORMATS } from './periods.js';
import { HistogramSchema, LabelSchema, numberIn, ResponseSchema } from './schemas.js';

/** A period label, checked against the calendar (`2026-02-30` and `2026-W53` are refused). */
export const PeriodSchema = z.string().check((ctx) => {
  if (!parsePeriod(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: `must be a period: ${PERIOD_FORMATS}`, params: { kind: 'format' } });
});

const count = numberIn(0, Infinity, true);
const amount = numberIn(0);

/** `part` cannot exceed `whole` (more resolved than contacts is impossible). */
const partOf = (part: string, whole: string) => (ctx: { value: Record<string, unknown>; issues: z.core.$ZodRawIssue[] }) => {
  const p = ctx.value[part];
  const w = ctx.value[whole];
  if (typeof p === 'number' && typeof w === 'number' && p > w) {
    ctx.issues.push({ code: 'too_big', origin: 'number', maximum: w, inclusive: true, input: p, path: [part], message: `cannot exceed ${whole} (${w})`, continue: true });
  }
};

function rowSchema(kpi: MetricKpi) {
  const def = METRIC_KPIS[kpi];
  const shape: Record<string, z.ZodMiniType> = {
    kpi: z.literal(kpi),
    channel: z.optional(LabelSchema),
    touchpoint: z.optional(LabelSchema),
    stage: z.optional(LabelSchema),
    period: z.optional(PeriodSchema),
  };
  for (const field of def.counts) shape[field] = count;
  for (const field of def.amounts) shape[field] = amount;
  if (kpi === 'response-time') shape.median = z.optional(amount);
  if (kpi === 'retention' || kpi === 'churn') {
    // Either kept or lost customers: the other follows from atStart.
    shape.retained = z.optional(count);
    shape.lost = z.optional(count);
  }
  const schema = z.object(shape);
  if (kpi === 'retention' || kpi === 'churn') {
    return schema.check((ctx) => {
      const v = ctx.value as Record<string, unknown>;
      if (v.retained === undefined && v.lost === undefined) {
        ctx.issues.push({ code: 'invalid_type', expected: 'number', input: undefined, path: [kpi === 'churn' ? 'lost' : 'retained'], message: 'retained or lost is required' });
      }
      partOf('retained', 'atStart')(ctx as never);
      partOf('lost', 'atStart')(ctx as never);
      if (typeof v.retained === 'number' && typeof v.lost === 'number' && v.retained + v.lost !== v.atStart) {
        ctx.issues.push({ code: 'custom', input: v.lost, path: ['lost'], message: `retained + lost must equal atStart (${String(v.atStart)})` });
      }
    });
  }
  if ('share' in def && kpi !== 'cart-abandonment') return schema.check(partOf(def.counts[0]!, def.counts[1]!) as never);
  if (kpi === 'cart-abandonment') return schema.check(partOf('orders', 'carts') as never);
  return schema;
}

/** One `metrics` row: `{ kpi, channel?, touchpoint?, stage?, period?, …its counts }`. */
export const MetricRowSchema = z.discriminatedUnion(
  'kpi',
  METRIC_KPI_NAMES.map(rowSchema) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
);

export interface MetricRow {
  kpi: MetricKpi;
  channel?: string;
  touchpoint?: string;
  stage?: string;
  period?: string;
  [count: string]: number | string | undefined;
}

/** An ISO 4217 code (`EUR`, `USD`), for the currency figures. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as EUR'));

/** The scorecard's document: the scores' answers or histograms, and `metrics` rows. */
export const ScorecardDocumentSchema = z.object({
  responses: z.optional(z.array(ResponseSchema)),
  histograms: z.optional(z.array(HistogramSchema)),
  metrics: z.optional(z.array(MetricRowSchema as unknown as z.ZodMiniType<MetricRow>)),
  currency: z.optional(CurrencySchema),
});
export type ScorecardDocument = z.infer<typeof ScorecardDocumentSchema>;
