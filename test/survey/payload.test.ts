import { expect } from '@open-wc/testing';
import { nps } from '../../src/engine/nps.js';
import { ResponseSchema, KpiDocumentSchema } from '../../src/engine/schemas.js';
import { parseDefinition, type Definition } from '../../src/survey/definition.js';
import { blobUuid, buildPayload, rate, scoreAnswers, uuid } from '../../src/survey/payload.js';

const def = (input: unknown): Definition => {
  const r = parseDefinition(input);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.definition;
};

const flow = def({
  id: 'support',
  stage: 'support',
  questions: [
    { id: 'score', type: 'nps' },
    { id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } },
    { id: 'effort', type: 'ces', max: 5, higherIsEasier: false },
    { id: 'topic', type: 'choice', label: 'Topic', options: [{ value: 'billing', label: 'Billing' }] },
  ],
});

let n = 0;
const ctx = { responseId: 'resp-1', at: '2026-05-01T10:00:00.000Z', lang: 'fr' as const, channel: 'chat', touchpoint: 'after-chat', uuid: () => `item-${++n}` };

describe('survey payload', () => {
  beforeEach(() => (n = 0));

  it('makes one DESIGN §3 responses item per scored question, with the shared responseId', () => {
    const p = buildPayload(flow, { score: 3, why: '  Too slow  ', effort: 2, topic: 'billing' }, ctx);
    expect(p).to.deep.equal({
      responseId: 'resp-1',
      survey: 'support',
      at: '2026-05-01T10:00:00.000Z',
      lang: 'fr',
      responses: [
        { id: 'item-1', responseId: 'resp-1', survey: 'support', question: 'score', metric: 'nps', score: 3, min: 0, max: 10, channel: 'chat', touchpoint: 'after-chat', stage: 'support', at: '2026-05-01T10:00:00.000Z', comment: 'Too slow' },
        { id: 'item-2', responseId: 'resp-1', survey: 'support', question: 'effort', metric: 'ces', score: 2, min: 1, max: 5, higherIsEasier: false, channel: 'chat', touchpoint: 'after-chat', stage: 'support', at: '2026-05-01T10:00:00.000Z' },
      ],
      answers: { score: 3, why: 'Too slow', effort: 2, topic: 'billing' },
    });
    for (const item of p.responses) expect(ResponseSchema.safeParse(item).success, item.question).to.equal(true);
  });

  it('is read as is by the engine (what <kpi-nps-gauge data=…> does)', () => {
    // Three posted answers: 10 and 9 are promoters, 3 a detractor → NPS 100·(2 − 1)/3 = 33.3.
    const responses = [10, 9, 3].flatMap((score) => buildPayload(flow, { score }, ctx).responses);
    const doc = KpiDocumentSchema.parse({ responses });
    const r = nps(doc);
    expect([r.n, r.promoters, r.detractors]).to.deep.equal([3, 2, 1]);
    expect(r.score).to.be.closeTo(33.33, 0.01);
  });

  it('leaves out hidden and empty answers, and context nobody gave', () => {
    const p = buildPayload(flow, { score: 9, why: 'kept from before', effort: undefined as unknown as number, topic: '' }, { ...ctx, channel: ' ', touchpoint: null });
    // 9 hides "why?"; an empty channel is not sent as "" (invalid in §3).
    expect(p.answers).to.deep.equal({ score: 9 });
    expect(p.responses).to.have.length(1);
    expect(p.responses[0]).to.not.have.any.keys('channel', 'touchpoint', 'comment');
    expect(p.responses[0]!.stage).to.equal('support');
  });

  it('rates answers with the engine cut-offs', () => {
    // NPS: 9–10 promoters, 7–8 passives, 0–6 detractors.
    expect([10, 9, 8, 7, 6, 0].map((s) => rate('nps', s, 10).rating)).to.deep.equal(['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
    // CSAT 1–5: top two boxes (4, 5) satisfied; 3 is not.
    expect([5, 4, 3, 1].map((s) => rate('csat', s, 5))).to.deep.equal([
      { rating: 'satisfied', negative: false },
      { rating: 'satisfied', negative: false },
      { rating: 'not-satisfied', negative: true },
      { rating: 'not-satisfied', negative: true },
    ]);
    // CES 1–7, higher is easier: midpoint 4 → 5–7 easy, 4 neutral, 1–3 difficult.
    expect([7, 5, 4, 3, 1].map((s) => rate('ces', s, 7).rating)).to.deep.equal(['easy', 'easy', 'neutral', 'difficult', 'difficult']);
    // CES 1–5, lower is easier: midpoint 3 → 1–2 easy, 4–5 difficult.
    expect([1, 2, 3, 4, 5].map((s) => rate('ces', s, 5, false).rating)).to.deep.equal(['easy', 'easy', 'neutral', 'difficult', 'difficult']);
    const scores = scoreAnswers(buildPayload(flow, { score: 2, effort: 5 }, ctx).responses);
    expect(scores.map((s) => [s.question, s.rating, s.negative])).to.deep.equal([
      ['score', 'detractor', true],
      ['effort', 'difficult', true],
    ]);
  });

  it('makes v4 UUIDs, with or without crypto.randomUUID', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(uuid()).to.match(v4);
    expect(blobUuid()).to.match(v4);
    expect(blobUuid()).to.not.equal(blobUuid());
  });
});
