import { expect } from '@open-wc/testing';
import { fromAttributes, isVisible, parseDefinition, scaleOf, textIn, type Definition, type SurveyAttributes } from '../../src/survey/definition.js';

const attrs = (a: Partial<SurveyAttributes>): SurveyAttributes => ({
  metric: null, question: null, scale: null, lowerIsEasier: false, comment: null, surveyId: null, channel: null, touchpoint: null, ...a,
});

const valid = (input: unknown): Definition => {
  const r = parseDefinition(input);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.definition;
};
const problem = (input: unknown) => {
  const r = parseDefinition(input);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

const flow = {
  id: 'after-chat',
  questions: [
    { id: 'score', type: 'nps' },
    { id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } },
    { id: 'topic', type: 'choice', label: 'Topic?', options: [{ value: 'billing', label: 'Billing' }, { value: 'other', label: 'Other' }], required: false },
    { id: 'billing', type: 'text', label: 'Which invoice?', showIf: { question: 'topic', in: ['billing'] } },
  ],
};

describe('survey definition', () => {
  it('builds a one-question survey from attributes', () => {
    expect(valid(fromAttributes(attrs({ metric: 'nps', channel: 'chat', touchpoint: 'after-chat' })))).to.deep.equal({
      id: 'nps-chat-after-chat',
      questions: [{ id: 'score', type: 'nps' }],
    });
    // CES 1–5 where a low score is easy, with a "why?" only after a difficult answer (4 or 5: past the midpoint 3 on the hard side).
    const ces = valid(fromAttributes(attrs({ metric: 'ces', scale: 5, lowerIsEasier: true, comment: 'negative', question: 'Was it easy?' })));
    expect(ces.questions).to.deep.equal([
      { id: 'score', type: 'ces', label: 'Was it easy?', max: 5, higherIsEasier: false },
      { id: 'comment', type: 'text', showIf: { question: 'score', gte: 4 } },
    ]);
    // Defaults: NPS; the "why?" of NPS after detractors (0–6); of CSAT after 1–3 (not satisfied: 4–5 are).
    expect(valid(fromAttributes(attrs({ comment: 'negative' }))).questions[1]!.showIf).to.deep.equal({ question: 'score', lte: 6 });
    expect(valid(fromAttributes(attrs({ metric: 'csat', comment: 'negative' }))).questions[1]!.showIf).to.deep.equal({ question: 'score', lte: 3 });
    expect(valid(fromAttributes(attrs({ metric: 'ces', comment: 'always' }))).questions[1]!.showIf).to.equal(undefined);
    // Channel names with spaces still make a plain id.
    expect(valid(fromAttributes(attrs({ channel: 'web chat' }))).id).to.equal('nps-web_chat');
  });

  it('gives each metric its scale: NPS 0–10, CSAT 1–5, CES 1–7 or 1–5', () => {
    expect(scaleOf({ id: 'a', type: 'nps' })).to.deep.equal({ min: 0, max: 10 });
    expect(scaleOf({ id: 'a', type: 'csat' })).to.deep.equal({ min: 1, max: 5 });
    expect(scaleOf({ id: 'a', type: 'ces' })).to.deep.equal({ min: 1, max: 7 });
    expect(scaleOf({ id: 'a', type: 'ces', max: 5 })).to.deep.equal({ min: 1, max: 5 });
  });

  it('names the bad field and the problem', () => {
    const cases: Array<[unknown, Record<string, unknown>]> = [
      [{ ...flow, questions: [{ id: 'q', type: 'nsp' }] }, { field: 'questions[0].type', code: 'value', expected: 'nps, csat, ces, choice, text' }],
      [{ ...flow, questions: [{ id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } }, { id: 'score', type: 'nps' }] }, { field: 'questions[0].showIf.question', code: 'reference' }],
      [{ ...flow, questions: [{ id: 'a', type: 'nps' }, { id: 'a', type: 'csat' }] }, { field: 'questions[1].id', code: 'duplicate' }],
      [{ ...flow, questions: [{ id: 'a', type: 'ces', max: 6 }] }, { field: 'questions[0].max', code: 'value', expected: '5, 7' }],
      [{ ...flow, questions: [{ id: 'a', type: 'choice', label: 'Pick' }] }, { field: 'questions[0].options', code: 'required' }],
      [{ ...flow, questions: [{ id: '1st', type: 'nps' }] }, { field: 'questions[0].id', code: 'format' }],
      [{ ...flow, questions: [{ id: 'a', type: 'nps', required: 'yes' }] }, { field: 'questions[0].required', code: 'type', expected: 'boolean' }],
      [{ ...flow, questions: [{ id: 'a', type: 'nps', label: 42 }] }, { field: 'questions[0].label', code: 'type', expected: 'string' }],
      [{ ...flow, questions: [] }, { field: 'questions', code: 'required' }],
      [{ questions: flow.questions }, { field: 'id', code: 'required' }],
      [{ id: 'x', questions: [{ id: 'a', type: 'text', commentFor: 'b' }] }, { field: 'questions[0].commentFor', code: 'reference' }],
    ];
    for (const [input, expected] of cases) expect(problem(input), JSON.stringify(expected)).to.include({ source: 'definition', ...expected });
  });

  it('accepts a flow with choice, text and showIf, and texts in both languages', () => {
    const def = valid({ ...flow, thanks: { en: 'Thanks!', fr: 'Merci !' } });
    expect(def.questions.map((q) => q.id)).to.deep.equal(['score', 'why', 'topic', 'billing']);
    expect(textIn(def.thanks, 'fr')).to.equal('Merci !');
    // A language missing falls back to the other one, then to the default.
    expect(textIn({ en: 'Only English' }, 'fr')).to.equal('Only English');
    expect(textIn(undefined, 'fr', 'défaut')).to.equal('défaut');
  });

  it('shows a question only when its condition on an earlier answer holds', () => {
    const def = valid(flow);
    const [, why, , billing] = def.questions;
    // "why?" for detractors: 0–6 yes, 7 no, unanswered no.
    expect([0, 6, 7, 10].map((score) => isVisible(def, why!, { score }))).to.deep.equal([true, true, false, false]);
    expect(isVisible(def, why!, {})).to.equal(false);
    expect(isVisible(def, billing!, { topic: 'billing' })).to.equal(true);
    expect(isVisible(def, billing!, { topic: 'other' })).to.equal(false);
    // A condition on a hidden question is false, even if an old answer is still there.
    const chained = valid({ id: 'c', questions: [{ id: 'a', type: 'nps' }, { id: 'b', type: 'csat', showIf: { question: 'a', lte: 6 } }, { id: 'c', type: 'text', showIf: { question: 'b', lte: 2 } }] });
    expect(isVisible(chained, chained.questions[2]!, { a: 9, b: 1 })).to.equal(false);
    expect(isVisible(chained, chained.questions[2]!, { a: 3, b: 1 })).to.equal(true);
  });
});
