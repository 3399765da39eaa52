import { expect } from '@open-wc/testing';
import { journeyGraph, type GraphLink, type JourneyGraph, type JourneyInput } from '../../src/engine/index.js';
import { explode, generateJourneys, mulberry32 } from './generate.js';

/**
 * 10 journeys, 4 conversions worth 40:
 *   email > search           3 conversions (30), 1 null → 4 journeys
 *   email > email > search   1 conversion (10)          → 1 journey
 *   display                  5 nulls                    → 5 journeys
 */
const JOURNEYS: JourneyInput[] = [
  { path: 'email > search', conversions: 3, value: 30, nulls: 1 },
  { path: ['email', 'email', 'search'], conversions: 1, value: 10 },
  { path: 'display', conversions: 0, nulls: 5 },
];

const link = (source: string, target: string, value: number, conversions = 0, conversionValue = 0): GraphLink => ({ source, target, value, conversions, conversionValue });
const ids = (g: JourneyGraph) => g.nodes.map((n) => n.id);

describe('journeyGraph', () => {
  it('builds step-indexed nodes ending in conversion / no conversion, by hand', () => {
    const g = journeyGraph(JOURNEYS, { minShare: 0 });
    expect(ids(g)).to.deep.equal(['email@1', 'display@1', 'search@2', 'email@2', 'search@3', 'conversion', 'no conversion']);
    expect(g.nodes[3]).to.deep.equal({ id: 'email@2', kind: 'channel', channel: 'email', step: 2 });
    expect(g.nodes[5]).to.deep.equal({ id: 'conversion', kind: 'conversion', channel: null, step: 4 });
    expect(g.links).to.have.deep.members([
      link('display@1', 'no conversion', 5),
      link('email@1', 'search@2', 4, 3, 30), // first journey row: 3 + 1 journeys
      link('search@2', 'conversion', 3, 3, 30),
      link('search@2', 'no conversion', 1),
      link('email@1', 'email@2', 1, 1, 10), // the repeated channel moves forward a step: no cycle
      link('email@2', 'search@3', 1, 1, 10),
      link('search@3', 'conversion', 1, 1, 10),
    ]);
    expect(g.links.length).to.equal(7);
    expect([g.journeys, g.conversions, g.folded]).to.deep.equal([10, 4, 0]);
  });

  it('folds links under minShare of all journeys into the step’s other node', () => {
    // minShare 0.15 of 10 journeys = 1.5: email@1 → email@2 carries 1 → other@2; from there 1 → other@3.
    const g = journeyGraph(JOURNEYS, { minShare: 0.15 });
    expect(ids(g)).to.deep.equal(['email@1', 'display@1', 'search@2', 'other@2', 'other@3', 'conversion', 'no conversion']);
    expect(g.nodes[3]).to.deep.equal({ id: 'other@2', kind: 'other', channel: null, step: 2 });
    expect(g.links).to.have.deep.members([
      link('display@1', 'no conversion', 5),
      link('email@1', 'search@2', 4, 3, 30),
      link('search@2', 'conversion', 3, 3, 30),
      link('search@2', 'no conversion', 1),
      link('email@1', 'other@2', 1, 1, 10),
      link('other@2', 'other@3', 1, 1, 10),
      link('other@3', 'conversion', 1, 1, 10),
    ]);
    expect(g.links.length).to.equal(7);
  });

  it('folds first steps too, and gathers several rare moves in one other node', () => {
    // 100 journeys: a 97, b 2, c 1; minShare 0.05 = 5 journeys → b and c start at other@1 (3 journeys).
    const g = journeyGraph(
      [
        { path: 'a', conversions: 7, nulls: 90 },
        { path: 'b', conversions: 2, value: 4 },
        { path: 'c', conversions: 0, nulls: 1 },
      ],
      { minShare: 0.05 },
    );
    expect(ids(g)).to.deep.equal(['a@1', 'other@1', 'conversion', 'no conversion']);
    expect(g.links).to.have.deep.members([link('a@1', 'conversion', 7, 7), link('a@1', 'no conversion', 90), link('other@1', 'conversion', 2, 2, 4), link('other@1', 'no conversion', 1)]);
  });

  it('folds steps after maxSteps into the last one', () => {
    // email > email > search stops at email@2, then goes to its end.
    const g = journeyGraph(JOURNEYS, { maxSteps: 2, minShare: 0 });
    expect(ids(g)).to.deep.equal(['email@1', 'display@1', 'search@2', 'email@2', 'conversion', 'no conversion']);
    expect(g.links).to.deep.include(link('email@2', 'conversion', 1, 1, 10));
    expect(g.folded).to.equal(1);
    expect(g.nodes.at(-1)!.step).to.equal(3);
  });

  it('never makes a cycle when a path comes back to a channel', () => {
    const g = journeyGraph([{ path: 'a > b > a > b > a', conversions: 1 }], { minShare: 0 });
    expect(ids(g)).to.deep.equal(['a@1', 'b@2', 'a@3', 'b@4', 'a@5', 'conversion']);
  });

  it('keeps the fold node apart from a channel called "other"', () => {
    const g = journeyGraph(
      [
        { path: 'other > a', conversions: 50 },
        { path: 'other > b', conversions: 1 },
      ],
      { minShare: 0.1 },
    );
    expect(ids(g)).to.deep.equal(['other@1', 'a@2', '(other)@2', 'conversion']);
  });

  it('rejects bad options, naming them', () => {
    expect(() => journeyGraph(JOURNEYS, { maxSteps: 0 })).to.throw(RangeError, /^maxSteps:/);
    expect(() => journeyGraph(JOURNEYS, { maxSteps: 2.5 })).to.throw(RangeError, /^maxSteps:/);
    expect(() => journeyGraph(JOURNEYS, { minShare: 1.5 })).to.throw(RangeError, /^minShare:/);
    expect(() => journeyGraph([{ path: 'a > ', conversions: 1 }])).to.throw(RangeError, /^journeys\[0\]\.path\[1\]:/);
  });

  it('gives an empty graph for no journeys', () => {
    expect(journeyGraph([])).to.deep.equal({ nodes: [], links: [], journeys: 0, conversions: 0, folded: 0 });
  });

  describe('properties on generated journeys', () => {
    const random = mulberry32(42);
    const sets = Array.from({ length: 30 }, (_, i) => generateJourneys(random, { channels: 1 + (i % 12), paths: 1 + Math.floor(random() * 60) }));
    const options = [{}, { maxSteps: 3, minShare: 0.05 }, { maxSteps: 8, minShare: 0 }, { maxSteps: 1 }];

    it('conserves journeys, conversions and value through every node', () => {
      for (const journeys of sets) {
        const total = journeys.reduce((s, j) => s + j.conversions + (j.nulls ?? 0), 0);
        const conversions = journeys.reduce((s, j) => s + j.conversions, 0);
        const value = journeys.reduce((s, j) => s + (j.value ?? 0), 0);
        for (const opts of options) {
          const g = journeyGraph(journeys, opts);
          const into = new Map<string, number>();
          const out = new Map<string, number>();
          for (const l of g.links) {
            into.set(l.target, (into.get(l.target) ?? 0) + l.value);
            out.set(l.source, (out.get(l.source) ?? 0) + l.value);
          }
          const step1 = g.nodes.filter((n) => n.step === 1).reduce((s, n) => s + out.get(n.id)!, 0);
          expect(step1).to.equal(total);
          for (const n of g.nodes) if (n.step > 1 && n.kind !== 'conversion' && n.kind !== 'no-conversion') expect(out.get(n.id), n.id).to.equal(into.get(n.id));
          expect((into.get('conversion') ?? 0) + (into.get('no conversion') ?? 0)).to.equal(total);
          expect(into.get('conversion') ?? 0).to.equal(conversions);
          const toConversion = g.links.filter((l) => l.target === 'conversion');
          expect(toConversion.reduce((s, l) => s + l.conversionValue, 0)).to.equal(value);
          expect([g.journeys, g.conversions]).to.deep.equal([total, conversions]);
        }
      }
    });

    it('moves forward one step per link (no cycle) and keeps every channel link at or above minShare', () => {
      for (const journeys of sets) {
        for (const opts of options) {
          const g = journeyGraph(journeys, opts);
          const step = new Map(g.nodes.map((n) => [n.id, n]));
          const threshold = (opts.minShare ?? 0.01) * g.journeys;
          for (const l of g.links) {
            const [s, t] = [step.get(l.source)!, step.get(l.target)!];
            expect(t.step).to.be.above(s.step);
            if (t.kind === 'channel') {
              expect(t.step).to.equal(s.step + 1);
              expect(l.value).to.be.at.least(threshold);
            }
          }
          for (const n of g.nodes) expect(n.step).to.be.at.most((opts.maxSteps ?? 5) + 1);
        }
      }
    });

    it('gives the same graph from raw per-customer rows and pre-counted paths', () => {
      const sorted = (g: JourneyGraph) => ({
        ...g,
        nodes: [...g.nodes].sort((a, b) => a.id.localeCompare(b.id)),
        links: [...g.links].sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`)),
      });
      for (const journeys of sets) {
        for (const opts of options) expect(sorted(journeyGraph(explode(random, journeys), opts))).to.deep.equal(sorted(journeyGraph(journeys, opts)));
      }
    });
  });
});
