import { expect } from '@open-wc/testing';
import { byChannel, ces, csat, nps, tQuantile975, wilsonInterval, type Response } from '../../src/engine/index.js';

/** n answers of one score. */
const repeat = (score: number, n: number) => Array.from({ length: n }, () => score);

describe('nps', () => {
  it('reproduces the published example: n = 400, 50 % promoters, 20 % detractors → 30 ± 7.7', () => {
    const scores = [...repeat(10, 120), ...repeat(9, 80), ...repeat(8, 60), ...repeat(7, 60), ...repeat(6, 50), ...repeat(0, 30)];
    const r = nps(scores);
    expect(r.n).to.equal(400);
    expect(r.promoters).to.equal(200);
    expect(r.passives).to.equal(120);
    expect(r.detractors).to.equal(80);
    expect(r.score).to.be.closeTo(30, 1e-12);
    // 1.96 · 100 · sqrt((0.5 + 0.2 − 0.3²) / 400) = 196 · sqrt(0.001525) = 7.654…
    expect(r.marginOfError).to.be.closeTo(7.654, 1e-3);
    expect(r.marginOfError!.toFixed(1)).to.equal('7.7');
  });

  it('counts 9–10 as promoters, 7–8 passive, 0–6 detractors', () => {
    const r = nps([0, 6, 7, 8, 9, 10]);
    expect([r.detractors, r.passives, r.promoters]).to.deep.equal([2, 2, 2]);
    expect(r.score).to.equal(0);
  });

  it('computes [10, 9, 0] by hand: 33.3 ± 106.7', () => {
    const r = nps([10, 9, 0]);
    expect(r.score).to.be.closeTo(100 / 3, 1e-12);
    // p = 2/3, d = 1/3: 196 · sqrt((1 − 1/9) / 3) = 196 · 0.544331 = 106.689
    expect(r.marginOfError).to.be.closeTo(106.689, 1e-3);
  });

  it('gives null scores, not NaN, when there is no answer', () => {
    expect(nps([])).to.deep.equal({ score: null, promoters: 0, passives: 0, detractors: 0, n: 0, marginOfError: null });
  });

  it('reaches the ends of its range: all promoters 100, all detractors −100', () => {
    expect(nps(repeat(10, 5)).score).to.equal(100);
    expect(nps(repeat(3, 5)).score).to.equal(-100);
    expect(nps(repeat(10, 5)).marginOfError).to.equal(0);
  });

  it('rejects a score off the 0–10 scale', () => {
    expect(() => nps([11])).to.throw(RangeError, /0 to 10/);
    expect(() => nps([9.5])).to.throw(RangeError);
    expect(() => nps([-1])).to.throw(RangeError);
  });

  it('gives the same figures from raw responses, one histogram, histograms and a document', () => {
    const responses: Response[] = [
      ...repeat(10, 41).map((score) => ({ metric: 'nps' as const, score, channel: 'phone' })),
      ...repeat(7, 10).map((score) => ({ metric: 'nps' as const, score, channel: 'phone' })),
      ...repeat(0, 3).map((score) => ({ metric: 'nps' as const, score, channel: 'chat' })),
      { metric: 'csat', score: 1, channel: 'chat' },
    ];
    const fromRaw = nps(responses);
    const counts = { '0': 3, '7': 10, '10': 41 };
    expect(nps({ counts })).to.deep.equal(fromRaw);
    expect(nps([{ metric: 'nps', channel: 'phone', counts: { '7': 10, '10': 41 } }, { metric: 'nps', channel: 'chat', counts: { '0': 3 } }])).to.deep.equal(fromRaw);
    expect(nps({ histograms: [{ metric: 'nps', counts }] })).to.deep.equal(fromRaw);
    expect(nps({ responses: responses.slice(0, 20), histograms: [{ metric: 'nps', counts: { '0': 3, '7': 10, '10': 21 } }] })).to.deep.equal(fromRaw);
    // (41 − 3) / 54
    expect(fromRaw.score).to.be.closeTo((100 * 38) / 54, 1e-12);
  });

  it('filters by channel, touchpoint and stage', () => {
    const responses: Response[] = [
      { metric: 'nps', score: 10, channel: 'chat', touchpoint: 'after-chat' },
      { metric: 'nps', score: 0, channel: 'chat', touchpoint: 'faq' },
      { metric: 'nps', score: 0, channel: 'phone' },
    ];
    expect(nps(responses, { where: { channel: 'chat' } }).score).to.equal(0);
    expect(nps(responses, { where: { channel: 'chat', touchpoint: 'after-chat' } }).score).to.equal(100);
    expect(nps(responses, { where: { channel: 'email' } }).n).to.equal(0);
  });
});

describe('csat', () => {
  it('is the top-two-box share with its Wilson interval: 75 of 100 → 75 % [65.7, 82.5]', () => {
    const r = csat([...repeat(5, 40), ...repeat(4, 35), ...repeat(3, 10), ...repeat(2, 10), ...repeat(1, 5)]);
    expect(r.n).to.equal(100);
    expect(r.satisfied).to.equal(75);
    expect(r.score).to.equal(75);
    // Wilson, z = 1.96: centre (0.75 + 1.9208e-2) / 1.038416, half-width 1.96/1.038416 · sqrt(0.001875 + 9.604e-5)
    expect(r.interval![0]).to.be.closeTo(65.695, 1e-3);
    expect(r.interval![1]).to.be.closeTo(82.455, 1e-3);
  });

  it('takes the scale and the satisfied threshold as options', () => {
    const scores = [1, 2, 3, 4, 5, 6, 7];
    expect(csat(scores, { scale: 7 }).satisfied).to.equal(2); // 6 and 7
    expect(csat(scores, { scale: 7, satisfiedFrom: 5 }).satisfied).to.equal(3);
    expect(() => csat(scores)).to.throw(RangeError, /1–5/);
    expect(() => csat([0, 5])).to.throw(RangeError);
  });

  it('keeps the Wilson interval inside 0–100 at the extremes', () => {
    const [lo, hi] = csat(repeat(5, 10)).interval!;
    expect(hi).to.equal(100);
    // Wilson lower bound at p = 1, n = 10: 1 / (1 + 1.96²/10) = 0.7225
    expect(lo).to.be.closeTo(72.25, 0.01);
    expect(wilsonInterval(0, 10)[0]).to.equal(0);
  });

  it('is null with no answer', () => {
    expect(csat([])).to.deep.equal({ score: null, satisfied: 0, n: 0, interval: null });
  });
});

describe('ces', () => {
  it('gives the mean and the easy share, with the polarity stated', () => {
    const r = ces([7, 6, 5, 4, 3]);
    expect([r.mean, r.n, r.easyShare]).to.deep.equal([5, 5, 3 / 5]);
    // Lower is easier: 1–3 are easy on a 1–7 scale.
    expect(ces([7, 6, 5, 4, 3], { higherIsEasier: false }).easyShare).to.equal(1 / 5);
    // 1–5 scale: midpoint 3, easy is 4–5 (or 1–2).
    expect(ces([1, 2, 3, 4, 5], { scale: 5 }).easyShare).to.equal(2 / 5);
    expect(ces([1, 2, 3, 4, 5], { scale: 5, higherIsEasier: false }).easyShare).to.equal(2 / 5);
    expect(() => ces([1, 6], { scale: 5 })).to.throw(RangeError);
  });
});

describe('ces interval', () => {
  it('is the t-interval of the mean: [7, 6, 5, 4, 3] → 5 ± 2.7764 · √2.5 / √5 = [3.0368, 6.9632]', () => {
    // sd = √((4 + 1 + 0 + 1 + 4) / 4) = √2.5; t(0.975, df 4) = 2.77645 (published t table 2.7764); half = 2.77645 · 0.70711 = 1.96324
    const r = ces([7, 6, 5, 4, 3]);
    expect(r.sd).to.be.closeTo(Math.sqrt(2.5), 1e-12);
    expect(r.interval![0]).to.be.closeTo(3.0368, 1e-4);
    expect(r.interval![1]).to.be.closeTo(6.9632, 1e-4);
  });

  it('has no interval below two answers', () => {
    expect(ces([4])).to.deep.include({ mean: 4, n: 1, sd: null, interval: null });
  });

  it('uses t(0.975, n − 1), converging to 1.96 for large samples', () => {
    // A large sample: df = 999 → t = 1.9623...; the interval is ±t·sd/√n.
    const scores = Array.from({ length: 1000 }, (_, i) => 1 + (i % 7));
    const r = ces(scores);
    expect(r.interval![1] - r.mean!).to.be.closeTo((tQuantile975(999) * r.sd!) / Math.sqrt(1000), 1e-12);
  });
});

/**
 * P(|T| < t) for Student's t with ν degrees of freedom, by Simpson's rule: with
 * x = √ν tan θ the density (1 + x²/ν)^(−(ν+1)/2) dx becomes √ν cos^(ν−1)θ dθ, so
 * P(|T| < t) = ∫₀^atan(t/√ν) cos^(ν−1)θ dθ / ∫₀^(π/2) cos^(ν−1)θ dθ: no gamma
 * function, no incomplete beta, nothing shared with tQuantile975. The integrand
 * is smooth on [0, π/2] for ν = 1 or ν ≥ 2 (error ≈ 1e-12 with 20 000 steps).
 */
function centralMass(t: number, nu: number, steps = 20_000): number {
  const simpson = (end: number) => {
    const h = end / steps;
    let sum = 1 + Math.cos(end) ** (nu - 1);
    for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * Math.cos(i * h) ** (nu - 1);
    return (sum * h) / 3;
  };
  return simpson(Math.atan(t / Math.sqrt(nu))) / simpson(Math.PI / 2);
}

describe('tQuantile975', () => {
  it('matches the published t table to its four decimals', () => {
    // Two-sided 95 % (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    const table: [number, number][] = [
      [1, 12.7062],
      [2, 4.3027],
      [4, 2.7764],
      [5, 2.5706],
      [10, 2.2281],
      [29, 2.0452],
      [30, 2.0423],
      [60, 2.0003],
      [100, 1.984],
      [120, 1.9799],
    ];
    for (const [df, t] of table) expect(tQuantile975(df), `df ${df}`).to.be.closeTo(t, 5e-5);
  });

  it('is exact for df = 1 and 2, whose quantiles have closed forms', () => {
    // df 1 (Cauchy): F(t) = 1/2 + atan(t)/π = 0.975 → t = tan(0.475 π) = 12.706204736174698
    expect(tQuantile975(1)).to.be.closeTo(Math.tan(0.475 * Math.PI), 1e-10);
    // df 2: F(t) = 1/2 + t / (2√(2 + t²)) = 0.975 → t² = 0.95² · 2 / (1 − 0.95²) = 1.805 / 0.0975 → t = 4.302652729749464
    expect(tQuantile975(2)).to.be.closeTo(Math.sqrt(1.805 / 0.0975), 1e-10);
  });

  it('is right for non-integer df (Welch), against mpmath at 30 digits', () => {
    // mpmath: findroot(betainc(ν/2, 1/2, 0, ν/(ν + t²), regularized=True) − 0.05); SciPy's t.ppf(0.975, ν) agrees to 1e-12.
    const reference: [number, number][] = [
      [1.5, 6.01666310442793],
      [2.5, 3.57465484200368],
      [7.43, 2.33716326306998],
      [54 / 11, 2.5849660476058],
      [6.959082542828826, 2.36744562784101],
      [1000, 1.96233908082641],
      [1e5, 1.95998770753461],
    ];
    for (const [df, t] of reference) expect(tQuantile975(df), `df ${df}`).to.be.closeTo(t, 1e-9);
  });

  it('leaves 2.5 % in each tail, by numerical integration of the t density', () => {
    // |P − 0.95| < 1e-10 bounds the error in t by 1e-10 / (2 f(t)), f the density at t: below 1e-8 for ν ≥ 2.
    for (const nu of [1, 2, 2.5, 3.3, 54 / 11, 6.959082542828826, 7.43, 15.7, 30, 123.4, 999.9]) {
      expect(Math.abs(centralMass(tQuantile975(nu), nu) - 0.95), `ν ${nu}`).to.be.below(1e-10);
    }
  });

  it('converges to the normal quantile and rejects df < 1', () => {
    expect(tQuantile975(1e9)).to.be.closeTo(1.959963986912, 1e-11);
    expect(tQuantile975(1e15)).to.be.closeTo(1.959963984540054, 1e-12);
    for (let df = 1; df < 2000; df *= 1.37) expect(tQuantile975(df * 1.37)).to.be.below(tQuantile975(df));
    expect(() => tQuantile975(0.99)).to.throw(RangeError);
    expect(() => tQuantile975(Number.NaN)).to.throw(RangeError);
  });
});

describe('byChannel', () => {
  const responses: Response[] = [
    { metric: 'csat', score: 5, channel: 'email', touchpoint: 'newsletter' },
    { metric: 'csat', score: 2, channel: 'email', touchpoint: 'receipt' },
    { metric: 'csat', score: 4, channel: 'chat', touchpoint: 'after-chat' },
    { metric: 'csat', score: 4 },
    { metric: 'nps', score: 0, channel: 'chat' },
  ];

  it('computes the metric per channel in order of appearance, "" for answers without one', () => {
    const rows = byChannel(responses, 'csat');
    expect(rows.map((r) => [r.key, r.n, r.score])).to.deep.equal([
      ['email', 2, 50],
      ['chat', 1, 100],
      ['', 1, 100],
    ]);
  });

  it('groups by touchpoint with `by` and mixes histograms with responses', () => {
    const rows = byChannel({ responses, histograms: [{ metric: 'csat', touchpoint: 'receipt', counts: { '5': 3 } }] }, 'csat', { by: 'touchpoint' });
    const receipt = rows.find((r) => r.key === 'receipt')!;
    expect(receipt.n).to.equal(4);
    expect(receipt.satisfied).to.equal(3);
  });

  it('returns NPS results per channel for metric "nps"', () => {
    const [chat] = byChannel(responses, 'nps');
    expect(chat).to.deep.include({ key: 'chat', score: -100, n: 1 });
  });
});
