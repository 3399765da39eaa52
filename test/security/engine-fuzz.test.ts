/**
 * Properties of the engine alone (no DOM), fast-check with a fixed seed: a raw list
 * and its aggregate give the same figures (DESIGN.md §3), and every attribution
 * model and the journey graph keep their totals (§4), for any valid input.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { attribute, byChannel, ces, csat, journeyGraph, KpiDocumentSchema, nps, type AttributionModel, type JourneyInput } from '../../src/engine/index.js';
import { journey, METRICS, response, type Metric, type Response } from './arbitraries.js';

const SEED = 20260507;
const RUNS = 300;

function assertProperty<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void, runs = RUNS) {
  fc.assert(fc.property(arb, predicate), { seed: SEED, numRuns: runs, includeErrorInReport: true });
  console.log(`engine property ${name}: ${runs} runs`);
}

/** Counts per (metric, channel, touchpoint, stage), the way a warehouse GROUP BY would make them. */
function aggregate(responses: readonly Response[]) {
  const groups = new Map<string, { metric: Metric; channel?: string; touchpoint?: string; stage?: string; counts: Record<string, number> }>();
  for (const r of responses) {
    const key = JSON.stringify([r.metric, r.channel?.trim(), r.touchpoint?.trim(), r.stage?.trim()]);
    let g = groups.get(key);
    if (!g) {
      g = { metric: r.metric, counts: {} };
      for (const k of ['channel', 'touchpoint', 'stage'] as const) if (r[k] !== undefined) g[k] = r[k]!.trim();
      groups.set(key, g);
    }
    g.counts[r.score] = (g.counts[r.score] ?? 0) + 1;
  }
  return [...groups.values()];
}

/** Results compared with a tolerance for floating point. */
function expectSame(a: unknown, b: unknown, at: string) {
  if (typeof a === 'number' && typeof b === 'number') expect(a, at).to.be.closeTo(b, 1e-9 * Math.max(1, Math.abs(b)));
  else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, at).to.equal(b.length);
    a.forEach((x, i) => expectSame(x, b[i], `${at}[${i}]`));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), at).to.deep.equal(Object.keys(b).sort());
    for (const k of Object.keys(a)) expectSame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
  } else expect(a, at).to.equal(b);
}

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
const trimmed = (rs: Response[]) => rs.map((r) => ({ ...r, ...Object.fromEntries((['channel', 'touchpoint', 'stage'] as const).filter((k) => r[k] !== undefined).map((k) => [k, r[k]!.trim()])) }));

describe('engine properties (fast-check)', () => {
  const responses = fc.array(response, { maxLength: 60 }).map((rs) => trimmed(rs as Response[]));

  it('raw answers and their histograms give the same NPS, CSAT, CES, per channel, touchpoint and stage', () => {
    assertProperty('raw = aggregate', responses, (raw) => {
      const histograms = aggregate(raw);
      expectSame(nps(raw), nps(histograms), 'nps');
      expectSame(csat(raw), csat(histograms), 'csat');
      expectSame(ces(raw), ces(histograms), 'ces');
      for (const metric of METRICS) {
        for (const by of ['channel', 'touchpoint', 'stage'] as const) {
          expectSame(byKey(byChannel(raw, metric, { by })), byKey(byChannel(histograms, metric, { by })), `${metric} by ${by}`);
        }
      }
    });
  });

  it('a document mixing raw answers and pre-aggregated ones gives the figures of all the answers', () => {
    assertProperty('mixed document', fc.tuple(responses, fc.nat()), ([raw, cut]) => {
      const at = raw.length ? cut % (raw.length + 1) : 0;
      const doc = KpiDocumentSchema.parse({ responses: raw.slice(0, at), histograms: aggregate(raw.slice(at)) });
      expectSame(nps(doc), nps(raw), 'nps');
      expectSame(csat(doc), csat(raw), 'csat');
      expectSame(ces(doc), ces(raw), 'ces');
    });
  });

  it('NPS lies in −100…100 with P + passives + D = n, and its margin is the formula of DESIGN.md §4', () => {
    assertProperty('nps bounds', responses, (raw) => {
      const r = nps(raw);
      const scores = raw.filter((x) => x.metric === 'nps').map((x) => x.score);
      const p = scores.filter((s) => s >= 9).length;
      const d = scores.filter((s) => s <= 6).length;
      expect(r.n).to.equal(scores.length);
      expect(r.promoters + r.passives + r.detractors).to.equal(r.n);
      if (r.n === 0) return void expect(r.score).to.equal(null);
      expect(r.score!).to.be.within(-100, 100);
      const [pp, dd] = [p / r.n, d / r.n];
      expect(r.marginOfError!).to.be.closeTo(1.96 * 100 * Math.sqrt((pp + dd - (pp - dd) ** 2) / r.n), 1e-9);
    });
  });

  const MODELS: AttributionModel[] = ['first-touch', 'last-touch', 'linear', 'position-based', 'markov', 'shapley'];
  const journeys = fc.array(journey, { minLength: 1, maxLength: 12 }) as fc.Arbitrary<JourneyInput[]>;

  it('every model credits all the conversions and value, with shares from 0 to 1 adding up to 1', () => {
    assertProperty('attribution totals', journeys, (rows) => {
      const conversions = rows.reduce((s, j) => s + j.conversions, 0);
      const value = rows.reduce((s, j) => s + (j.value ?? 0), 0);
      for (const model of MODELS) {
        const result = attribute(rows, { model });
        const sum = (k: 'conversions' | 'value' | 'share') => result.reduce((s, r) => s + r[k], 0);
        expect(sum('conversions'), model).to.be.closeTo(conversions, 1e-6 * Math.max(1, conversions));
        expect(sum('value'), model).to.be.closeTo(value, 1e-6 * Math.max(1, Math.abs(value)));
        for (const r of result) expect(r.share, `${model} ${r.channel}`).to.be.within(0, 1 + 1e-9);
        if (conversions > 0) expect(sum('share'), model).to.be.closeTo(1, 1e-9);
      }
    }, 150);
  });

  it('one row per customer and one row per distinct path give the same attribution', () => {
    // Splits each untimed row in two (conversions and nulls shared out), as a per-customer export would list them.
    const split = (rows: JourneyInput[]) =>
      rows.flatMap((j) => {
        if (typeof j.path !== 'string' && typeof j.path[0] === 'object') return [j];
        const c = Math.floor(j.conversions / 2);
        const n = Math.floor((j.nulls ?? 0) / 2);
        const v = (j.value ?? 0) / 2;
        return [{ ...j, conversions: c, nulls: n, value: v }, { ...j, conversions: j.conversions - c, nulls: (j.nulls ?? 0) - n, value: (j.value ?? 0) - v }];
      });
    assertProperty('rows = paths', journeys, (rows) => {
      for (const model of MODELS) expectSame(attribute(split(rows), { model }), attribute(rows, { model }), model);
    }, 150);
  });

  it('the journey graph conserves journeys: into every step node as much as out, and the ends hold every conversion and null', () => {
    assertProperty('graph conservation', fc.tuple(journeys, fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 0.01, 0.2)), ([rows, maxSteps, minShare]) => {
      const graph = journeyGraph(rows, { maxSteps, minShare });
      const into = new Map<string, number>();
      const out = new Map<string, number>();
      for (const l of graph.links) {
        into.set(l.target, (into.get(l.target) ?? 0) + l.value);
        out.set(l.source, (out.get(l.source) ?? 0) + l.value);
      }
      for (const n of graph.nodes) {
        if (n.kind === 'conversion' || n.kind === 'no-conversion' || n.step === 1) continue;
        expect(out.get(n.id) ?? 0, n.id).to.be.closeTo(into.get(n.id) ?? 0, 1e-6);
      }
      const conversions = rows.reduce((s, j) => s + j.conversions, 0);
      const nulls = rows.reduce((s, j) => s + (j.nulls ?? 0), 0);
      expect(into.get('conversion') ?? 0).to.be.closeTo(conversions, 1e-6);
      expect(into.get('no conversion') ?? 0).to.be.closeTo(nulls, 1e-6);
      expect(graph.journeys).to.equal(conversions + nulls);
      const starts = graph.nodes.filter((n) => n.step === 1 && n.kind !== 'conversion' && n.kind !== 'no-conversion');
      expect(starts.reduce((s, n) => s + (out.get(n.id) ?? 0), 0)).to.be.closeTo(conversions + nulls, 1e-6);
    });
  });
});
