/**
 * The operations, commerce and engagement KPIs a `metrics` row can carry
 * (DESIGN.md §3): for each, the counts that add up over rows, the unit of its
 * value, which way is better, and its formula over the summed counts. The
 * formulas are the engine's own functions (operations.ts, commerce.ts), so a
 * warehouse `GROUP BY` and a call with the same sums give the same figure.
 */
import { abandonment, containment, firstContactResolution, selfCareResolution, transferRate } from './operations.js';
import { aov, cartAbandonment, conversionRate, cpa, cpc, ctor, ctr, roi } from './commerce.js';
import { percent, type KpiFigure } from './kpi-figure.js';

export type MetricUnit = 'percent' | 'seconds' | 'count' | 'currency';

export interface MetricKpiDefinition {
  /** Whole counts that add up over rows (contacts, orders…). */
  counts: readonly string[];
  /** Amounts that add up over rows (seconds, euros). */
  amounts: readonly string[];
  unit: MetricUnit;
  /** `higher` or `lower` is better; `null` when neither is (a volume of requests). */
  better: 'higher' | 'lower' | null;
  /** The value over summed counts, with n (the count it rests on, `null` for amounts only). */
  figure(sums: Readonly<Record<string, number>>): KpiFigure<number | null>;
  /**
   * The binomial proportion behind a rate, `[part, whole]`, when it is one: its change
   * against the previous period then has the CSAT form's interval (DESIGN.md §4).
   */
  share?(sums: Readonly<Record<string, number>>): [number, number];
}

const rate = (part: string, whole: string, better: 'higher' | 'lower', fn = (s: Readonly<Record<string, number>>) => percent(part, s[part]!, whole, s[whole]!)): MetricKpiDefinition => ({
  counts: [part, whole],
  amounts: [],
  unit: 'percent',
  better,
  figure: fn,
  share: (s) => [s[part]!, s[whole]!],
});

/** Every `metrics` KPI, by its `kpi` name. */
export const METRIC_KPIS = {
  /** First-contact resolution: 100 · resolvedFirst / contacts. Seeds: > 70 %, ideally ≈ 80 %. */
  fcr: rate('resolvedFirst', 'contacts', 'higher', (s) => firstContactResolution({ resolvedFirst: s.resolvedFirst!, contacts: s.contacts! })),
  /** Containment: 100 · contained / contacts. */
  containment: rate('contained', 'contacts', 'higher', (s) => containment({ contained: s.contained!, contacts: s.contacts! })),
  /** Transfer to another channel: 100 · transferred / contacts. Seeds: < 10 %. */
  transfer: rate('transferred', 'contacts', 'lower', (s) => transferRate({ transferred: s.transferred!, contacts: s.contacts! })),
  /** Self-care resolution: 100 · resolved / attempts. Seeds: 30–50 %. */
  'self-care': rate('resolved', 'attempts', 'higher', (s) => selfCareResolution({ resolved: s.resolved!, attempts: s.attempts! })),
  /** Abandonment before resolution: 100 · abandoned / started. Seeds: < 10 %, ideally 5 %. */
  abandonment: rate('abandoned', 'started', 'lower', (s) => abandonment({ abandoned: s.abandoned!, started: s.started! })),
  /** Mean response time: totalSeconds / n, in seconds. Seeds: chat < 1 min, social < 4 h, email < 24 h. */
  'response-time': {
    counts: ['n'],
    amounts: ['totalSeconds'],
    unit: 'seconds',
    better: 'lower',
    figure: (s) => ({ value: s.n! > 0 ? s.totalSeconds! / s.n! : null, n: s.n! }),
  },
  /** Volume of requests: their count (neither higher nor lower is better). */
  volume: { counts: ['requests'], amounts: [], unit: 'count', better: null, figure: (s) => ({ value: s.requests!, n: s.requests! }) },
  /** Retention over the period: 100 · retained / atStart. */
  retention: rate('retained', 'atStart', 'higher'),
  /** Churn over the period: 100 · lost / atStart (lost = atStart − retained when only retained is given). */
  churn: rate('lost', 'atStart', 'lower'),
  /** Conversion: 100 · conversions / visitors. Seeds: 0.5 % generic email, 1.8 % personalised. */
  conversion: rate('conversions', 'visitors', 'higher', (s) => conversionRate({ conversions: s.conversions!, visitors: s.visitors! })),
  /** Cart abandonment: 100 · (carts − orders) / carts. */
  'cart-abandonment': {
    counts: ['carts', 'orders'],
    amounts: [],
    unit: 'percent',
    better: 'lower',
    figure: (s) => cartAbandonment({ carts: s.carts!, orders: s.orders! }),
    share: (s) => [s.carts! - s.orders!, s.carts!],
  },
  /** Average order value: revenue / orders. */
  aov: { counts: ['orders'], amounts: ['revenue'], unit: 'currency', better: 'higher', figure: (s) => aov({ revenue: s.revenue!, orders: s.orders! }) },
  /** Email open rate: 100 · opens / delivered. */
  'open-rate': rate('opens', 'delivered', 'higher'),
  /** Click-through rate: 100 · clicks / impressions. Seeds: 2.5 % generic email, 6.2 % personalised. */
  ctr: rate('clicks', 'impressions', 'higher', (s) => ctr({ clicks: s.clicks!, impressions: s.impressions! })),
  /** Click-to-open rate: 100 · clicks / opens. */
  ctor: rate('clicks', 'opens', 'higher', (s) => ctor({ clicks: s.clicks!, opens: s.opens! })),
  /**
   * Social engagement: 100 · interactions / reach (likes, shares, comments, mentions over the people
   * reached). One person may interact more than once, so it is not a proportion: no interval.
   * Seeds: Facebook 3.5 %, Instagram 7.2 %, Twitter 1.8 %, LinkedIn 2.5 %.
   */
  engagement: {
    counts: ['interactions', 'reach'],
    amounts: [],
    unit: 'percent',
    better: 'higher',
    figure: (s) => ({ value: s.reach! > 0 ? (100 * s.interactions!) / s.reach! : null, n: s.reach! }),
  },
  /** Cost per click: cost / clicks. */
  cpc: { counts: ['clicks'], amounts: ['cost'], unit: 'currency', better: 'lower', figure: (s) => cpc({ cost: s.cost!, clicks: s.clicks! }) },
  /** Cost per acquisition: cost / acquisitions. */
  cpa: { counts: ['acquisitions'], amounts: ['cost'], unit: 'currency', better: 'lower', figure: (s) => cpa({ cost: s.cost!, acquisitions: s.acquisitions! }) },
  /** Return on investment: 100 · (revenue − cost) / cost. */
  roi: { counts: [], amounts: ['cost', 'revenue'], unit: 'percent', better: 'higher', figure: (s) => roi({ revenue: s.revenue!, cost: s.cost! }) },
  /** Revenue: the sum of revenue. */
  revenue: { counts: [], amounts: ['revenue'], unit: 'currency', better: 'higher', figure: (s) => ({ value: s.revenue!, n: null }) },
  /**
   * Customer lifetime value: aov × frequency × lifespan. Its inputs are averages, not counts:
   * rows do not add up, so over several rows the figure is the mean of each row's CLTV (n = rows).
   */
  cltv: { counts: [], amounts: ['aov', 'frequency', 'lifespan'], unit: 'currency', better: 'higher', figure: (s) => ({ value: s.aov! * s.frequency! * s.lifespan!, n: null }) },
} satisfies Record<string, MetricKpiDefinition>;

export type MetricKpi = keyof typeof METRIC_KPIS;
export const METRIC_KPI_NAMES = Object.keys(METRIC_KPIS) as MetricKpi[];
