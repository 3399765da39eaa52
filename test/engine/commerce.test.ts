import { expect } from '@open-wc/testing';
import {
  aov,
  attribute,
  cartAbandonment,
  churn,
  cltv,
  cltvFromMargin,
  conversionRate,
  cpa,
  cpaByChannel,
  cpc,
  ctor,
  ctr,
  retention,
  roi,
} from '../../src/engine/index.js';

const EPS = 1e-12;

describe('commerce and marketing KPIs', () => {
  it('conversion rate: the seeds’ personalised email, 18 of 1 000 → 1.8 %', () => {
    expect(conversionRate({ conversions: 18, visitors: 1_000 })).to.deep.equal({ value: 1.8, n: 1_000 });
    expect(() => conversionRate({ conversions: 11, visitors: 10 })).to.throw(RangeError, /^conversions: cannot exceed visitors/);
  });

  it('cart abandonment: 140 carts, 49 paid → 100 · 91 / 140 = 65 %', () => {
    expect(cartAbandonment({ carts: 140, orders: 49 })).to.deep.equal({ value: 65, n: 140 });
    expect(cartAbandonment({ carts: 0, orders: 0 })).to.deep.equal({ value: null, n: 0 });
    expect(() => cartAbandonment({ carts: 10, orders: 12 })).to.throw(RangeError, /^orders: cannot exceed carts/);
  });

  it('AOV: 8 450 over 130 orders → 65', () => {
    expect(aov({ revenue: 8_450, orders: 130 })).to.deep.equal({ value: 65, n: 130 });
    expect(() => aov({ revenue: -1, orders: 1 })).to.throw(RangeError, /^revenue:/);
  });

  it('CTR: the seeds’ generic email, 25 clicks of 1 000 → 2.5 %; CTOR 25 of 200 opens → 12.5 %', () => {
    expect(ctr({ clicks: 25, impressions: 1_000 })).to.deep.equal({ value: 2.5, n: 1_000 });
    expect(ctor({ clicks: 25, opens: 200 })).to.deep.equal({ value: 12.5, n: 200 });
    expect(() => ctor({ clicks: 201, opens: 200 })).to.throw(RangeError, /^clicks: cannot exceed opens/);
  });

  it('CPC 1 200 / 800 clicks = 1.5; CPA 1 200 / 48 = 25', () => {
    expect(cpc({ cost: 1_200, clicks: 800 })).to.deep.equal({ value: 1.5, n: 800 });
    expect(cpa({ cost: 1_200, acquisitions: 48 })).to.deep.equal({ value: 25, n: 48 });
    expect(cpa({ cost: 1_200, acquisitions: 0 })).to.deep.equal({ value: null, n: 0 });
    expect(() => cpc({ cost: -5, clicks: 1 })).to.throw(RangeError, /^cost:/);
  });

  it('ROI: (5 000 − 2 000) / 2 000 = 150 %; a loss is negative', () => {
    expect(roi({ revenue: 5_000, cost: 2_000 })).to.deep.equal({ value: 150, n: null });
    expect(roi({ revenue: 1_500, cost: 2_000 })).to.deep.equal({ value: -25, n: null });
    expect(roi({ revenue: 10, cost: 0 }).value).to.equal(null);
  });

  it('CPA and ROI per channel from attributed conversions and value', () => {
    // last-touch: email 2 conversions, 150 + 50 = 200; search 1, 60
    const rows = attribute(
      [
        { path: 'search > email', conversions: 2, value: 150 },
        { path: 'email', conversions: 0, value: 50 },
        { path: 'email > search', conversions: 1, value: 60 },
      ],
      { model: 'last-touch' },
    );
    expect(cpaByChannel({ email: 100, search: 90, display: 30 }, rows)).to.deep.equal([
      // email: 100 / 2 = 50; ROI 100 · (200 − 100) / 100 = 100 %
      { channel: 'search', cost: 90, conversions: 1, value: 60, cpa: 90, roi: (100 * (60 - 90)) / 90 },
      { channel: 'email', cost: 100, conversions: 2, value: 200, cpa: 50, roi: 100 },
      { channel: 'display', cost: 30, conversions: 0, value: 0, cpa: null, roi: -100 },
    ]);
    expect(cpaByChannel({}, rows)[0]).to.deep.include({ cost: null, cpa: null, roi: null });
    expect(() => cpaByChannel({ email: -1 }, rows)).to.throw(RangeError, /^costs\.email:/);
  });

  it('CLTV: AOV 65 × 4 orders a year × 3 years = 780', () => {
    expect(cltv({ aov: 65, frequency: 4, lifespan: 3 })).to.deep.equal({ value: 780, n: null });
    expect(() => cltv({ aov: 65, frequency: -4, lifespan: 3 })).to.throw(RangeError, /^frequency:/);
  });

  it('CLTV from margin: Gupta & Lehmann’s margin multiple r / (1 + d − r)', () => {
    // margin 100, r = 0.8, d = 0.12: 100 · 0.8 / 0.32 = 250 (multiple 2.5)
    expect(cltvFromMargin({ margin: 100, retention: 0.8, discountRate: 0.12 }).value).to.be.closeTo(250, EPS);
    // r = 0.9, d = 0.1: 0.9 / 0.2 = 4.5
    expect(cltvFromMargin({ margin: 1, retention: 0.9, discountRate: 0.1 }).value).to.be.closeTo(4.5, EPS);
    expect(() => cltvFromMargin({ margin: 1, retention: 80, discountRate: 0.1 })).to.throw(RangeError, /^retention: must be a fraction/);
    expect(() => cltvFromMargin({ margin: 1, retention: 1, discountRate: 0 })).to.throw(RangeError, /^retention:/);
    expect(() => cltvFromMargin({ margin: 1, retention: 0.5, discountRate: -0.1 })).to.throw(RangeError, /^discountRate:/);
  });

  it('retention and churn over a period: 200 at start, 230 at end, 50 new → 90 % kept, 10 % lost', () => {
    // kept 230 − 50 = 180 of 200 → 90 %; lost 20 → 10 %
    expect(retention({ atStart: 200, atEnd: 230, acquired: 50 })).to.deep.equal({ value: 90, n: 200 });
    expect(churn({ atStart: 200, atEnd: 230, acquired: 50 })).to.deep.equal({ value: 10, n: 200 });
    expect(churn({ atStart: 0, atEnd: 5, acquired: 5 })).to.deep.equal({ value: null, n: 0 });
    expect(() => retention({ atStart: 200, atEnd: 40, acquired: 50 })).to.throw(RangeError, /^acquired: cannot exceed atEnd/);
    expect(() => retention({ atStart: 100, atEnd: 230, acquired: 50 })).to.throw(RangeError, /^atEnd − acquired: cannot exceed atStart/);
  });
});
