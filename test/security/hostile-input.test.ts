/**
 * DESIGN.md §1: the host page survives any input. Hostile strings (markup, script,
 * `javascript:` URLs, template syntax, bidi and zero-width characters, lone
 * surrogates, 10 000-character names, prototype names) go into every name an
 * element shows, through the `data` attribute, the `.data` property and `src`
 * (and the survey's `definition` and plain attributes). Each case checks that no
 * script ran, no element was injected, the name is shown as text, the element is
 * in one of its states, and nothing reached the page; then prototype keys, numbers
 * JSON cannot carry, and 10 000-level nesting.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KpiErrorDetail, KpiSurveySubmitDetail } from '../../src/data/events.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import { mount, normalize, record, shadowText, sleep, until, watchPageErrors } from '../helpers.js';
import { clearSurveyStorage } from '../survey/helpers.js';
import { displayText } from '../../src/i18n/display-text.js';
import { display, removeDisplays, VIAS, type Display, type DisplayTag, type Via } from './display.js';
import { armTripwires, deepText, injected, PAYLOADS, prototypeSnapshot, pwned, srcFor } from './hostile.js';

const STATES = ['loading', 'empty', 'error', 'ready'];
const root = (el: Element) => el.shadowRoot!;
const alertText = (el: Element) => shadowText(el, '[role=alert]');
/** A node's own text, without its children's (an SVG label without its <title>). */
const ownText = (node: Node) => [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue).join('');
/** How a payload is named in a test title: short, and printable. */
const title = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text);
/** A plain id, as DESIGN.md and the survey's definition rule say (a letter, then letters, digits, - or _). */
const isPlainId = (text: string) => /^[A-Za-z][\w-]*$/.test(text);

/** Nothing injected, nothing run. */
function expectInert(el: Element, context: string) {
  expect(injected(el), `${context}: injected`).to.deep.equal([]);
  expect(pwned(), `${context}: a payload ran`).to.equal(undefined);
}

/** An error state: role=alert naming the field, and one kpi-error whose `field` is a string the alert shows. */
function expectError(el: Display, errors: Array<{ detail: KpiErrorDetail }>, field: string | RegExp, context: string) {
  expect(el.status, context).to.equal('error');
  expect(errors, `${context}: kpi-error`).to.have.length(1);
  const detail = errors[0]!.detail;
  expect(detail.field, context).to.be.a('string');
  if (typeof field === 'string') expect(detail.field, context).to.equal(field);
  else expect(detail.field, context).to.match(field);
  expect(alertText(el), context).to.contain(normalize(detail.field || detail.source));
}

describe('hostile input', () => {
  let disarm: () => void;
  let page: ReturnType<typeof watchPageErrors>;
  const prototypesBefore = prototypeSnapshot();

  before(() => (disarm = armTripwires()));
  after(() => disarm());
  beforeEach(async () => {
    await clearSurveyStorage();
    page = watchPageErrors();
  });
  afterEach(async () => {
    await sleep(20); // an injected <img onerror> or <svg onload> would have fired by now
    removeDisplays();
    page.stop();
    expect(page.errors, 'errors that reached the page').to.deep.equal([]);
    expect(pwned(), 'a payload ran').to.equal(undefined);
  });

  describe('<kpi-nps-gauge>: channel filter and every label of responses and histograms', () => {
    for (const { category, text: p } of PAYLOADS) {
      it(`${category} ${title(p)}`, async () => {
        // Shown as displayText shows it: bidi controls and invisible characters as placeholders (README, Hostile input).
        const shown = displayText(p);
        // For channel p: promoters 9, 10, 10 and one detractor (3); the 0 is another channel's. NPS = 100·(3 − 1)/4 = +50.
        const doc = {
          responses: [
            { id: p, responseId: p, metric: 'nps', score: 9, channel: p, touchpoint: p, stage: p, at: p, comment: p },
            { metric: 'nps', score: 3, channel: p, comment: p },
            { metric: 'nps', score: 0, channel: 'elsewhere' },
          ],
          histograms: [{ metric: 'nps', channel: p, touchpoint: p, stage: p, counts: { 10: 2 } }],
        };
        for (const via of VIAS) {
          const at = `${via} ready`;
          const { el } = await display('kpi-nps-gauge', via, doc, { channel: p });
          expectInert(el, at);
          expect(el.status, at).to.equal('ready');
          expect(shadowText(el, '[part=score]'), at).to.equal('+50');
          expect(shadowText(el, '[part=meta]'), at).to.contain('4 answers');
          expect(deepText(el), at).to.contain(`Net Promoter Score · ${shown}`);
          expect(root(el).querySelector('[part=chart]')!.getAttribute('aria-label'), at).to.contain(shown);

          const bad = await display('kpi-nps-gauge', via, { responses: [{ metric: 'nps', score: 9 }, { metric: 'nps', score: p, channel: p }] });
          expectInert(bad.el, `${via} score`);
          expectError(bad.el, bad.errors, 'responses[1].score', `${via} score`);
          expect(alertText(bad.el)).to.equal('Cannot show this data. responses[1].score — expected a number, got text');

          const metric = await display('kpi-nps-gauge', via, { responses: [{ metric: p, score: 9 }] });
          expectInert(metric.el, `${via} metric`);
          expectError(metric.el, metric.errors, 'responses[0].metric', `${via} metric`);
        }
        // A hostile score key (`__proto__` too: an own key of the parsed JSON) is named in the message and stays text.
        const key = await display('kpi-nps-gauge', 'attribute', { histograms: [{ metric: 'nps', counts: { [p]: 1 } }] });
        expectInert(key.el, 'counts key');
        expectError(key.el, key.errors, /^histograms\[0\]\.counts/, 'counts key');
      });
    }
  });

  describe('<kpi-channel-csat>: channel, touchpoint and stage names as bar labels', () => {
    const BY: Record<Via, string> = { attribute: 'channel', property: 'touchpoint', src: 'stage' };
    for (const { category, text: p } of PAYLOADS) {
      it(`${category} ${title(p)}`, async () => {
        // Shown as displayText shows it: bidi controls and invisible characters as placeholders (README, Hostile input).
        const shown = displayText(p);
        // Group p: 5 and 4 are satisfied (≥ 4 of 5) → 100 %; group "other": one 2 → 0 %.
        const doc = {
          responses: [
            { metric: 'csat', score: 5, channel: p, touchpoint: p, stage: p, comment: p },
            { metric: 'csat', score: 4, channel: p, touchpoint: p, stage: p, comment: p },
            { metric: 'csat', score: 2, channel: 'other', touchpoint: 'other', stage: 'other' },
          ],
        };
        for (const via of VIAS) {
          const at = `${via} by ${BY[via]}`;
          const { el } = await display('kpi-channel-csat', via, doc, { by: BY[via], 'min-n': '1' });
          expectInert(el, at);
          expect(el.status, at).to.equal('ready');
          // The hidden table holds the whole name; the bar's label holds it in its <title>, and shows it cut to fit.
          const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => [tr.children[0]!.textContent, normalize(tr.children[1]!.textContent)]);
          expect(rows, at).to.deep.equal([[shown, '100%'], ['other', '0%']]);
          const label = root(el).querySelector('.row .label')!;
          expect(label.querySelector('title')!.textContent, at).to.equal(shown);
          const cut = ownText(label);
          if (cut !== shown) {
            expect(cut.endsWith('…'), `${at}: a cut label ends with …`).to.equal(true);
            expect(shown.startsWith(cut.slice(0, -1)), `${at}: a cut label is the name's start`).to.equal(true);
          }
          expect(root(el).querySelector('[part=chart]')!.getAttribute('aria-label'), at).to.contain(shown);

          const bad = await display('kpi-channel-csat', via, { responses: [{ metric: 'csat', score: p, channel: p }] });
          expectInert(bad.el, `${via} score`);
          expectError(bad.el, bad.errors, 'responses[0].score', `${via} score`);
        }
      });
    }
  });

  describe('<kpi-attribution-sankey>: channel names in journey paths', () => {
    const ATTRS: Record<Via, Record<string, string>> = { attribute: {}, property: { model: 'markov' }, src: { view: 'compare' } };
    for (const { category, text: p } of PAYLOADS) {
      it(`${category} ${title(p)}`, async () => {
        // Shown as displayText shows it: bidi controls and invisible characters as placeholders (README, Hostile input).
        const shown = displayText(p);
        // 6 journeys, 3 conversions; last touch credits email with 2 and p with 1 (a third).
        const doc = {
          journeys: [
            { path: [p, 'email'], conversions: 2, value: 10, nulls: 1 },
            { path: [{ channel: p, at: '2026-05-01T10:00:00Z' }], conversions: 1, value: 5, convertedAt: '2026-05-02T10:00:00Z' },
            { path: 'search > email', conversions: 0, nulls: 2 },
          ],
        };
        for (const via of VIAS) {
          const at = `${via} ${JSON.stringify(ATTRS[via])}`;
          const { el } = await display('kpi-attribution-sankey', via, doc, ATTRS[via]);
          expectInert(el, at);
          expect(el.status, at).to.equal('ready');
          const text = deepText(el);
          expect(text, at).to.contain(`${shown} · 1`); // the node's full label (links table, tooltip title)
          const cells = [...root(el).querySelectorAll('.links-table tbody td:first-child')].map((td) => td.textContent);
          expect(cells, at).to.include(`${shown} · 1`);
          if (via === 'attribute') {
            const rows = [...root(el).querySelectorAll('.attribution-table tbody tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
            expect(rows, at).to.deep.equal([
              // Euros by default; one digit rule for the share column (66.7 needs one, so 0.0).
              ['email', '2', '€10', '66.7%'],
              [normalize(shown), '1', '€5', '33.3%'],
              ['search', '0', '€0', '0.0%'],
            ]);
          }
          if (via === 'src') {
            const names = [...root(el).querySelectorAll('.compare tbody th')].map((th) => th.textContent);
            expect(names, at).to.include(shown);
          }
          const bad = await display('kpi-attribution-sankey', via, { journeys: [{ path: [p], conversions: p }] });
          expectInert(bad.el, `${via} conversions`);
          expectError(bad.el, bad.errors, 'journeys[0].conversions', `${via} conversions`);
        }
      });
    }
  });

  describe('<kpi-survey>: questions, end labels, choices, thank-you, context and plain attributes', () => {
    /** Mounts a survey, listeners first. */
    async function survey(setup: (el: KpiSurvey) => void) {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const events = record<KpiSurveySubmitDetail & KpiErrorDetail>(el, 'kpi-survey-submit', 'kpi-error');
      el.setAttribute('lang', 'en');
      setup(el);
      await mount(html`${el}`);
      await el.updateComplete;
      return { el, events };
    }
    const click = async (el: KpiSurvey, selector: string, i = 0) => {
      root(el).querySelectorAll<HTMLElement>(selector)[i]!.click();
      await el.updateComplete;
    };
    const definition = (p: string) => ({
      id: 'hostile',
      channel: p,
      touchpoint: p,
      stage: p,
      questions: [
        { id: 'score', type: 'nps', label: p, minLabel: p, maxLabel: { en: p, fr: p } },
        { id: 'topic', type: 'choice', label: { en: p }, options: [{ value: p, label: p }, { value: 'b', label: { en: `${p}!` } }], required: false },
        { id: 'why', type: 'text', label: p },
      ],
      thanks: { en: p, fr: p },
    });

    for (const { category, text: p } of PAYLOADS) {
      it(`${category} ${title(p)}`, async () => {
        for (const via of ['attribute', 'property'] as const) {
          const at = `definition ${via}`;
          const { el, events } = await survey((s) => (via === 'attribute' ? s.setAttribute('definition', JSON.stringify(definition(p))) : (s.definition = definition(p))));
          expectInert(el, at);
          const labels = [...root(el).querySelectorAll('[part=label]')].map((l) => l.textContent);
          expect(labels, at).to.deep.equal([p, `${p} (optional)`, `${p} (optional)`]);
          expect([...root(el).querySelectorAll('[part=ends] span')].map((s) => s.textContent), at).to.deep.equal([p, p]);
          expect([...root(el).querySelectorAll('[part=choices] [role=radio]')].map((r) => r.textContent), at).to.deep.equal([p, `${p}!`]);
          // Answer everything (the comment typed is the payload too), send, read the thank-you.
          await click(el, '[part=scale] [role=radio]', 9);
          await click(el, '[part=choices] [role=radio]', 0);
          const area = root(el).querySelector('textarea')!;
          area.value = p.slice(0, 2000);
          area.dispatchEvent(new Event('input'));
          await click(el, '[part=submit]');
          expectInert(el, `${at} thanks`);
          expect(root(el).querySelector('[part=thanks] p')!.textContent, at).to.equal(p);
          const submit = events.find((e) => e.type === 'kpi-survey-submit')!.detail;
          expect(submit.answers.topic, at).to.equal(p);
          expect(submit.responses.map((r) => [r.score, r.channel, r.touchpoint, r.stage]), at).to.deep.equal([[9, p.trim(), p.trim(), p.trim()]]);
          // (A textarea's value has \n line breaks, whatever was typed.)
          expect(submit.responses[0]!.comment, at).to.equal(p.slice(0, 2000).replace(/\r\n?/g, '\n').trim());
          expect(events.filter((e) => e.type === 'kpi-error'), at).to.deep.equal([]);
        }

        // A one-question survey from plain attributes: the question shows as text, the context goes out as given.
        const plain = await survey((s) => {
          for (const name of ['question', 'channel', 'touchpoint', 'stage']) s.setAttribute(name, p);
          s.setAttribute('comment', 'always');
        });
        expectInert(plain.el, 'plain attributes');
        expect(root(plain.el).querySelector('[part=label]')!.textContent).to.equal(p);
        await click(plain.el, '[part=scale] [role=radio]', 3);
        await click(plain.el, '[part=submit]');
        const sent = plain.events.find((e) => e.type === 'kpi-survey-submit')!.detail;
        expect(sent.responses.map((r) => [r.metric, r.score, r.channel, r.touchpoint, r.stage])).to.deep.equal([['nps', 3, p.trim(), p.trim(), p.trim()]]);

        // As a metric or a survey id: an error naming the attribute, or (a plain id) a survey.
        const metric = await survey((s) => s.setAttribute('metric', p));
        expectInert(metric.el, 'metric');
        expect(metric.events.map((e) => e.detail.field)).to.deep.equal(['metric']);
        expect(shadowText(metric.el, '[role=alert]')).to.contain('metric —');
        const id = await survey((s) => s.setAttribute('survey-id', p));
        expectInert(id.el, 'survey-id');
        if (isPlainId(p)) expect(root(id.el).querySelector('[part=scale]')).to.not.equal(null);
        else expect(shadowText(id.el, '[role=alert]')).to.equal('This survey cannot be shown. survey-id — must be a letter, then letters, digits, - or _');
      });
    }
  });

  describe('prototype keys', () => {
    const polluting = (extra: Record<string, unknown> = {}) => JSON.parse(`{"__proto__": {"polluted": "yes", "9": 1000}, "constructor": {"prototype": {"polluted": "yes"}}, ${JSON.stringify(extra).slice(1)}`);

    it('__proto__ / constructor / prototype keys in documents, answers and counts change no figure and pollute nothing', async () => {
      // Only the two "9" answers and the one "0" count: NPS = 100·(2 − 1)/3 = +33.3.
      const text = `{
        "__proto__": {"polluted": "yes", "responses": [{"metric": "nps", "score": 0}]},
        "constructor": {"prototype": {"polluted": "yes"}},
        "prototype": {"polluted": "yes"},
        "responses": [
          {"metric": "nps", "score": 9, "__proto__": {"polluted": "yes", "channel": "x"}, "constructor": {"prototype": {"polluted": "yes"}}},
          {"metric": "nps", "score": 9}
        ],
        "histograms": [{"metric": "nps", "counts": {"0": 1}}]
      }`;
      for (const via of VIAS) {
        const input = via === 'property' ? JSON.parse(text) : text;
        const { el, errors } = await display('kpi-nps-gauge', via, input);
        expectInert(el, via);
        expect(errors, via).to.deep.equal([]);
        expect(shadowText(el, '[part=score]'), via).to.equal('+33.3');
        expect(shadowText(el, '[part=meta]'), via).to.contain('3 answers');
      }
      // In counts every key is a score: `__proto__` there is an error naming it (dropping it would be a wrong n), and pollutes nothing.
      const counts = `{"histograms": [{"metric": "nps", "counts": {"0": 1, "__proto__": {"9": 1000, "polluted": "yes"}}}]}`;
      for (const via of ['attribute', 'src'] as const) {
        const { el, errors } = await display('kpi-nps-gauge', via, counts);
        expectInert(el, via);
        expectError(el, errors, 'histograms[0].counts.__proto__', via);
      }
    });

    it('prototype names as channels, touchpoints and stages are groups like any other', async () => {
      const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
      // Channel i gets i + 1 satisfied answers (5) and one unsatisfied (1): CSAT = (i + 1)/(i + 2).
      const responses = NAMES.flatMap((name, i) => [
        ...Array.from({ length: i + 1 }, () => ({ metric: 'csat', score: 5, channel: name, touchpoint: name, stage: name })),
        { metric: 'csat', score: 1, channel: name, touchpoint: name, stage: name },
      ]);
      for (const by of ['channel', 'touchpoint', 'stage']) {
        const { el } = await display('kpi-channel-csat', 'property', { responses }, { by, 'min-n': '1', sort: 'name' });
        expectInert(el, by);
        const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => [tr.children[0]!.textContent, normalize(tr.children[1]!.textContent), normalize(tr.children[3]!.textContent)]);
        const expected = NAMES.map((name, i) => [name, `${Math.round((1000 * (i + 1)) / (i + 2)) / 10}%`, String(i + 2)]);
        expect(rows, by).to.have.deep.members(expected);
      }
      const gauge = await display('kpi-nps-gauge', 'attribute', { responses: [{ metric: 'nps', score: 10, channel: 'constructor' }, { metric: 'nps', score: 0, channel: 'constructor' }, { metric: 'nps', score: 10 }] }, { channel: 'constructor' });
      expect(shadowText(gauge.el, '[part=score]')).to.equal('0');
      // Sankey: last touch credits each path's last channel with its conversions.
      const sankey = await display('kpi-attribution-sankey', 'attribute', {
        journeys: [
          { path: ['__proto__', 'constructor'], conversions: 3 },
          { path: ['toString', '__proto__'], conversions: 1, nulls: 1 },
          { path: 'prototype > hasOwnProperty', conversions: 2 },
        ],
      });
      expectInert(sankey.el, 'sankey');
      const rows = [...root(sankey.el).querySelectorAll('.attribution-table tbody tr')].map((tr) => [tr.children[0]!.textContent, normalize(tr.children[1]!.textContent)]);
      expect(rows).to.deep.equal([['constructor', '3'], ['hasOwnProperty', '2'], ['__proto__', '1'], ['prototype', '0'], ['toString', '0']]);
    });

    it('a prototype name as the sort order falls back to sorting by name', async () => {
      const responses = ['b', 'c', 'a'].map((channel, i) => ({ metric: 'csat', score: 5 - i, channel }));
      for (const sort of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const { el, errors } = await display('kpi-channel-csat', 'attribute', { responses }, { 'min-n': '1', sort });
        expect(el.status, sort).to.equal('ready');
        expect(errors, sort).to.deep.equal([]);
        expect([...root(el).querySelectorAll('tbody th')].map((th) => th.textContent), sort).to.deep.equal(['a', 'b', 'c']);
      }
    });

    it('survey: questions named after Object.prototype members are required like any other', async () => {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const events = record<KpiSurveySubmitDetail>(el, 'kpi-survey-submit');
      el.lang = 'en';
      el.definition = { id: 'proto', questions: [{ id: 'toString', type: 'nps' }, { id: 'constructor', type: 'csat' }, { id: 'valueOf', type: 'text', showIf: { question: 'hasOwnProperty', lte: 3 } }] };
      await mount(html`${el}`);
      // (A condition on no earlier question is refused; this one shows that the check looks at own keys.)
      expect(el.problem?.field).to.equal('questions[2].showIf.question');
      el.definition = { id: 'proto', questions: [{ id: 'toString', type: 'nps' }, { id: 'constructor', type: 'csat' }, { id: 'valueOf', type: 'text', showIf: { question: 'toString', lte: 6 } }] };
      await el.updateComplete;
      // Nothing answered: sending is refused, both scales are flagged, and the follow-up stays hidden.
      expect(root(el).querySelectorAll('.question')).to.have.length(2);
      root(el).querySelector<HTMLElement>('[part=submit]')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('[part=invalid]')).to.have.length(2);
      expect(events).to.have.length(0);
      expect(root(el).querySelector('[part=thanks]')).to.equal(null);
      // Answered: one payload with both scores; the follow-up shows after a detractor score.
      root(el).querySelectorAll<HTMLElement>('[part=scale]')[0]!.querySelectorAll<HTMLElement>('[role=radio]')[2]!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.question')).to.have.length(3);
      root(el).querySelectorAll<HTMLElement>('[part=scale]')[1]!.querySelectorAll<HTMLElement>('[role=radio]')[4]!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLElement>('[part=submit]')!.click();
      await el.updateComplete;
      expect(events.map((e) => e.detail.responses.map((r) => [r.question, r.score]))).to.deep.equal([[['toString', 2], ['constructor', 5]]]);
      expect(events[0]!.detail.answers).to.deep.equal({ toString: 2, constructor: 5 });
    });

    it('survey: prototype keys in a definition are not read as its fields', async () => {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const errors = record<KpiErrorDetail>(el, 'kpi-error');
      el.lang = 'en';
      el.setAttribute('definition', '{"id": "x", "__proto__": {"questions": [{"id": "q", "type": "nps"}]}}');
      await mount(html`${el}`);
      expectInert(el, 'definition');
      expect(errors.map((e) => [e.detail.field, e.detail.code])).to.deep.equal([['questions', 'required']]);
      // A choice value named __proto__ is a value like any other.
      el.setAttribute('definition', JSON.stringify({ id: 'x', questions: [{ id: 'q', type: 'choice', label: 'Q', options: [{ value: '__proto__', label: 'P' }, { value: 'constructor', label: 'C' }] }, { id: 'r', type: 'text', showIf: { question: 'q', in: ['__proto__'] } }] }));
      await el.updateComplete;
      root(el).querySelectorAll<HTMLElement>('[role=radio]')[0]!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.question')).to.have.length(2);
    });

    it('leaves every built-in prototype as it was', () => {
      const polluted = polluting({ responses: [] });
      expect(Object.getPrototypeOf(polluted)).to.equal(Object.prototype); // JSON.parse made __proto__ an own key
      expect(prototypeSnapshot()).to.equal(prototypesBefore);
      for (const value of [{}, [], '', 0, () => 0, Object.create(Object.prototype)]) {
        expect((value as { polluted?: unknown }).polluted).to.equal(undefined);
        expect((value as Record<string, unknown>)['9']).to.equal(undefined);
      }
    });
  });

  describe('numbers JSON cannot carry, huge numbers, deep nesting', () => {
    it('NaN, ±Infinity through the property are errors naming the field and what was found; −0 is 0', async () => {
      const cases: Array<[DisplayTag, unknown, string, string]> = [
        ['kpi-nps-gauge', { responses: [{ metric: 'nps', score: NaN }] }, 'responses[0].score', 'expected a number, got NaN'],
        ['kpi-nps-gauge', { responses: [{ metric: 'nps', score: Infinity }] }, 'responses[0].score', 'expected a number, got Infinity'],
        ['kpi-nps-gauge', { histograms: [{ metric: 'nps', counts: { 9: -Infinity } }] }, 'histograms[0].counts.9', 'expected a number, got -Infinity'],
        ['kpi-channel-csat', { responses: [{ metric: 'csat', score: 4, min: NaN }] }, 'responses[0].min', 'expected a number, got NaN'],
        ['kpi-attribution-sankey', { journeys: [{ path: ['a'], conversions: NaN }] }, 'journeys[0].conversions', 'expected a number, got NaN'],
        ['kpi-attribution-sankey', { journeys: [{ path: ['a'], conversions: 1, value: Infinity }] }, 'journeys[0].value', 'expected a number, got Infinity'],
      ];
      for (const [tag, input, field, reason] of cases) {
        const { el, errors } = await display(tag, 'property', input);
        expectInert(el, field);
        expectError(el, errors, field, field);
        expect(alertText(el), field).to.equal(`Cannot show this data. ${field} — ${reason}`);
      }
      // −0 is a score of 0 (a detractor), a count and a conversion of 0.
      const zero = await display('kpi-nps-gauge', 'property', { responses: [{ metric: 'nps', score: -0 }, { metric: 'nps', score: 10 }], histograms: [{ metric: 'nps', counts: { 9: -0 } }] });
      expect(shadowText(zero.el, '[part=score]')).to.equal('0');
      expect(shadowText(zero.el, '[part=meta]')).to.contain('2 answers');
      const sankey = await display('kpi-attribution-sankey', 'property', { journeys: [{ path: ['a'], conversions: -0, nulls: 2 }] });
      expect(sankey.el.status).to.equal('ready');
    });

    it('1e400 in JSON (Infinity once parsed) and numbers past every range are errors naming the field', async () => {
      const cases: Array<[DisplayTag, string, string, string]> = [
        ['kpi-nps-gauge', '{"responses":[{"metric":"nps","score":1e400}]}', 'responses[0].score', 'expected a number, got Infinity'],
        ['kpi-nps-gauge', '{"responses":[{"metric":"nps","score":-1e400}]}', 'responses[0].score', 'expected a number, got -Infinity'],
        ['kpi-nps-gauge', '{"responses":[{"metric":"nps","score":1e308}]}', 'responses[0].score', 'must be a whole number from 0 to 10 (got 1e+308)'],
        ['kpi-nps-gauge', '{"responses":[{"metric":"nps","score":9007199254740993}]}', 'responses[0].score', 'must be a whole number from 0 to 10 (got 9007199254740992)'],
        ['kpi-nps-gauge', '{"histograms":[{"metric":"nps","counts":{"9":1e300}}]}', 'histograms[0].counts.9', 'must be at most 9007199254740991'],
        ['kpi-attribution-sankey', '{"journeys":[{"path":["a"],"conversions":1e400}]}', 'journeys[0].conversions', 'expected a number, got Infinity'],
      ];
      for (const via of VIAS) {
        for (const [tag, text, field, reason] of cases) {
          const { el, errors } = await display(tag, via, via === 'property' ? JSON.parse(text) : text);
          expectInert(el, `${via} ${field}`);
          expectError(el, errors, field, `${via} ${text}`);
          expect(alertText(el), `${via} ${text}`).to.equal(`Cannot show this data. ${field} — ${reason}`);
        }
      }
      // 1e-400 is 0: a valid detractor.
      const tiny = await display('kpi-nps-gauge', 'attribute', '{"responses":[{"metric":"nps","score":1e-400}]}');
      expect(shadowText(tiny.el, '[part=score]')).to.equal('\u2212100');
    });

    it('journeys whose totals overflow to Infinity are an error, not NaN figures', async () => {
      // Conversions past 2^53 − 1 are refused by the schema (DESIGN.md §3), so the sum can no longer reach Infinity.
      const doc = { journeys: [{ path: ['a'], conversions: 1e308, value: 1 }, { path: ['b', 'a'], conversions: 1e308, value: 1 }] };
      for (const via of VIAS) {
        for (const attrs of [{}, { model: 'markov' }, { view: 'compare' }] as Array<Record<string, string>>) {
          const { el, errors } = await display('kpi-attribution-sankey', via, doc, attrs);
          const at = `${via} ${JSON.stringify(attrs)}`;
          expectInert(el, at);
          expectError(el, errors, 'journeys[0].conversions', at);
          expect(deepText(el), at).to.not.match(/NaN|Infinity|∞/);
        }
      }
      // Large totals within 2^53 − 1 give finite figures: 2 × 2^51 conversions, last touch all to a.
      const big = await display('kpi-attribution-sankey', 'attribute', { journeys: [{ path: ['a'], conversions: 2 ** 51 }, { path: ['b', 'a'], conversions: 2 ** 51 }] });
      expect(big.el.status).to.equal('ready');
      expect(deepText(big.el)).to.not.match(/NaN|Infinity|∞/);
    });

    it('10 000 levels of nesting: an error naming the field where a value belongs, ignored under an unknown key', async () => {
      const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
      const DEEP = deep(10_000);
      const cases: Array<[DisplayTag, string, string | null]> = [
        ['kpi-nps-gauge', `{"responses": ${DEEP}}`, 'responses[0]'],
        ['kpi-nps-gauge', `{"responses": [{"metric": "nps", "score": 9, "channel": ${DEEP}}]}`, 'responses[0].channel'],
        ['kpi-channel-csat', `{"responses": [{"metric": "csat", "score": ${DEEP}}]}`, 'responses[0].score'],
        // A list of steps whose first step is a list: that step is named, as a first answer is.
        ['kpi-attribution-sankey', `{"journeys": [{"path": ${DEEP}, "conversions": 1}]}`, 'journeys[0].path[0]'],
        ['kpi-nps-gauge', `{"extra": ${DEEP}, "responses": [{"metric": "nps", "score": 10}]}`, null],
        ['kpi-attribution-sankey', `{"extra": {"a": ${DEEP}}, "journeys": [{"path": ["a"], "conversions": 1, "extra": ${DEEP}}]}`, null],
      ];
      for (const via of VIAS) {
        for (const [tag, text, field] of cases) {
          const at = `${via} ${tag} ${field}`;
          const { el, errors } = await display(tag, via, via === 'property' ? JSON.parse(text) : text);
          expectInert(el, at);
          if (field) expectError(el, errors, field, at);
          else {
            expect(el.status, at).to.equal('ready');
            expect(errors, at).to.deep.equal([]);
          }
        }
      }
      // 100 000 levels: still parsed (or refused as JSON), never a page error.
      const { el } = await display('kpi-nps-gauge', 'attribute', `{"extra": ${deep(100_000)}, "responses": []}`);
      expect(STATES).to.include(el.status);
      // A deep survey definition names its field too.
      const s = document.createElement('kpi-survey') as KpiSurvey;
      const errors = record<KpiErrorDetail>(s, 'kpi-error');
      s.setAttribute('definition', `{"id": "deep", "questions": [{"id": "q", "type": "nps", "label": ${DEEP}}]}`);
      await mount(html`${s}`);
      expect(errors.map((e) => e.detail.field)).to.deep.equal(['questions[0].label']);
    });

    it('a deep src document behaves as the same data attribute', async () => {
      const text = `{"responses": [{"metric": "nps", "score": 9}], "extra": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const el = document.createElement('kpi-nps-gauge') as unknown as Display;
      el.src = srcFor(text);
      await mount(html`${el}`);
      await until(() => el.status !== 'loading', 'loads');
      expect(el.status).to.equal('ready');
      expect(shadowText(el, '[part=score]')).to.equal('+100');
    });

    it('a survey condition on a value that cannot become text is refused, not thrown into the page', async () => {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const errors = record<KpiErrorDetail>(el, 'kpi-error');
      el.lang = 'en';
      el.definition = { id: 's', questions: [{ id: 'a', type: 'nps' }, { id: 'b', type: 'text', showIf: { question: 'a', in: [3, 'x', Object.create(null)] } }] };
      await mount(html`${el}`);
      expectInert(el, 'in');
      expect(errors.map((e) => e.detail.field)).to.deep.equal(['questions[1].showIf.in[2]']);
      expect(shadowText(el, '[role=alert]')).to.equal('This survey cannot be shown. questions[1].showIf.in[2] — must be of type string');
    });
  });

  it('input whose reading throws (a getter, a revoked Proxy) is an error state, not a page error', async () => {
    const throwing = () => ({ get responses(): never { throw new Error('getter'); } });
    const revoked = () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; };
    for (const tag of ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey'] as const) {
      for (const input of [throwing(), revoked(), { journeys: [revoked()], responses: [revoked()] }]) {
        const { el, errors } = await display(tag, 'property', input);
        expectInert(el, tag);
        expect(el.status, tag).to.equal('error');
        expect(errors, tag).to.have.length(1);
      }
    }
    for (const input of [{ get id(): never { throw new Error('getter'); } }, revoked(), { id: 's', questions: [revoked()] }]) {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const errors = record<KpiErrorDetail>(el, 'kpi-error');
      el.definition = input;
      await mount(html`${el}`);
      expectInert(el, 'survey');
      expect(root(el).querySelector('[role=alert]'), 'survey').to.not.equal(null);
      expect(errors.map((e) => e.detail.source)).to.deep.equal(['definition']);
    }
  });

  it('a target that is no number (hostile text, NaN, Infinity) is no target, never "target NaN"', async () => {
    const doc = { responses: [{ metric: 'nps', score: 9, channel: 'chat' }, { metric: 'csat', score: 5, channel: 'chat' }] };
    for (const tag of ['kpi-nps-gauge', 'kpi-channel-csat'] as const) {
      for (const target of [PAYLOADS[0]!.text, 'NaN', 'Infinity', 'abc']) {
        const { el, errors } = await display(tag, 'attribute', doc, { target, 'min-n': '1' });
        expectInert(el, `${tag} ${target}`);
        expect(el.status).to.equal('ready');
        expect(errors).to.deep.equal([]);
        expect(deepText(el), `${tag} target=${target}`).to.not.match(/NaN|Infinity|[Tt]arget/);
        expect(root(el).querySelector('[role=img]')!.getAttribute('aria-label'), `${tag} target=${target}`).to.not.match(/NaN|Infinity|target/);
      }
      const { el } = await display(tag, 'property', doc, { 'min-n': '1' });
      (el as unknown as { target: number }).target = Infinity;
      await el.updateComplete;
      expect(deepText(el), `${tag} .target = Infinity`).to.not.match(/NaN|Infinity|[Tt]arget/);
      (el as unknown as { target: number }).target = 50;
      await el.updateComplete;
      expect(deepText(el), `${tag} .target = 50`).to.match(/[Tt]arget/);
    }
  });

  it('prototypes are unchanged after every case above', () => {
    expect(prototypeSnapshot()).to.equal(prototypesBefore);
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
  });
});
