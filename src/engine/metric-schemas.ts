/**
 * The `metrics` rows (DESIGN.md §3): one zod schema per `kpi`, each naming its
 * counts, so a bad row names its field (`metrics[4].contacts`). Only the
 * scorecard reads them: the other elements' bundles do not carry this code.
 */
import * as z from 'zod/mini';
import { METRIC_KPIS, METRIC_KPI_NAMES, type MetricKpi } from './metric-kpis.js';
import { parsePeriod, PERIOD_FORMATS } from './periods.js';
import { HistogramSchema, LabelSchema, numberIn, oneOf, ResponseSchema } from './schemas.js';

/** A period label, checked against the calendar (`2026-02-30` and `2026-W53` are refused). */
export const PeriodSchema = z.string().check((ctx) => {
  if (!parsePeriod(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: `must be a period: ${PERIOD_FORMATS}`, params: { kind: 'period' } });
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
    kpi: oneOf([kpi]),
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
        ctx.issues.push({ code: 'custom', input: v.lost, path: ['lost'], message: `retained + lost must equal atStart (${String(v.atStart)})`, params: { kind: 'sum', total: v.atStart } });
      }
    });
  }
  if ('share' in def && kpi !== 'cart-abandonment') return schema.check(partOf(def.counts[0]!, def.counts[1]!) as never);
  if (kpi === 'cart-abandonment') return schema.check(partOf('orders', 'carts') as never);
  return schema;
}

const ROW_SCHEMAS = Object.fromEntries(METRIC_KPI_NAMES.map((kpi) => [kpi, rowSchema(kpi)])) as unknown as Record<MetricKpi, z.ZodMiniType>;

/**
 * One `metrics` row: `{ kpi, channel?, touchpoint?, stage?, period?, …its counts }`, checked by
 * its KPI's schema. (A plain check rather than `z.discriminatedUnion`: zod's schema kinds are
 * one module, so a kind used here would be shipped in every element's shared chunk.)
 */
export const MetricRowSchema = z.unknown().check((ctx) => {
  const row = ctx.value as { kpi?: unknown } | null;
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return void ctx.issues.push({ code: 'invalid_type', expected: 'object', input: row });
  const kpi = row.kpi;
  if (typeof kpi !== 'string' || !Object.hasOwn(ROW_SCHEMAS, kpi)) {
    return void ctx.issues.push({ code: 'invalid_value', values: [...METRIC_KPI_NAMES], input: kpi, path: ['kpi'] });
  }
  const result = ROW_SCHEMAS[kpi as MetricKpi].safeParse(row);
  if (!result.success) for (const issue of result.error.issues) ctx.issues.push(issue as z.core.$ZodRawIssue);
}) as z.ZodMiniType<MetricRow>;

export interface MetricRow {
  kpi: MetricKpi;
  channel?: string;
  touchpoint?: string;
  stage?: string;
  period?: string;
  [count: string]: number | string | undefined;
}

/** An ISO 4217 code (`EUR`, `USD`), for the currency figures. */
export const CurrencySchema = z.string().check((ctx) => {
  if (!/^[A-Z]{3}$/.test(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must be an ISO 4217 currency code such as EUR', params: { kind: 'currency' } });
});

/** The scorecard's document: the scores' answers or histograms, and `metrics` rows. */
export const ScorecardDocumentSchema = z.object({
  responses: z.optional(z.array(ResponseSchema)),
  histograms: z.optional(z.array(HistogramSchema)),
  metrics: z.optional(z.array(MetricRowSchema)),
  currency: z.optional(CurrencySchema),
});
export type ScorecardDocument = z.infer<typeof ScorecardDocumentSchema>;
