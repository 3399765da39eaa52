/**
 * Marketing and commerce KPIs over simple counts and amounts (warehouse sums
 * feed them directly). Rates are in percent. Formulas and example figures are
 * the seeds' (the French KPI articles in the design brief); where the seeds
 * give no target, the doc says so.
 */
import type { AttributionRow } from './attribution/result.js';
import { channelName as label, fieldError, finite, nonNegative } from './errors.js';
import { percent, perUnit, type KpiFigure } from './kpi-figure.js';

/**
 * Conversion rate: `100 · conversions / visitors`, visitors who took the wanted
 * action (purchase, sign-up…). Seeds: 0.5 % for a generic email, 1.8 % for a
 * personalised one; a SMART goal such as "+5 % in 3 months". n = visitors.
 */
export function conversionRate({ conversions, visitors }: { conversions: number; visitors: number }): KpiFigure {
  return percent('conversions', conversions, 'visitors', visitors);
}

/**
 * Cart abandonment: `100 · (carts − orders) / carts`, carts filled but not
 * paid. The seeds give no target (lower is better; compare devices). n = carts.
 */
export function cartAbandonment({ carts, orders }: { carts: number; orders: number }): KpiFigure {
  const paid = percent('orders', orders, 'carts', carts);
  return { value: paid.value === null ? null : 100 - paid.value, n: carts };
}

/** Average order value: `revenue / orders`. The seeds give no target (raise it by up- and cross-selling). n = orders. */
export function aov({ revenue, orders }: { revenue: number; orders: number }): KpiFigure {
  return perUnit('revenue', revenue, 'orders', orders);
}

/**
 * Click-through rate: `100 · clicks / impressions` (or delivered emails).
 * Seeds: 2.5 % for a generic email, 6.2 % for a personalised one. n = impressions.
 */
export function ctr({ clicks, impressions }: { clicks: number; impressions: number }): KpiFigure {
  return percent('clicks', clicks, 'impressions', impressions);
}

/** Click-to-open rate: `100 · clicks / opens`, how well the content of opened emails makes readers click. The seeds give no target. n = opens. */
export function ctor({ clicks, opens }: { clicks: number; opens: number }): KpiFigure {
  return percent('clicks', clicks, 'opens', opens);
}

/** Cost per click: `cost / clicks`. The seeds give no target (lower is better). n = clicks. */
export function cpc({ cost, clicks }: { cost: number; clicks: number }): KpiFigure {
  return perUnit('cost', cost, 'clicks', clicks);
}

/**
 * Cost per acquisition: `cost / acquisitions`, total campaign cost over new
 * customers. Seeds: a low CPA means efficient acquisition (a case cuts it by 20 %). n = acquisitions.
 */
export function cpa({ cost, acquisitions }: { cost: number; acquisitions: number }): KpiFigure {
  return perUnit('cost', cost, 'acquisitions', acquisitions);
}

/**
 * Return on investment: `100 · (revenue − cost) / cost`, net profit over cost
 * (the seeds: "bénéfice net divisé par le coût total"). No target in the seeds;
 * above 0 the campaign pays for itself. Amounts only, so n is `null`.
 */
export function roi({ revenue, cost }: { revenue: number; cost: number }): KpiFigure<null> {
  finite('revenue', revenue);
  nonNegative('cost', cost);
  return { value: cost > 0 ? (100 * (revenue - cost)) / cost : null, n: null };
}

export interface ChannelCost {
  channel: string;
  /** The channel's cost; `null` when `costs` has none for it. */
  cost: number | null;
  conversions: number;
  value: number;
  /** `cost / conversions`; `null` without a cost or a conversion. */
  cpa: number | null;
  /** `100 · (value − cost) / cost`; `null` without a positive cost. */
  roi: number | null;
}

/**
 * CPA and ROI per channel, with costs by channel and the conversions and value
 * an attribution model credited to each (`attribute(…)` rows): the CPA of a
 * channel then depends on the model, which is the point of comparing them.
 * Channels with a cost and no row count 0 conversions.
 */
export function cpaByChannel(costs: Readonly<Record<string, number>>, rows: readonly AttributionRow[]): ChannelCost[] {
  const byChannel = new Map<string, { cost: number | null; conversions: number; value: number }>();
  for (const row of rows) byChannel.set(row.channel, { cost: null, conversions: row.conversions, value: row.value });
  for (const key of Object.keys(costs)) {
    const channel = label(`costs.${key}`, key);
    const cost = nonNegative(`costs.${key}`, costs[key]);
    const entry = byChannel.get(channel);
    if (entry) entry.cost = cost;
    else byChannel.set(channel, { cost, conversions: 0, value: 0 });
  }
  return [...byChannel].map(([channel, { cost, conversions, value }]) => ({
    channel,
    cost,
    conversions,
    value,
    cpa: cost !== null && conversions > 0 ? cost / conversions : null,
    roi: cost !== null && cost > 0 ? (100 * (value - cost)) / cost : null,
  }));
}

/**
 * Customer lifetime value, simple form: `aov × frequency × lifespan` (average
 * order value, orders per period, periods a customer stays). The seeds give no
 * target; they compare it across channels (multi-channel customers are worth more).
 * Averages only, so n is `null`.
 */
export function cltv({ aov, frequency, lifespan }: { aov: number; frequency: number; lifespan: number }): KpiFigure<null> {
  return { value: nonNegative('aov', aov) * nonNegative('frequency', frequency) * nonNegative('lifespan', lifespan), n: null };
}

/**
 * Customer lifetime value from margin, retention and discount rate (Gupta &
 * Lehmann 2003, "Customers as assets"): `margin · r / (1 + d − r)`, the margins
 * of the coming periods, each kept with probability `r` per period and
 * discounted at rate `d` (both as fractions: 0.8, 0.1), over an infinite horizon.
 * n is `null` (averages and rates).
 */
export function cltvFromMargin({ margin, retention, discountRate }: { margin: number; retention: number; discountRate: number }): KpiFigure<null> {
  finite('margin', margin);
  if (!(retention >= 0 && retention <= 1)) throw fieldError('retention', `must be a fraction from 0 to 1, got ${retention}`);
  nonNegative('discountRate', discountRate);
  if (1 + discountRate - retention <= 0) throw fieldError('retention', 'a retention of 1 with no discount never ends: the value is infinite');
  return { value: (margin * retention) / (1 + discountRate - retention), n: null };
}

/** Customers over one period: at its start, at its end, and newly acquired during it. */
export interface PeriodCustomers {
  atStart: number;
  atEnd: number;
  acquired: number;
}

/**
 * Retention over a period: `100 · (atEnd − acquired) / atStart`, the customers
 * of the start still there at the end. The seeds give no figure (a SMART
 * example: "retain 20 % more customers within the year"). n = atStart.
 */
export function retention(period: PeriodCustomers): KpiFigure {
  return percent('atEnd − acquired', kept(period), 'atStart', period.atStart);
}

/** Churn over a period: `100 · (atStart − (atEnd − acquired)) / atStart` = 100 − retention. n = atStart. */
export function churn(period: PeriodCustomers): KpiFigure {
  const r = retention(period);
  return { value: r.value === null ? null : (100 * (period.atStart - kept(period))) / period.atStart, n: r.n };
}

function kept({ atEnd, acquired }: PeriodCustomers): number {
  nonNegative('atEnd', atEnd);
  nonNegative('acquired', acquired);
  if (acquired > atEnd) throw fieldError('acquired', `cannot exceed atEnd (${atEnd}), got ${acquired}`);
  return atEnd - acquired;
}
