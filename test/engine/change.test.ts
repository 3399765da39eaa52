import { expect } from '@open-wc/testing';
import { ces, change, csat, nps, proportionChange, tQuantile975, type ChangeResult } from '../../src/engine/index.js';
import { mulberry32 } from './generate.js';

/** n answers of one score. */
const repeat = (score: number, n: number) => Array.from({ length: n }, () => score);
/** An NPS sample of n answers: P promoters (10), D detractors (0), the rest passives (8). */
const npsSample = (n: number, promoters: number, detractors: number) =>
  nps([...repeat(10, promoters), ...repeat(0, detractors), ...repeat(8, n - promoters - detractors)]);
/** A CSAT sample on 1–5: k satisfied (5) of n, the rest 2. */
const csatSample = (n: number, k: number) => csat([...repeat(5, k), ...repeat(2, n - k)]);

const EPS = 1e-6;
const NULLS: ChangeResult = { delta: null, low: null, high: null, significant: null };

function expectChange(r: ChangeResult, delta: number, low: number, high: number, significant: boolean) {
  expect(r.delta).to.be.closeTo(delta, EPS);
  expect(r.low).to.be.closeTo(low, EPS);
  expect(r.high).to.be.closeTo(high, EPS);
  expect(r.significant).to.equal(significant);
}

describe('change: NPS', () => {
  it('30 (400 answers) → 40 (500 answers): +10, not significant, [−0.3806, 20.3806]', () => {
    // previous: p₁ = 200/400 = 0.5, d₁ = 80/400 = 0.2, s₁ = 30;
    //   v₁ = 100² (0.5 + 0.2 − 0.3²) / 400 = 10 000 · 0.61 / 400 = 15.25
    // current: p₂ = 300/500 = 0.6, d₂ = 100/500 = 0.2, s₂ = 40;
    //   v₂ = 100² (0.6 + 0.2 − 0.4²) / 500 = 10 000 · 0.64 / 500 = 12.8
    // se = √(15.25 + 12.8) = √28.05 = 5.2962251; 1.96 se = 10.3806011
    // delta = 40 − 30 = 10 → [10 − 10.3806011, 10 + 10.3806011] = [−0.3806011, 20.3806011]: contains 0.
    const before = npsSample(400, 200, 80);
    const after = npsSample(500, 300, 100);
    expect([before.score, after.score]).to.deep.equal([30, 40]);
    expectChange(change('nps', before, after), 10, -0.3806011386624, 20.3806011386624, false);
  });

  it('30 (400) → 40 (1000 answers, same shares): +10, significant, [0.8802, 19.1198]', () => {
    // v₂ = 10 000 · 0.64 / 1000 = 6.4; se = √(15.25 + 6.4) = √21.65 = 4.6529560; 1.96 se = 9.1197939
    // [10 − 9.1197939, 10 + 9.1197939] = [0.8802061, 19.1197939]: above 0.
    expectChange(change('nps', npsSample(400, 200, 80), npsSample(1000, 600, 200)), 10, 0.8802061426806, 19.1197938573194, true);
  });

  it('is [delta, delta] when every answer is alike on both sides (se = 0)', () => {
    // all promoters (100) → all detractors (−100): v₁ = v₂ = 100² (1 − 1)/n = 0
    expectChange(change('nps', npsSample(5, 5, 0), npsSample(5, 0, 5)), -200, -200, -200, true);
    expectChange(change('nps', npsSample(5, 5, 0), npsSample(9, 9, 0)), 0, 0, 0, false);
  });
});

describe('change: CSAT', () => {
  it('160/200 → 190/220: +6.36 pts, not significant, [−0.7986, 13.5259]', () => {
    // q₁ = 160/200 = 0.8, q₂ = 190/220 = 0.8636364; delta = 100 (0.8636364 − 0.8) = 6.3636364
    // q₁(1 − q₁)/n₁ = 0.8 · 0.2 / 200 = 0.0008; q₂(1 − q₂)/n₂ = 0.8636364 · 0.1363636 / 220 = 0.00053531180
    // se = 100 √0.00133531180 = 3.6541918; 1.96 se = 7.1622160
    // [6.3636364 − 7.1622160, 6.3636364 + 7.1622160] = [−0.7985796, 13.5258524]
    expectChange(change('csat', csatSample(200, 160), csatSample(220, 190)), 6.3636363636, -0.7985796301, 13.5258523574, false);
  });

  it('160/200 → 200/220: +10.91 pts, significant, [4.1887, 17.6295]', () => {
    // q₂ = 200/220 = 0.9090909; delta = 10.9090909
    // q₂(1 − q₂)/n₂ = 0.9090909 · 0.0909091 / 220 = 0.00037565740; se = 100 √(0.0008 + 0.00037565740) = 3.4287861
    // 1.96 se = 6.7204207 → [4.1886702, 17.6295116]
    expectChange(change('csat', csatSample(200, 160), csatSample(220, 200)), 10.9090909091, 4.1886701860, 17.6295116322, true);
  });

  it('uses the counts, whatever the scale: the same as proportionChange', () => {
    const a = csat([7, 7, 6, 1, 2, 6, 3], { scale: 7 }); // 4 of 7 satisfied (6–7)
    const b = csat([7, 7, 1, 2], { scale: 7 }); // 2 of 4
    expect(change('csat', a, b)).to.deep.equal(proportionChange(4, 7, 2, 4));
  });
});

describe('change: CES (Welch)', () => {
  it('[5, 6, 7, 4, 6] → [3, 4, 5, 4]: −1.6, significant, [−3.1464, −0.0536] with ν = 6.959', () => {
    // previous: m₁ = 28/5 = 5.6; deviations −0.6, 0.4, 1.4, −1.6, 0.4 → squares 0.36 + 0.16 + 1.96 + 2.56 + 0.16 = 5.2;
    //   s₁² = 5.2 / 4 = 1.3; a = s₁²/n₁ = 1.3/5 = 0.26
    // current: m₂ = 16/4 = 4; deviations −1, 0, 1, 0 → squares 2; s₂² = 2/3; b = (2/3)/4 = 1/6 = 0.1666667
    // delta = 4 − 5.6 = −1.6; se = √(0.26 + 1/6) = √0.4266667 = 0.6531973
    // ν = 0.4266667² / (0.26²/4 + (1/6)²/3) = 0.1820444 / (0.0169 + 0.0092593) = 0.1820444 / 0.0261593 = 6.9590825
    // t(0.975, 6.9590825) = 2.3674456 (mpmath: root of I_x(ν/2, 1/2) = 0.05 at 30 digits; SciPy's t.ppf agrees;
    //   test/engine/scores.test.ts checks it again by integrating the t density)
    // half-width 2.3674456 · 0.6531973 = 1.5464090 → [−3.1464090, −0.0535910]: below 0, just.
    const before = ces([5, 6, 7, 4, 6]);
    const after = ces([3, 4, 5, 4]);
    expect(before.sd! ** 2).to.be.closeTo(1.3, 1e-12);
    expect(after.sd! ** 2).to.be.closeTo(2 / 3, 1e-12);
    expect(tQuantile975(6.959082542828826)).to.be.closeTo(2.367445627841, 1e-9);
    expectChange(change('ces', before, after), -1.6, -3.1464090085316, -0.0535909914684, true);
  });

  it('does not round ν: the interval is not the one of ν = 6 or 7', () => {
    const r = change('ces', ces([5, 6, 7, 4, 6]), ces([3, 4, 5, 4]));
    const se = Math.sqrt(0.26 + 1 / 6);
    expect(r.high).not.to.be.closeTo(-1.6 + tQuantile975(6) * se, 1e-3);
    expect(r.high).not.to.be.closeTo(-1.6 + tQuantile975(7) * se, 1e-3);
  });

  it('[3, 4, 5] → [3, 5, 7, 5]: +1, not significant, [−1.5850, 3.5850] with ν = 54/11', () => {
    // m₁ = 4, s₁² = (1 + 0 + 1)/2 = 1, a = 1/3; m₂ = 20/4 = 5, s₂² = (4 + 0 + 4 + 0)/3 = 8/3, b = (8/3)/4 = 2/3
    // delta = 5 − 4 = 1; se = √(1/3 + 2/3) = 1
    // ν = 1² / ((1/3)²/2 + (2/3)²/3) = 1 / (1/18 + 4/27) = 1 / (3/54 + 8/54) = 54/11 = 4.9090909
    // t(0.975, 54/11) = 2.5849660 (mpmath, as above) → [1 − 2.5849660, 1 + 2.5849660] = [−1.5849660, 3.5849660]
    expectChange(change('ces', ces([3, 4, 5]), ces([3, 5, 7, 5])), 1, -1.5849660476058, 3.5849660476058, false);
  });

  it('is [delta, delta] when both SDs are 0, significant iff delta ≠ 0', () => {
    expectChange(change('ces', ces([5, 5, 5]), ces([6, 6])), 1, 1, 1, true);
    expectChange(change('ces', ces([5, 5, 5]), ces([5, 5])), 0, 0, 0, false);
  });

  it('takes ν = n − 1 of the varying side when the other has SD 0', () => {
    // a = 0: ν = b² / (b²/(n₂ − 1)) = n₂ − 1 = 2; se = s₂/√3 = 1/√3 (s₂ = 1)
    const r = change('ces', ces([5, 5, 5]), ces([5, 6, 7]));
    expectChange(r, 1, 1 - tQuantile975(2) / Math.sqrt(3), 1 + tQuantile975(2) / Math.sqrt(3), false);
  });
});

describe('change: too little data', () => {
  it('is all null (significant too) when either side has n < 2', () => {
    expect(change('nps', npsSample(1, 1, 0), npsSample(500, 300, 100))).to.deep.equal(NULLS);
    expect(change('nps', npsSample(400, 200, 80), nps([]))).to.deep.equal(NULLS);
    expect(change('csat', csat([5]), csatSample(220, 190))).to.deep.equal(NULLS);
    expect(change('ces', ces([5, 6, 7]), ces([4]))).to.deep.equal(NULLS);
    expect(change('ces', ces([]), ces([]))).to.deep.equal(NULLS);
    expect(proportionChange(1, 1, 5, 10)).to.deep.equal(NULLS);
    expect(proportionChange(0, 0, 0, 0)).to.deep.equal(NULLS);
  });

  it('is all null when a figure is null', () => {
    expect(change('ces', { ...ces([5, 6, 7]), sd: null }, ces([4, 5]))).to.deep.equal(NULLS);
    expect(change('nps', { ...npsSample(10, 5, 2), score: null }, npsSample(10, 5, 2))).to.deep.equal(NULLS);
  });
});

describe('proportionChange', () => {
  it('gives a proportion KPI the CSAT form: FCR 70 % of 300 → 78 % of 250: +8 pts, significant', () => {
    // q₁ = 0.7, q₂ = 0.78; 0.7 · 0.3 / 300 = 0.0007; 0.78 · 0.22 / 250 = 0.0006864
    // se = 100 √0.0013864 = 3.7234393; 1.96 se = 7.2979410 → [0.7020590, 15.2979410]
    expectChange(proportionChange(210, 300, 195, 250), 8, 0.702059030110, 15.297940969890, true);
  });

  it('rejects impossible counts, naming the field', () => {
    expect(() => proportionChange(11, 10, 5, 10)).to.throw(RangeError, /^k1: cannot exceed n1/);
    expect(() => proportionChange(1, 10, -1, 10)).to.throw(RangeError, /^k2:/);
    expect(() => proportionChange(1, Number.NaN, 1, 10)).to.throw(RangeError, /^n1:/);
  });
});

describe('change: property', () => {
  it('swapping the periods negates the change: change(m, b, a) = −change(m, a, b)', () => {
    const random = mulberry32(20260517);
    const int = (n: number) => Math.floor(random() * n);
    const scores = (min: number, max: number) => Array.from({ length: int(40) }, () => min + int(max - min + 1));
    for (let i = 0; i < 300; i++) {
      const pairs: [ChangeResult, ChangeResult][] = [];
      const [n1, n2] = [nps(scores(0, 10)), nps(scores(0, 10))];
      pairs.push([change('nps', n1, n2), change('nps', n2, n1)]);
      const [c1, c2] = [csat(scores(1, 5)), csat(scores(1, 5))];
      pairs.push([change('csat', c1, c2), change('csat', c2, c1)]);
      const [e1, e2] = [ces(scores(1, 7)), ces(scores(1, 7))];
      pairs.push([change('ces', e1, e2), change('ces', e2, e1)]);
      const [k1, k2] = [int(30), int(30)];
      const [m1, m2] = [k1 + int(30), k2 + int(30)];
      pairs.push([proportionChange(k1, m1, k2, m2), proportionChange(k2, m2, k1, m1)]);
      for (const [ab, ba] of pairs) {
        if (ab.delta === null) {
          expect(ba).to.deep.equal(NULLS);
          continue;
        }
        expect(ba.delta).to.be.closeTo(-ab.delta, 1e-12);
        expect(ba.low).to.be.closeTo(-ab.high!, 1e-12);
        expect(ba.high).to.be.closeTo(-ab.low!, 1e-12);
        expect(ba.significant).to.equal(ab.significant);
        expect(ab.low! <= ab.delta && ab.delta <= ab.high!).to.equal(true);
      }
    }
  });
});
