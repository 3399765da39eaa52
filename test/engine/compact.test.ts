/**
 * compactDocument: the aggregate form the Web Worker hands back for a large
 * `src` body. Worked by hand on a small document, then checked on generated
 * ones: every figure from the compact document equals, exactly, the figure
 * from the raw one (DESIGN.md §3: a raw list and an aggregate give the same figures).
 */
import { expect } from '@open-wc/testing';
import {
  ATTRIBUTION_MODELS,
  KpiDocumentSchema,
  attribute,
  byChannel,
  ces,
  compactDocument,
  csat,
  journeyGraph,
  nps,
  type KpiDocument,
  type Metric,
  type Response,
} from '../../src/engine/index.js';
import { explode, generateJourneys, mulberry32 } from './generate.js';

describe('compactDocument', () => {
  it('turns answers into histograms per metric, channel, touchpoint, stage and scale, in order of first appearance, before the given ones', () => {
    const doc: KpiDocument = {
      responses: [
        { id: 'a', metric: 'nps', score: 9, channel: 'chat', at: '2026-05-01T10:00:00Z', comment: 'kept out' },
        { metric: 'nps', score: 10, channel: 'chat' },
        { metric: 'nps', score: 3, channel: 'email' },
        { metric: 'csat', score: 5, channel: 'chat', touchpoint: 'after-chat', stage: 'support' },
        { metric: 'nps', score: 9, channel: 'chat' },
        { metric: 'ces', score: 4, min: 1, max: 5 },
        { metric: 'nps', score: 0 },
      ],
      histograms: [{ metric: 'nps', channel: 'phone', counts: { '0': 1 } }],
    };
    expect(compactDocument(doc)).to.deep.equal({
      histograms: [
        { metric: 'nps', channel: 'chat', counts: { '9': 2, '10': 1 } },
        { metric: 'nps', channel: 'email', counts: { '3': 1 } },
        { metric: 'csat', channel: 'chat', touchpoint: 'after-chat', stage: 'support', counts: { '5': 1 } },
        { metric: 'ces', min: 1, max: 5, counts: { '4': 1 } },
        { metric: 'nps', counts: { '0': 1 } },
        { metric: 'nps', channel: 'phone', counts: { '0': 1 } },
      ],
    });
  });

  it('merges journey rows on the same path (array or "a > b") and keeps timed journeys as they came', () => {
    const timed = { path: [{ channel: 'a', at: '2026-01-01T00:00:00Z' }], conversions: 1, convertedAt: '2026-01-02T00:00:00Z' };
    const doc: KpiDocument = {
      journeys: [
        { path: ['a', 'b'], conversions: 1, value: 10 },
        { path: 'a > b', conversions: 0, nulls: 1 },
        { path: [' b'], conversions: 2, value: 5.5 },
        timed,
        { path: ['a', 'b'], conversions: 1, value: 2 },
      ],
    };
    expect(compactDocument(doc)).to.deep.equal({
      journeys: [
        { path: ['a', 'b'], conversions: 2, value: 12, nulls: 1 },
        { path: ['b'], conversions: 2, value: 5.5, nulls: 0 },
        timed,
      ],
    });
  });

  it('keeps journeys the engine refuses as they are, so the element names the same field', () => {
    const doc: KpiDocument = {
      journeys: [
        { path: ['a'], conversions: 1 },
        { path: [{ channel: 'a', at: '2026-01-03T00:00:00Z' }], conversions: 1, convertedAt: '2026-01-02T00:00:00Z' },
      ],
    };
    const compact = compactDocument(doc);
    expect(compact.journeys).to.equal(doc.journeys);
    expect(() => attribute(compact, { model: 'linear' })).to.throw('journeys[1].path[0].at');
  });

  it('gives the same figures as the raw document, to the last bit (generated documents)', () => {
    const random = mulberry32(2026);
    const channels = ['email', 'chat', 'phone', 'store'];
    const scales: Record<Metric, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
    for (let round = 0; round < 20; round++) {
      const responses: Response[] = Array.from({ length: 50 + Math.floor(random() * 500) }, () => {
        const metric = (['nps', 'csat', 'ces'] as const)[Math.floor(random() * 3)]!;
        const [min, max] = scales[metric];
        const r: Response = { metric, score: min + Math.floor(random() * (max - min + 1)) };
        if (random() < 0.9) r.channel = channels[Math.floor(random() * channels.length)]!;
        if (random() < 0.5) r.touchpoint = `t${Math.floor(random() * 3)}`;
        return r;
      });
      const paths = generateJourneys(random, { channels: 1 + (round % 6), paths: 1 + Math.floor(random() * 40) });
      // One row per customer, shuffled, with values in cents (not exact in binary: the sums must still agree).
      const journeys = explode(random, paths).map((j) => (j.conversions ? { ...j, value: Math.round(random() * 20_000) / 100 } : j));
      const raw = KpiDocumentSchema.parse({ responses, journeys });
      const compact = KpiDocumentSchema.parse(compactDocument(raw));
      expect(compact.journeys!.length, 'one row per distinct path').to.be.at.most(new Set(paths.map((p) => String(p.path))).size);

      expect(nps(compact)).to.deep.equal(nps(raw));
      expect(nps(compact, { where: { channel: 'chat' } })).to.deep.equal(nps(raw, { where: { channel: 'chat' } }));
      expect(csat(compact)).to.deep.equal(csat(raw));
      expect(ces(compact)).to.deep.equal(ces(raw));
      for (const metric of ['nps', 'csat', 'ces'] as const) {
        for (const by of ['channel', 'touchpoint', 'stage'] as const) expect(byChannel(compact, metric, { by })).to.deep.equal(byChannel(raw, metric, { by }));
      }
      for (const model of ATTRIBUTION_MODELS.filter((m) => m !== 'time-decay')) {
        expect(attribute(compact, { model }), model).to.deep.equal(attribute(raw, { model }));
      }
      expect(journeyGraph(compact, { maxSteps: 3, minShare: 0.05 })).to.deep.equal(journeyGraph(raw, { maxSteps: 3, minShare: 0.05 }));
    }
  });
});
