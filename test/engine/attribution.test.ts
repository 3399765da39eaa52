import { expect } from '@open-wc/testing';
import {
  ATTRIBUTION_MODELS,
  KpiDocumentSchema,
  attribute,
  compareModels,
  markovModel,
  type AttributionModel,
  type AttributionRow,
  type JourneyInput,
} from '../../src/engine/index.js';
import { explode, generateJourneys, mulberry32 } from './generate.js';

const EPS = 1e-12;

/** Rows keyed by channel, to compare results whose channel order differs. */
const byChannel = (rows: AttributionRow[]) => Object.fromEntries(rows.map((r) => [r.channel, r]));
const sum = (rows: AttributionRow[], key: 'conversions' | 'value' | 'share') => rows.reduce((s, r) => s + r[key], 0);

/** Checks each row against [conversions, value] worked out by hand; shares follow from the conversions. */
function expectRows(rows: AttributionRow[], expected: Record<string, [number, number]>, totalConversions: number) {
  expect(rows.map((r) => r.channel)).to.deep.equal(Object.keys(expected));
  for (const row of rows) {
    const [conversions, value] = expected[row.channel]!;
    expect(row.conversions, `${row.channel} conversions`).to.be.closeTo(conversions, EPS);
    expect(row.value, `${row.channel} value`).to.be.closeTo(value, EPS);
    expect(row.share, `${row.channel} share`).to.be.closeTo(conversions / totalConversions, EPS);
  }
}

/**
 * The hand-worked set: 4 conversions worth 450.
 *   J1 search > email > direct   2 conversions, 300
 *   J2 email > email             1 conversion,   50
 *   J3 display                   4 nulls
 *   J4 search > display > social > email   1 conversion, 100, 1 null
 */
const HAND: JourneyInput[] = [
  { path: ['search', 'email', 'direct'], conversions: 2, value: 300 },
  { path: 'email > email', conversions: 1, value: 50 },
  { path: [{ channel: 'display' }], conversions: 0, nulls: 4 },
  { path: 'search > display > social > email', conversions: 1, value: 100, nulls: 1 },
];

describe('attribute: reading journeys', () => {
  it('reads string[], "a > b" and touches alike, trimming names', () => {
    const asList = attribute([{ path: ['email', 'search'], conversions: 3, value: 30 }], { model: 'linear' });
    expect(attribute([{ path: '  email >search ', conversions: 3, value: 30 }], { model: 'linear' })).to.deep.equal(asList);
    expect(attribute([{ path: [{ channel: ' email' }, { channel: 'search ' }], conversions: 3, value: 30 }], { model: 'linear' })).to.deep.equal(asList);
    expect(attribute({ journeys: [{ path: ['email', 'search'], conversions: 3, value: 30 }] }, { model: 'linear' })).to.deep.equal(asList);
    // 3 conversions, two touches: 1.5 each, value 15 each
    expect(asList).to.deep.equal([
      { channel: 'email', conversions: 1.5, value: 15, share: 0.5 },
      { channel: 'search', conversions: 1.5, value: 15, share: 0.5 },
    ]);
  });

  it('rejects an empty channel name, naming the field', () => {
    const ok = { path: ['a'], conversions: 1 };
    expect(() => attribute([ok, ok, ok, { path: ['a', '  '], conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[3\]\.path\[1\]: empty channel name/);
    expect(() => attribute([{ path: 'a >  > b', conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path\[1\]:/);
    expect(() => attribute([{ path: 'a >', conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path\[1\]:/);
    expect(() => attribute([{ path: [{ channel: '' }], conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path\[0\]\.channel:/);
    expect(() => attribute([{ path: [], conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path:/);
  });

  it('the schema names an empty channel the same way, in every path form', () => {
    const issuePath = (path: unknown) => {
      const r = KpiDocumentSchema.safeParse({ journeys: [{ path: ['a'], conversions: 1 }, { path, conversions: 1 }] });
      return r.success ? null : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(issuePath('a >  > b')).to.deep.equal(['journeys.1.path.1']);
    expect(issuePath('a >')).to.deep.equal(['journeys.1.path.1']);
    expect(issuePath(['a', ' '])).to.deep.equal(['journeys.1.path.1']);
    expect(issuePath([{ channel: 'a' }, { channel: '' }])).to.deep.equal(['journeys.1.path.1.channel']);
    expect(issuePath(' email > search ')).to.equal(null);
  });

  it('rejects impossible counts, naming the field', () => {
    expect(() => attribute([{ path: ['a'], conversions: -1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.conversions:/);
    expect(() => attribute([{ path: ['a'], conversions: 1, nulls: NaN }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.nulls:/);
    expect(() => attribute([{ path: ['a'], conversions: '3' as unknown as number }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.conversions:/);
    expect(() => attribute([{ path: ['a', 7 as unknown as string], conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path\[1\]: must be a channel name/);
    expect(() => attribute([{ path: ['a'], conversions: 1, value: Infinity }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.value:/);
    expect(() => attribute([{ path: ['a'], conversions: 1 }], { model: 'nope' as AttributionModel })).to.throw(RangeError, /^model:/);
  });

  it('gives no rows for no journeys, and zero shares when nothing converted', () => {
    expect(attribute([], { model: 'markov' })).to.deep.equal([]);
    expect(attribute([{ path: 'a > b', conversions: 0, nulls: 3 }], { model: 'markov' })).to.deep.equal([
      { channel: 'a', conversions: 0, value: 0, share: 0 },
      { channel: 'b', conversions: 0, value: 0, share: 0 },
    ]);
  });
});

describe('attribute: rule-based models by hand', () => {
  it('first-touch: J1 and J4 start with search (2 + 1), J2 with email', () => {
    // search 3 conversions, 300 + 100; email 1, 50
    expectRows(attribute(HAND, { model: 'first-touch' }), { search: [3, 400], email: [1, 50], direct: [0, 0], display: [0, 0], social: [0, 0] }, 4);
  });

  it('last-touch: J1 ends on direct, J2 and J4 on email', () => {
    // direct 2, 300; email 1 + 1, 50 + 100
    expectRows(attribute(HAND, { model: 'last-touch' }), { search: [0, 0], email: [2, 150], direct: [2, 300], display: [0, 0], social: [0, 0] }, 4);
  });

  it('linear: each touch an equal part, a repeated channel two parts', () => {
    // J1: 2/3 conversion and 100 to each touch; J2: email twice ½ → 1 and 50; J4: ¼ and 25 to each touch.
    // search 2/3 + 1/4 = 11/12, 125; email 2/3 + 1 + 1/4 = 23/12, 175; direct 2/3, 100; display, social 1/4, 25
    expectRows(
      attribute(HAND, { model: 'linear' }),
      { search: [11 / 12, 125], email: [23 / 12, 175], direct: [2 / 3, 100], display: [1 / 4, 25], social: [1 / 4, 25] },
      4,
    );
  });

  it('position-based: 40 % first, 40 % last, 20 % over the middle; two touches 50/50', () => {
    // J1 (3 touches): .4/.2/.4 → search .8, email .4, direct .8; value 120, 60, 120
    // J2 (2 touches): .5/.5, both email → 1, 50
    // J4 (4 touches): .4/.1/.1/.4 → search .4, display .1, social .1, email .4; value 40, 10, 10, 40
    expectRows(
      attribute(HAND, { model: 'position-based' }),
      { search: [1.2, 160], email: [1.8, 150], direct: [0.8, 120], display: [0.1, 10], social: [0.1, 10] },
      4,
    );
  });

  it('position-based with weights as options: first .3, last .5', () => {
    // J1: .3/.2/.5 ×2 → search .6, email .4, direct 1; value 90, 60, 150
    // J2: .3/.8 + .5/.8 = 1 to email, 50. J4: .3/.1/.1/.5 → search .3, display .1, social .1, email .5; value 30, 10, 10, 50
    expectRows(
      attribute(HAND, { model: 'position-based', first: 0.3, last: 0.5 }),
      { search: [0.9, 120], email: [1.9, 160], direct: [1, 150], display: [0.1, 10], social: [0.1, 10] },
      4,
    );
    // Two touches share in the ratio first : last: 8 × .3/.8 = 3, 8 × .5/.8 = 5
    expectRows(attribute([{ path: 'a > b', conversions: 8, value: 16 }], { model: 'position-based', first: 0.3, last: 0.5 }), { a: [3, 6], b: [5, 10] }, 8);
    // One touch takes all
    expectRows(attribute([{ path: 'a', conversions: 2, value: 7 }], { model: 'position-based' }), { a: [2, 7] }, 2);
  });

  it('position-based rejects weights that do not fit', () => {
    expect(() => attribute(HAND, { model: 'position-based', first: 0.7, last: 0.4 })).to.throw(RangeError, /^first: first \+ last must not exceed 1/);
    expect(() => attribute(HAND, { model: 'position-based', last: -0.1 })).to.throw(RangeError, /^last:/);
    expect(() => attribute(HAND, { model: 'position-based', first: 0, last: 0 })).to.throw(RangeError, /^first:/);
  });
});

describe('attribute: time-decay by hand', () => {
  const timed: JourneyInput[] = [
    {
      path: [
        { channel: 'search', at: '2026-05-01T00:00:00Z' },
        { channel: 'email', at: '2026-05-08T00:00:00Z' },
        { channel: 'direct', at: '2026-05-15T00:00:00Z' },
      ],
      convertedAt: '2026-05-15T00:00:00Z',
      conversions: 1,
      value: 70,
    },
    {
      path: [
        { channel: 'social', at: '2026-05-01T00:00:00Z' },
        { channel: 'search', at: '2026-05-04T12:00:00Z' },
      ],
      convertedAt: '2026-05-08T00:00:00Z',
      conversions: 2,
      value: 30,
    },
  ];

  it('weighs a touch Δ days back by 2^(−Δ/7), then scales each path to 1', () => {
    // First journey: Δ = 14, 7, 0 days → ¼, ½, 1 (sum 7/4) → 1/7, 2/7, 4/7; value 10, 20, 40.
    // Second: Δ = 7, 3.5 → 2^−1 = ½ and 2^−½ = 1/√2 → social ½/(½ + 1/√2) = 1/(1 + √2) = √2 − 1, search 2 − √2;
    // ×2 conversions, ×30 value.
    const r2 = Math.SQRT2;
    expectRows(
      attribute(timed, { model: 'time-decay' }),
      {
        search: [1 / 7 + 2 * (2 - r2), 10 + 30 * (2 - r2)],
        email: [2 / 7, 20],
        direct: [4 / 7, 40],
        social: [2 * (r2 - 1), 30 * (r2 - 1)],
      },
      3,
    );
  });

  it('takes halfLifeDays as an option', () => {
    // halfLifeDays 3.5, first journey: Δ = 14, 7, 0 → 2^−4, 2^−2, 1 = 1/16, 4/16, 16/16 → 1/21, 4/21, 16/21
    expectRows(attribute([timed[0]!], { model: 'time-decay', halfLifeDays: 3.5 }), { search: [1 / 21, 70 / 21], email: [4 / 21, 280 / 21], direct: [16 / 21, 1120 / 21] }, 1);
    expect(() => attribute(timed, { model: 'time-decay', halfLifeDays: 0 })).to.throw(RangeError, /^halfLifeDays:/);
  });

  it('keeps weights exact for touches long before the conversion', () => {
    // Δ = 3001 and 3000 days, half-life 1 day: 2^−3001 underflows to 0, but the ratio is ½ : 1 → 1/3, 2/3
    const old = [{ path: [{ channel: 'a', at: '2000-01-01T00:00:00Z' }, { channel: 'b', at: '2000-01-02T00:00:00Z' }], convertedAt: '2008-03-20T00:00:00Z', conversions: 3 }];
    const days = (Date.parse('2008-03-20T00:00:00Z') - Date.parse('2000-01-02T00:00:00Z')) / 86_400_000;
    expect(days).to.equal(3000);
    expectRows(attribute(old, { model: 'time-decay', halfLifeDays: 1 }), { a: [1, 0], b: [2, 0] }, 3);
  });

  it('names the missing or impossible time', () => {
    expect(() => attribute([{ path: 'a > b', conversions: 1 }], { model: 'time-decay' })).to.throw(RangeError, /^journeys\[0\]\.path\[0\]\.at: time-decay needs/);
    expect(() => attribute([{ path: [{ channel: 'a', at: '2026-05-01T00:00:00Z' }, { channel: 'b' }], convertedAt: '2026-05-02T00:00:00Z', conversions: 1 }], { model: 'time-decay' })).to.throw(
      RangeError,
      /^journeys\[0\]\.path\[1\]\.at:/,
    );
    expect(() => attribute([{ path: [{ channel: 'a', at: '2026-05-01T00:00:00Z' }], conversions: 1 }], { model: 'time-decay' })).to.throw(RangeError, /^journeys\[0\]\.convertedAt:/);
    expect(() => attribute([{ path: [{ channel: 'a', at: '2026-05-03T00:00:00Z' }], convertedAt: '2026-05-02T00:00:00Z', conversions: 1 }], { model: 'linear' })).to.throw(
      RangeError,
      /^journeys\[0\]\.path\[0\]\.at: touch after the conversion/,
    );
    expect(() => attribute([{ path: [{ channel: 'a', at: 'yesterday' }], convertedAt: '2026-05-02T00:00:00Z', conversions: 1 }], { model: 'linear' })).to.throw(RangeError, /^journeys\[0\]\.path\[0\]\.at: not a date-time/);
    // A path that never converts needs no time.
    expect(attribute([{ path: 'a', conversions: 0, nulls: 2 }, { path: [{ channel: 'b', at: '2026-05-01T00:00:00Z' }], convertedAt: '2026-05-01T00:00:00Z', conversions: 1 }], { model: 'time-decay' })[1]!.share).to.equal(1);
  });
});

describe('attribute: markov by hand', () => {
  /**
   * a > b: 1 conversion; a: 1 null; b: 1 conversion, 1 null; c > a > b: 2 conversions, 2 nulls.
   * Counts: start → a 2, → b 2, → c 4; a → b 1 + 4 = 5, a → null 1; b → conversion 1 + 1 + 2 = 4, b → null 1 + 2 = 3; c → a 4.
   * So p(start → a, b, c) = ¼, ¼, ½; p(a → b) = 5/6, p(a → null) = 1/6; p(b → conv) = 4/7; p(c → a) = 1.
   * x_b = 4/7, x_a = 5/6 · 4/7 = 10/21, x_c = x_a = 10/21; P = ¼·10/21 + ¼·4/7 + ½·10/21 = (10 + 12 + 20)/84 = ½.
   * Without a: x_c = 0 → P = ¼·4/7 = 1/7, effect 1 − (1/7)/(½) = 5/7.
   * Without b: nothing converts, effect 1.
   * Without c: P = (10 + 12)/84 = 11/42, effect 1 − 22/42 = 10/21.
   * Sum 15/21 + 21/21 + 10/21 = 46/21 → shares 15/46, 21/46, 10/46 of 4 conversions and 35 of value.
   */
  const journeys: JourneyInput[] = [
    { path: 'a > b', conversions: 1, value: 10 },
    { path: 'a', conversions: 0, nulls: 1 },
    { path: 'b', conversions: 1, value: 20, nulls: 1 },
    { path: 'c > a > b', conversions: 2, value: 5, nulls: 2 },
  ];

  it('solves P(conversion) and the removal effects exactly', () => {
    const model = markovModel(journeys);
    expect(model.conversionProbability).to.be.closeTo(0.5, EPS);
    const effects = Object.fromEntries(model.removalEffects.map((r) => [r.channel, r]));
    expect(effects.a!.removalEffect).to.be.closeTo(5 / 7, EPS);
    expect(effects.a!.conversionProbability).to.be.closeTo(1 / 7, EPS);
    expect(effects.b!.removalEffect).to.be.closeTo(1, EPS);
    expect(effects.c!.removalEffect).to.be.closeTo(10 / 21, EPS);
    expect(effects.c!.conversionProbability).to.be.closeTo(11 / 42, EPS);
  });

  it('returns the transition counts and matrix', () => {
    const model = markovModel(journeys);
    expect(model.states).to.deep.equal(['start', 'a', 'b', 'c', 'conversion', 'null']);
    expect(model.counts).to.deep.equal([
      [0, 2, 2, 4, 0, 0],
      [0, 0, 5, 0, 0, 1],
      [0, 0, 0, 0, 4, 3],
      [0, 4, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(model.probabilities).to.deep.equal([
      [0, 1 / 4, 1 / 4, 1 / 2, 0, 0],
      [0, 0, 5 / 6, 0, 0, 1 / 6],
      [0, 0, 0, 0, 4 / 7, 3 / 7],
      [0, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1],
    ]);
  });

  it('shares conversions and value in proportion to the removal effects', () => {
    expectRows(attribute(journeys, { model: 'markov' }), { a: [(4 * 15) / 46, (35 * 15) / 46], b: [(4 * 21) / 46, (35 * 21) / 46], c: [(4 * 10) / 46, (35 * 10) / 46] }, 4);
  });

  it('handles a channel repeated in a row (a self-loop)', () => {
    // a > a: 1 conversion; a: 1 null. p(a → a) = p(a → conv) = p(a → null) = 1/3: x = x/3 + 1/3 → x = ½.
    const model = markovModel([{ path: 'a > a', conversions: 1 }, { path: 'a', conversions: 0, nulls: 1 }]);
    expect(model.conversionProbability).to.be.closeTo(0.5, EPS);
    expect(model.removalEffects[0]!.removalEffect).to.equal(1);
  });

  it('credits a channel that only opens non-converting paths, through the chain', () => {
    // c > d: 1 null; d: 1 conversion. p(start → c) = p(start → d) = ½; p(c → d) = 1; p(d → conv) = p(d → null) = ½.
    // P = ½·½ + ½·½ = ½. Without c: ¼ → effect ½. Without d: 0 → effect 1. Shares 1/3, 2/3.
    expectRows(attribute([{ path: 'c > d', conversions: 0, nulls: 1 }, { path: 'd', conversions: 1, value: 3 }], { model: 'markov' }), { c: [1 / 3, 1], d: [2 / 3, 2] }, 1);
  });
});

describe('attribute: shapley by hand', () => {
  /**
   * {a}: 10 conversions; {a, b}: 6; {b, c} (path b > c > b): 3; {a, b, c} (path c > a > b > a): 12. Total 31.
   * v(a) = 10, v(b) = v(c) = 0, v(ab) = 16, v(ac) = 10, v(bc) = 3, v(abc) = 31.
   * Weights for m = 3: |S| = 0 → 1/3, 1 → 1/6, 2 → 1/3.
   * φ_a = 10/3 + (16 − 0)/6 + (10 − 0)/6 + (31 − 3)/3 = (20 + 16 + 10 + 56)/6 = 17
   * φ_b = 0 + (16 − 10)/6 + (3 − 0)/6 + (31 − 10)/3 = 1 + ½ + 7 = 8.5
   * φ_c = 0 + (10 − 10)/6 + (3 − 0)/6 + (31 − 16)/3 = ½ + 5 = 5.5
   * The equal split agrees: a 10 + 3 + 4 = 17; b 3 + 1.5 + 4 = 8.5; c 1.5 + 4 = 5.5.
   * Value (1 per conversion of {a}, 2 of {a,b}, 4 of {b,c}, 1 of {a,b,c}): a 10 + 6 + 4 = 20; b 6 + 6 + 4 = 16; c 6 + 4 = 10.
   */
  const journeys: JourneyInput[] = [
    { path: 'a', conversions: 10, value: 10 },
    { path: 'a > b', conversions: 6, value: 12 },
    { path: 'b > c > b', conversions: 3, value: 12 },
    { path: 'c > a > b > a', conversions: 12, value: 12 },
  ];

  it('computes the Shapley value from its definition', () => {
    expectRows(attribute(journeys, { model: 'shapley', method: 'definition' }), { a: [17, 20], b: [8.5, 16], c: [5.5, 10] }, 31);
  });

  it('gives the same from the closed form (each journey split equally among its distinct channels)', () => {
    expectRows(attribute(journeys, { model: 'shapley', method: 'closed-form' }), { a: [17, 20], b: [8.5, 16], c: [5.5, 10] }, 31);
  });

  it('differs from linear: a channel repeated on a path counts once', () => {
    // b > c > b under linear: b 2/3, c 1/3 of each conversion; Shapley ½ each.
    // c > a > b > a under linear: a ½, b ¼, c ¼; Shapley ⅓ each.
    const linear = byChannel(attribute(journeys, { model: 'linear' }));
    expect(linear.b!.conversions).to.be.closeTo(3 + 3 * (2 / 3) + 12 / 4, EPS); // 8
    expect(linear.c!.conversions).to.be.closeTo(3 / 3 + 12 / 4, EPS); // 4
    expect(linear.a!.conversions).to.be.closeTo(10 + 3 + 12 / 2, EPS); // 19
  });

  it('refuses the definition beyond 20 channels, and an unknown method', () => {
    const wide = [{ path: Array.from({ length: 21 }, (_, i) => `c${i}`), conversions: 1 }];
    expect(() => attribute(wide, { model: 'shapley', method: 'definition' })).to.throw(RangeError, /^method:/);
    expect(() => attribute(HAND, { model: 'shapley', method: 'exact' as 'auto' })).to.throw(RangeError, /^method:/);
    // auto falls back on the closed form: 1/21 each
    expect(attribute(wide, { model: 'shapley' })[20]!.share).to.be.closeTo(1 / 21, EPS);
  });
});

describe('compareModels', () => {
  it('runs every model the data allows, rows aligned by channel', () => {
    const cmp = compareModels(HAND);
    expect(cmp.channels).to.deep.equal(['search', 'email', 'direct', 'display', 'social']);
    expect(cmp.results.map((r) => r.model)).to.deep.equal(ATTRIBUTION_MODELS.filter((m) => m !== 'time-decay'));
    for (const { model, rows } of cmp.results) {
      expect(rows.map((r) => r.channel)).to.deep.equal(cmp.channels);
      expect(rows).to.deep.equal(attribute(HAND, { model }));
    }
  });

  it('includes time-decay when the journeys carry times, and passes options on', () => {
    const timed = generateJourneys(mulberry32(7), { channels: 4, paths: 20, timed: true });
    const cmp = compareModels(timed, undefined, { halfLifeDays: 2 });
    expect(cmp.results.map((r) => r.model)).to.deep.equal([...ATTRIBUTION_MODELS]);
    expect(cmp.results[4]!.rows).to.deep.equal(attribute(timed, { model: 'time-decay', halfLifeDays: 2 }));
  });

  it('runs the chosen models, and throws for time-decay asked for without times', () => {
    expect(compareModels(HAND, ['markov', 'first-touch']).results.map((r) => r.model)).to.deep.equal(['markov', 'first-touch']);
    expect(() => compareModels(HAND, ['time-decay'])).to.throw(RangeError, /^journeys\[0\]\.path\[0\]\.at/);
  });
});

describe('attribute: properties on generated journeys', () => {
  const random = mulberry32(20260501);
  const sets = Array.from({ length: 25 }, (_, i) => generateJourneys(random, { channels: 1 + (i % 10), paths: 1 + Math.floor(random() * 40), timed: true }));
  const totals = (journeys: JourneyInput[]) => ({
    conversions: journeys.reduce((s, j) => s + j.conversions, 0),
    value: journeys.reduce((s, j) => s + (j.value ?? 0), 0),
  });

  it('shares add up to 1 and conversions and value to the totals, under every model', () => {
    for (const journeys of sets) {
      const total = totals(journeys);
      for (const model of ATTRIBUTION_MODELS) {
        const rows = attribute(journeys, { model });
        if (total.conversions === 0) continue;
        expect(sum(rows, 'share'), model).to.be.closeTo(1, 1e-12);
        expect(sum(rows, 'conversions'), model).to.be.closeTo(total.conversions, 1e-9);
        expect(sum(rows, 'value'), model).to.be.closeTo(total.value, 1e-7);
        for (const row of rows) expect(row.share, model).to.be.at.least(0);
      }
    }
  });

  it('raw per-customer rows and pre-counted paths give the same results', () => {
    for (const journeys of sets) {
      const raw = explode(random, journeys);
      for (const model of ATTRIBUTION_MODELS) {
        const counted = byChannel(attribute(journeys, { model }));
        const fromRaw = attribute(raw, { model });
        expect(fromRaw.length, model).to.equal(Object.keys(counted).length);
        for (const row of fromRaw) {
          expect(row.conversions, `${model} ${row.channel}`).to.be.closeTo(counted[row.channel]!.conversions, 1e-9);
          expect(row.value, `${model} ${row.channel}`).to.be.closeTo(counted[row.channel]!.value, 1e-7);
        }
      }
    }
  });

  it('gives 0 to a channel never on a converting path under the rule-based models', () => {
    for (const journeys of sets) {
      const withGhost = [...journeys, { path: [{ channel: 'ghost', at: '2026-01-01T00:00:00Z' }, ...(journeys[0]!.path as { channel: string; at: string }[])], conversions: 0, nulls: 3 }];
      for (const model of ['first-touch', 'last-touch', 'linear', 'position-based', 'time-decay'] as const) {
        const ghost = byChannel(attribute(withGhost, { model })).ghost!;
        expect([ghost.conversions, ghost.value, ghost.share], model).to.deep.equal([0, 0, 0]);
      }
    }
  });

  it('gives a single channel 100 % under every model', () => {
    const single: JourneyInput[] = [
      { path: [{ channel: 'email', at: '2026-05-01T00:00:00Z' }, { channel: 'email', at: '2026-05-03T00:00:00Z' }], convertedAt: '2026-05-04T00:00:00Z', conversions: 3, value: 90, nulls: 2 },
      { path: [{ channel: 'email', at: '2026-05-02T00:00:00Z' }], convertedAt: '2026-05-02T00:00:00Z', conversions: 1, value: 10 },
      { path: 'email', conversions: 0, nulls: 5 },
    ];
    for (const model of ATTRIBUTION_MODELS) {
      const [row, ...rest] = attribute(single, { model });
      expect(rest, model).to.deep.equal([]);
      expect(row!.channel).to.equal('email');
      expect(row!.share, model).to.be.closeTo(1, EPS);
      expect(row!.conversions, model).to.be.closeTo(4, EPS);
      expect(row!.value, model).to.be.closeTo(100, EPS);
    }
  });

  it('markov: one path a > b that always converts gives a and b equal removal effects', () => {
    for (const conversions of [1, 3, 17.5, 1000]) {
      const [a, b] = markovModel([{ path: 'a > b', conversions }]).removalEffects;
      expect(a!.removalEffect).to.equal(b!.removalEffect);
      expect(a!.removalEffect).to.equal(1);
    }
  });

  it('markov: P(conversion) equals conversions / journeys, the chain conserving the observed flow', () => {
    // The expected visits of the fitted chain are the observed ones (in-flow = out-flow at every channel),
    // so the expected conversions of all walks are the observed conversions.
    for (const journeys of sets) {
      const { conversions } = totals(journeys);
      const walks = conversions + journeys.reduce((s, j) => s + (j.nulls ?? 0), 0);
      expect(markovModel(journeys).conversionProbability).to.be.closeTo(conversions / walks, 1e-12);
    }
  });

  it('markov: removal effects match an independent solve by value iteration', () => {
    for (const journeys of sets.slice(0, 10)) {
      const model = markovModel(journeys);
      const m = model.states.length - 3;
      for (let c = -1; c < m; c++) {
        const P = iterateConversion(model.probabilities, c);
        const expected = c < 0 ? model.conversionProbability : model.removalEffects[c]!.conversionProbability;
        expect(expected).to.be.closeTo(P, 1e-10);
        if (c >= 0) expect(model.removalEffects[c]!.removalEffect).to.be.within(0, 1);
      }
    }
  });

  it('shapley: the definition equals the equal-split identity', () => {
    for (const journeys of sets) {
      const definition = attribute(journeys, { model: 'shapley', method: 'definition' });
      const closed = attribute(journeys, { model: 'shapley', method: 'closed-form' });
      definition.forEach((row, i) => {
        expect(row.conversions).to.be.closeTo(closed[i]!.conversions, 1e-9);
        expect(row.value).to.be.closeTo(closed[i]!.value, 1e-7);
      });
    }
  });

  it('shapley: the definition equals an average over every order of arrival (m ≤ 6)', () => {
    const small = sets.filter((s) => new Set(s.flatMap((j) => (j.path as { channel: string }[]).map((t) => t.channel))).size <= 6);
    expect(small.length).to.be.at.least(10);
    for (const journeys of small) {
      const rows = attribute(journeys, { model: 'shapley', method: 'definition' });
      const byOrders = shapleyByPermutations(journeys, rows.map((r) => r.channel));
      rows.forEach((row, i) => expect(row.conversions).to.be.closeTo(byOrders[i]!, 1e-9));
    }
  });

  it('shapley: the definition equals the identity at 16 channels', () => {
    const journeys = generateJourneys(mulberry32(16), { channels: 16, paths: 400 });
    const definition = attribute(journeys, { model: 'shapley', method: 'definition' });
    expect(definition.length).to.equal(16);
    const closed = attribute(journeys, { model: 'shapley', method: 'closed-form' });
    definition.forEach((row, i) => expect(row.conversions).to.be.closeTo(closed[i]!.conversions, 1e-9));
  });

  it('time-decay tends to linear for a long half-life and to last-touch for a short one', () => {
    let checked = 0;
    for (const journeys of sets) {
      const slow = attribute(journeys, { model: 'time-decay', halfLifeDays: 1e12 });
      attribute(journeys, { model: 'linear' }).forEach((row, i) => expect(slow[i]!.conversions).to.be.closeTo(row.conversions, 1e-6));
      // Touches at least one hour apart (generated so); a half-life of a second leaves the last touch alone.
      const spread = journeys.filter((j) => distinctTimes(j));
      const fast = attribute(spread, { model: 'time-decay', halfLifeDays: 1 / 86_400 });
      attribute(spread, { model: 'last-touch' }).forEach((row, i) => expect(fast[i]!.conversions).to.be.closeTo(row.conversions, 1e-9));
      checked += spread.length;
    }
    expect(checked).to.be.at.least(100);
  });
});

/** True when the last touch is strictly later than every other. */
function distinctTimes(j: JourneyInput): boolean {
  const times = (j.path as readonly { at: string }[]).map((t) => Date.parse(t.at));
  return times.slice(0, -1).every((t) => t < times.at(-1)!);
}

/** P(conversion from start) by value iteration on the matrix, with channel `removed` sent to null. */
function iterateConversion(p: number[][], removed: number): number {
  const s = p.length;
  let x = new Array<number>(s).fill(0);
  x[s - 2] = 1;
  for (let it = 0; it < 100_000; it++) {
    const next = x.map((_, i) => (i >= s - 2 ? x[i]! : i === removed + 1 && removed >= 0 ? 0 : p[i]!.reduce((acc, pij, j) => acc + pij * x[j]!, 0)));
    const change = Math.max(...next.map((v, i) => Math.abs(v - x[i]!)));
    x = next;
    if (change < 1e-15) break;
  }
  return x[0]!;
}

/** Shapley values by averaging each channel's marginal conversions over all m! orders. */
function shapleyByPermutations(journeys: JourneyInput[], channels: string[]): number[] {
  const sets = journeys.map((j) => ({ channels: new Set((j.path as { channel: string }[]).map((t) => t.channel)), conversions: j.conversions }));
  const worth = (coalition: Set<string>) => sets.reduce((s, j) => s + ([...j.channels].every((c) => coalition.has(c)) ? j.conversions : 0), 0);
  const phi = new Array<number>(channels.length).fill(0);
  let orders = 0;
  const permute = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) {
      orders++;
      const coalition = new Set<string>();
      let before = 0;
      for (const i of prefix) {
        coalition.add(channels[i]!);
        const after = worth(coalition);
        phi[i]! += after - before;
        before = after;
      }
      return;
    }
    rest.forEach((i, k) => permute([...prefix, i], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  permute([], channels.map((_, i) => i));
  return phi.map((v) => v / orders);
}
