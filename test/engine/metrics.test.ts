import { expect } from '@open-wc/testing';
import {
  METRIC_KPI_NAMES,
  MetricRowSchema,
  ScorecardDocumentSchema,
  metricChange,
  metricFigure,
  metricSeries,
  type MetricRow,
} from '../../src/engine/index.js';
import { problemFromIssues } from '../../src/data/problem.js';

const rows = (list: object[]) => list as MetricRow[];

describe('metricFigure: each KPI against a hand-computed figure', () => {
  // Each case: rows, kpi, where, and the figure worked by hand in the comment.
  const cases: [string, object[], string, object, { value: number | null; n: number | null; unit: string }][] = [
    // chat: (812 + 188) / (1040 + 210) = 1000 / 1250 = 80 %; the email row is left out by the filter.
    [
      'fcr adds its rows up',
      [
        { kpi: 'fcr', channel: 'chat', resolvedFirst: 812, contacts: 1040 },
        { kpi: 'fcr', channel: 'chat', resolvedFirst: 188, contacts: 210 },
        { kpi: 'fcr', channel: 'email', resolvedFirst: 1, contacts: 100 },
      ],
      'fcr',
      { channel: 'chat' },
      { value: 80, n: 1250, unit: 'percent' },
    ],
    // 30 / 250 = 12 %.
    ['transfer', [{ kpi: 'transfer', transferred: 30, contacts: 250 }], 'transfer', {}, { value: 12, n: 250, unit: 'percent' }],
    // 45 / 150 = 30 %.
    ['self-care', [{ kpi: 'self-care', resolved: 45, attempts: 150 }], 'self-care', {}, { value: 30, n: 150, unit: 'percent' }],
    // 7 / 200 = 3.5 %.
    ['abandonment', [{ kpi: 'abandonment', abandoned: 7, started: 200 }], 'abandonment', {}, { value: 3.5, n: 200, unit: 'percent' }],
    // 600 / 800 = 75 %.
    ['containment', [{ kpi: 'containment', contained: 600, contacts: 800 }], 'containment', {}, { value: 75, n: 800, unit: 'percent' }],
    // (61 200 000 + 1 800 000) s / (900 + 100) = 63 000 s = 17 h 30 min.
    [
      'response-time is a mean over every answer',
      [
        { kpi: 'response-time', channel: 'email', totalSeconds: 61_200_000, n: 900 },
        { kpi: 'response-time', channel: 'email', totalSeconds: 1_800_000, n: 100 },
      ],
      'response-time',
      {},
      { value: 63_000, n: 1000, unit: 'seconds' },
    ],
    // 120 + 80 = 200 requests.
    ['volume', [{ kpi: 'volume', requests: 120 }, { kpi: 'volume', requests: 80 }], 'volume', {}, { value: 200, n: 200, unit: 'count' }],
    // retained 900 of 1000 = 90 %; the second row gives lost 50 of 500, so retained 450: (900 + 450) / 1500 = 90 %.
    [
      'retention from retained or lost',
      [
        { kpi: 'retention', atStart: 1000, retained: 900 },
        { kpi: 'retention', atStart: 500, lost: 50 },
      ],
      'retention',
      {},
      { value: 90, n: 1500, unit: 'percent' },
    ],
    // lost = 1000 − 940 = 60: 6 %.
    ['churn from retained', [{ kpi: 'churn', atStart: 1000, retained: 940 }], 'churn', {}, { value: 6, n: 1000, unit: 'percent' }],
    // 36 / 2000 = 1.8 % (the seeds' personalised email).
    ['conversion', [{ kpi: 'conversion', conversions: 36, visitors: 2000 }], 'conversion', {}, { value: 1.8, n: 2000, unit: 'percent' }],
    // (400 − 280) / 400 = 30 %.
    ['cart-abandonment', [{ kpi: 'cart-abandonment', carts: 400, orders: 280 }], 'cart-abandonment', {}, { value: 30, n: 400, unit: 'percent' }],
    // 27 029.01 / 433 = 62.42265…
    ['aov', [{ kpi: 'aov', revenue: 27_029.01, orders: 433 }], 'aov', {}, { value: 27_029.01 / 433, n: 433, unit: 'currency' }],
    // 4 200 / 20 000 = 21 %.
    ['open-rate', [{ kpi: 'open-rate', opens: 4200, delivered: 20_000 }], 'open-rate', {}, { value: 21, n: 20_000, unit: 'percent' }],
    // 62 / 1000 = 6.2 % (the seeds' personalised email).
    ['ctr', [{ kpi: 'ctr', clicks: 62, impressions: 1000 }], 'ctr', {}, { value: 6.2, n: 1000, unit: 'percent' }],
    // 62 / 310 = 20 %.
    ['ctor', [{ kpi: 'ctor', clicks: 62, opens: 310 }], 'ctor', {}, { value: 20, n: 310, unit: 'percent' }],
    // Instagram 720 / 10 000 = 7.2 % (the seeds' figure).
    ['engagement', [{ kpi: 'engagement', channel: 'instagram', interactions: 720, reach: 10_000 }], 'engagement', {}, { value: 7.2, n: 10_000, unit: 'percent' }],
    // 150 € / 300 clicks = 0.50 €.
    ['cpc', [{ kpi: 'cpc', cost: 150, clicks: 300 }], 'cpc', {}, { value: 0.5, n: 300, unit: 'currency' }],
    // 1 000 € / 40 = 25 €.
    ['cpa', [{ kpi: 'cpa', cost: 1000, acquisitions: 40 }], 'cpa', {}, { value: 25, n: 40, unit: 'currency' }],
    // 100 · (5 000 − 2 000) / 2 000 = 150 %.
    ['roi', [{ kpi: 'roi', cost: 2000, revenue: 5000 }], 'roi', {}, { value: 150, n: null, unit: 'percent' }],
    // 1 200.5 + 799.5 = 2 000.
    ['revenue', [{ kpi: 'revenue', revenue: 1200.5 }, { kpi: 'revenue', revenue: 799.5 }], 'revenue', {}, { value: 2000, n: null, unit: 'currency' }],
    // 60 × 4 × 3 = 720 and 50 × 2 × 2 = 200: CLTVs do not add up, their mean is 460.
    [
      'cltv is the mean of its rows',
      [
        { kpi: 'cltv', aov: 60, frequency: 4, lifespan: 3 },
        { kpi: 'cltv', aov: 50, frequency: 2, lifespan: 2 },
      ],
      'cltv',
      {},
      { value: 460, n: null, unit: 'currency' },
    ],
  ];

  for (const [name, list, kpi, where, expected] of cases) {
    it(name, () => {
      const parsed = list.map((r) => MetricRowSchema.parse(r) as MetricRow);
      const got = metricFigure(parsed, kpi as never, { where });
      expect(got.unit).to.equal(expected.unit);
      expect(got.n).to.equal(expected.n);
      if (expected.value === null) expect(got.value).to.equal(null);
      else expect(got.value).to.be.closeTo(expected.value, 1e-9);
    });
  }

  it('covers every KPI of the table', () => {
    expect(new Set(cases.map((c) => c[2]))).to.deep.equal(new Set(METRIC_KPI_NAMES));
  });

  it('no matching row, or a zero denominator: value null, never NaN', () => {
    expect(metricFigure(rows([{ kpi: 'fcr', channel: 'chat', resolvedFirst: 1, contacts: 2 }]), 'fcr', { where: { channel: 'phone' } })).to.deep.equal({ value: null, n: 0, unit: 'percent' });
    expect(metricFigure(rows([{ kpi: 'fcr', resolvedFirst: 0, contacts: 0 }]), 'fcr')).to.deep.equal({ value: null, n: 0, unit: 'percent' });
    expect(metricFigure(rows([]), 'revenue')).to.deep.equal({ value: null, n: null, unit: 'currency' });
  });

  it('period picks one period’s rows', () => {
    const list = rows([
      { kpi: 'fcr', period: '2026-04', resolvedFirst: 70, contacts: 100 },
      { kpi: 'fcr', period: '2026-05', resolvedFirst: 40, contacts: 50 },
    ]);
    expect(metricFigure(list, 'fcr', { period: '2026-05' }).value).to.equal(80);
    // Both: 110 / 150 = 73.33…
    expect(metricFigure(list, 'fcr').value).to.be.closeTo((100 * 110) / 150, 1e-9);
  });
});

describe('metrics rows: the schema names the bad field', () => {
  const problem = (metrics: unknown[]) => {
    const result = ScorecardDocumentSchema.safeParse({ metrics });
    if (result.success) throw new Error('expected a problem');
    return problemFromIssues(result.error.issues, { metrics }, 'data');
  };

  it('a count of the wrong type, a missing count, a negative one', () => {
    expect(problem([{ kpi: 'fcr', resolvedFirst: 1, contacts: 2 }, { kpi: 'fcr', resolvedFirst: 1, contacts: '2' }])).to.include({ field: 'metrics[1].contacts', code: 'type' });
    expect(problem([{ kpi: 'transfer', contacts: 2 }])).to.include({ field: 'metrics[0].transferred', code: 'required' });
    expect(problem([{ kpi: 'volume', requests: -1 }])).to.include({ field: 'metrics[0].requests', code: 'too-small' });
    expect(problem([{ kpi: 'volume', requests: 1.5 }])).to.include({ field: 'metrics[0].requests' });
  });

  it('a part larger than its whole', () => {
    expect(problem([{ kpi: 'fcr', resolvedFirst: 11, contacts: 10 }])).to.include({ field: 'metrics[0].resolvedFirst', code: 'too-big' });
    expect(problem([{ kpi: 'cart-abandonment', carts: 10, orders: 11 }])).to.include({ field: 'metrics[0].orders', code: 'too-big' });
  });

  it('an unknown kpi, a bad period, churn without retained or lost', () => {
    expect(problem([{ kpi: 'nps-ish', contacts: 1 }])).to.include({ field: 'metrics[0].kpi' });
    expect(problem([{ kpi: 'volume', requests: 1, period: '2026-13' }])).to.include({ field: 'metrics[0].period' });
    // 2025 starts on a Wednesday and is not a leap year: 52 ISO weeks, no W53 (2026, starting on a Thursday, has one).
    expect(problem([{ kpi: 'volume', requests: 1, period: '2025-W53' }])).to.include({ field: 'metrics[0].period' });
    expect(ScorecardDocumentSchema.safeParse({ metrics: [{ kpi: 'volume', requests: 1, period: '2026-W53' }] }).success).to.equal(true);
  });

  it('churn needs retained or lost, and the two must agree', () => {
    expect(problem([{ kpi: 'churn', atStart: 10 }])).to.include({ field: 'metrics[0].lost' });
    expect(problem([{ kpi: 'churn', atStart: 10, retained: 8, lost: 3 }])).to.include({ field: 'metrics[0].lost' });
  });
});

describe('metricSeries and metricChange', () => {
  const fcr = rows([
    { kpi: 'fcr', channel: 'chat', period: '2026-03', resolvedFirst: 680, contacts: 1000 },
    { kpi: 'fcr', channel: 'chat', period: '2026-05', resolvedFirst: 800, contacts: 1000 },
    { kpi: 'fcr', channel: 'chat', resolvedFirst: 1, contacts: 1 },
  ]);

  it('one entry per period from the first to the last, gaps kept, undated rows counted', () => {
    const series = metricSeries(fcr, 'fcr');
    expect(series.interval).to.equal('month');
    expect(series.undated).to.equal(1);
    expect(series.periods.map((p) => [p.period, p.start, p.value, p.n])).to.deep.equal([
      ['2026-03', '2026-03-01', 68, 1000],
      ['2026-04', '2026-04-01', null, 0],
      ['2026-05', '2026-05-01', 80, 1000],
    ]);
  });

  it('a week among months names the row', () => {
    const mixed = rows([...fcr, { kpi: 'fcr', period: '2026-W19', resolvedFirst: 1, contacts: 2 }]);
    expect(() => metricSeries(mixed, 'fcr')).to.throw(RangeError, /^metrics\[3\]\.period: /);
  });

  it('a rate’s change has the two-proportion interval (CSAT form)', () => {
    const [march, , may] = metricSeries(fcr, 'fcr').periods;
    // q₁ = 0.68, q₂ = 0.80: delta = 12 pts; se = 100 √(0.68·0.32/1000 + 0.8·0.2/1000) = 100 √(0.0003776) = 1.94319…
    // 95 %: 12 ± 1.959964 · 1.94319 = 8.1914 … 15.8086, significant.
    const got = metricChange('fcr', march!, may!);
    expect(got.delta).to.be.closeTo(12, 1e-9);
    expect(got.low).to.be.closeTo(8.1914, 1e-3);
    expect(got.high).to.be.closeTo(15.8086, 1e-3);
    expect(got.significant).to.equal(true);
  });

  it('a mean time: the difference alone, no claim of significance; a period without data: no change', () => {
    const times = rows([
      { kpi: 'response-time', period: '2026-W18', totalSeconds: 5000, n: 100 },
      { kpi: 'response-time', period: '2026-W19', totalSeconds: 4000, n: 100 },
    ]);
    const [a, b] = metricSeries(times, 'response-time').periods;
    expect(metricChange('response-time', a!, b!)).to.deep.equal({ delta: -10, low: null, high: null, significant: null });
    const [march, april] = metricSeries(fcr, 'fcr').periods;
    expect(metricChange('fcr', march!, april!).delta).to.equal(null);
  });
});
